// Survey management: create, edit the draft, publish versions, close and reopen, and count answers
// per version. A draft is the survey's one unpublished survey_version row (numbered after every
// other); publishing freezes it and makes it the version the public page answers, so answers
// already given keep pointing at the version they answered (response.survey_version).
// A change made `by` someone from a page is audited in its own transaction ('survey.…').
import { parseQuestionSet, type QuestionSet } from '../../schemas/survey-questions';
import type { SurveyCreateInput, SurveyMetaInput } from '../../schemas/survey-manage';
import { auditBy, type Actor } from '../audit';
import type { Session, Store } from '../db';
import { defaultSurveyQuestions } from '../demo/catalog';
import { sql } from '../sql';

export type SurveyStatus = 'draft' | 'active' | 'closed';

/** A survey's own columns, as the public pages read them too (public-survey.ts). */
export interface SurveyFields extends Record<string, unknown> {
	id: number;
	slug: string;
	title_ar: string;
	title_en: string;
	status: SurveyStatus;
	active_version: number | null;
	embeddable: boolean;
}

export interface SurveyRow extends SurveyFields {
	created_at: Date;
	updated_at: Date;
}

export interface SurveyListRow extends SurveyRow {
	draft_version: number | null;
	answers: number;
}

export interface SurveyVersion {
	version: number;
	questions: QuestionSet;
	publishedAt: Date | null;
	publishedBy: string | null;
	answers: number;
}

export interface SurveyOverview {
	survey: SurveyRow;
	/** newest first; the draft, when there is one, is the first */
	versions: SurveyVersion[];
	/** answers of this survey with no version recorded (imported from files) */
	answersWithoutVersion: number;
}

/** Why a change was refused (the route turns it into a message in the person's language). */
export class SurveyChangeError extends Error {
	constructor(
		readonly code:
			| 'not_found'
			| 'slug_taken'
			| 'no_draft'
			| 'stale_draft'
			| 'invalid_draft'
			| 'wrong_state'
			| 'never_published'
	) {
		super(code);
		this.name = 'SurveyChangeError';
	}
}

export function listSurveys(db: Store | Session): Promise<SurveyListRow[]> {
	return db.all<SurveyListRow>(sql('survey_manage/list'));
}

export function getSurvey(db: Store | Session, id: number): Promise<SurveyRow | undefined> {
	return db.one<SurveyRow>(sql('survey_manage/get'), { id });
}

export async function surveyOverview(
	db: Store | Session,
	id: number
): Promise<SurveyOverview | undefined> {
	const survey = await getSurvey(db, id);
	if (!survey) return undefined;
	const rows = await db.all<{
		version: number;
		questions: string;
		published_at: Date | null;
		published_by_email: string | null;
	}>(sql('survey_manage/versions'), { survey_id: id });
	const counts = await db.all<{ version: number | null; answers: number }>(
		sql('survey_manage/answer_counts'),
		{ survey_id: id }
	);
	const answersOf = new Map(counts.map((c) => [c.version, c.answers]));
	return {
		survey,
		versions: rows.map((row) => ({
			version: row.version,
			questions: parseQuestionSet(row.questions),
			publishedAt: row.published_at,
			publishedBy: row.published_by_email,
			answers: answersOf.get(row.version) ?? 0
		})),
		answersWithoutVersion: answersOf.get(null) ?? 0
	};
}

export interface EditorSource {
	survey: SurveyRow;
	/** the draft's version, or the version the next save will create */
	version: number;
	isDraft: boolean;
	questions: QuestionSet;
}

/**
 * What the editor starts from: the draft, or (when there is none) a copy of the active version,
 * which becomes a new draft on the first save.
 */
export async function editorSource(
	db: Store | Session,
	id: number
): Promise<EditorSource | undefined> {
	const survey = await getSurvey(db, id);
	if (!survey) return undefined;
	const draft = await db.one<{ version: number; questions: string }>(sql('survey_manage/draft'), {
		survey_id: id
	});
	if (draft) {
		return {
			survey,
			version: draft.version,
			isDraft: true,
			questions: parseQuestionSet(draft.questions)
		};
	}
	const versions = await db.all<{ version: number; questions: string }>(
		sql('survey_manage/versions'),
		{ survey_id: id }
	);
	const base =
		versions.find((v) => v.version === survey.active_version) ??
		versions[0] ??
		({ version: 0, questions: JSON.stringify(defaultSurveyQuestions) } as const);
	return {
		survey,
		version: Math.max(0, ...versions.map((v) => v.version)) + 1,
		isDraft: false,
		questions: parseQuestionSet(base.questions)
	};
}

/** A new survey as a draft (version 1) holding the default question set. */
export async function createSurvey(
	store: Store,
	input: SurveyCreateInput,
	userId: number | null,
	by?: Actor
): Promise<number> {
	return store.transaction(async (tx) => {
		if (await tx.one(sql('survey_manage/get_by_slug'), { slug: input.slug }))
			throw new SurveyChangeError('slug_taken');
		const row = await tx.one<{ id: number }>(sql('survey_manage/insert'), {
			...input,
			created_by: userId
		});
		const questions = parseQuestionSet(defaultSurveyQuestions);
		await tx.run(sql('survey_manage/insert_draft'), {
			survey_id: row!.id,
			questions: JSON.stringify(questions)
		});
		await auditBy(tx, by, 'survey.create', String(row!.id), input);
		return row!.id;
	});
}

export async function updateSurveyMeta(
	store: Store,
	id: number,
	input: SurveyMetaInput,
	by?: Actor
): Promise<void> {
	await store.transaction(async (tx) => {
		const row = await tx.one(sql('survey_manage/update_meta'), { id, ...input });
		if (!row) throw new SurveyChangeError('not_found');
		await auditBy(tx, by, 'survey.meta', String(id), input);
	});
}

/**
 * Stores a validated question set as the draft: replaces the draft's questions, or creates the
 * draft (numbered after every version) when the survey has none. Returns the draft's version.
 * The active version is never touched.
 */
export async function saveDraft(
	store: Store,
	id: number,
	questions: QuestionSet,
	by?: Actor
): Promise<number> {
	const json = JSON.stringify(parseQuestionSet(questions));
	return store.transaction(async (tx) => {
		if (!(await getSurvey(tx, id))) throw new SurveyChangeError('not_found');
		const draft = await tx.one<{ version: number }>(sql('survey_manage/draft'), { survey_id: id });
		let version: number;
		if (draft) {
			await tx.run(sql('survey_manage/update_draft'), {
				survey_id: id,
				version: draft.version,
				questions: json
			});
			version = draft.version;
		} else {
			const row = await tx.one<{ version: number }>(sql('survey_manage/insert_draft'), {
				survey_id: id,
				questions: json
			});
			version = row!.version;
		}
		await auditBy(tx, by, 'survey.save_draft', String(id), {
			version,
			questions: questions.length
		});
		return version;
	});
}

/** Throws the draft away; only when the survey has a published version to fall back on. */
export async function discardDraft(
	store: Store,
	id: number,
	version: number,
	by?: Actor
): Promise<void> {
	await store.transaction(async (tx) => {
		const survey = await getSurvey(tx, id);
		if (!survey) throw new SurveyChangeError('not_found');
		if (survey.active_version === null) throw new SurveyChangeError('never_published');
		const draft = await tx.one<{ version: number }>(sql('survey_manage/draft'), { survey_id: id });
		if (!draft) throw new SurveyChangeError('no_draft');
		if (draft.version !== version) throw new SurveyChangeError('stale_draft');
		await tx.run(sql('survey_manage/delete_draft'), { survey_id: id, version });
		await auditBy(tx, by, 'survey.discard_draft', String(id), { version });
	});
}

/**
 * Publishes the draft `version` (the one the manager reviewed): it is frozen, becomes the active
 * version, and the survey becomes active. Older versions and their answers stay as they were.
 */
export async function publishDraft(
	store: Store,
	id: number,
	version: number,
	userId: number | null,
	by?: Actor
): Promise<void> {
	await store.transaction(async (tx) => {
		if (!(await getSurvey(tx, id))) throw new SurveyChangeError('not_found');
		const draft = await tx.one<{ version: number; questions: string }>(sql('survey_manage/draft'), {
			survey_id: id
		});
		if (!draft) throw new SurveyChangeError('no_draft');
		if (draft.version !== version) throw new SurveyChangeError('stale_draft');
		try {
			parseQuestionSet(draft.questions);
		} catch {
			throw new SurveyChangeError('invalid_draft');
		}
		await tx.run(sql('survey_manage/publish_version'), {
			survey_id: id,
			version,
			published_by: userId
		});
		await tx.run(sql('survey_manage/set_active_version'), { id, version });
		await auditBy(tx, by, 'survey.publish', String(id), { version });
	});
}

/** Closes an active survey or reopens a closed one; `from` is the state the manager saw. */
export async function changeSurveyStatus(
	store: Store,
	id: number,
	from: SurveyStatus,
	to: 'active' | 'closed',
	by?: Actor
): Promise<void> {
	const survey = await getSurvey(store, id);
	if (!survey) throw new SurveyChangeError('not_found');
	const allowed = (from === 'active' && to === 'closed') || (from === 'closed' && to === 'active');
	if (!allowed || survey.status !== from) throw new SurveyChangeError('wrong_state');
	await store.transaction(async (tx) => {
		const row = await tx.one(sql('survey_manage/set_status'), { id, from, to });
		if (!row) throw new SurveyChangeError('wrong_state');
		await auditBy(tx, by, to === 'closed' ? 'survey.close' : 'survey.reopen', String(id));
	});
}

export interface LinkPlace {
	code: string;
	name_ar: string;
	name_en: string;
}

/** Active channels and branches, for links and posters. */
export async function linkPlaces(
	db: Store | Session
): Promise<{ channels: LinkPlace[]; branches: LinkPlace[] }> {
	return {
		channels: await db.all<LinkPlace & Record<string, unknown>>(sql('survey_manage/channels')),
		branches: await db.all<LinkPlace & Record<string, unknown>>(sql('survey_manage/branches'))
	};
}
