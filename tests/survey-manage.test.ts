// Survey management on a real (in-memory) store: versions and the answers that point at them,
// drafts that leave the active version alone, closing and reopening, and one-time links.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseQuestionSet, type QuestionSet } from '../src/lib/schemas/survey-questions';
import { Store } from '../src/lib/server/db';
import { migrate } from '../src/lib/server/migrate';
import { createOrganisation } from '../src/lib/server/organisation';
import {
	changeSurveyStatus,
	createSurvey,
	discardDraft,
	editorSource,
	getSurvey,
	publishDraft,
	saveDraft,
	surveyOverview,
	SurveyChangeError
} from '../src/lib/server/survey/manage';
import {
	issueSurveyTokens,
	tokenSummary,
	TokenIssueError,
	type TokenIssueRequest
} from '../src/lib/server/survey/issue-tokens';
import { hashSurveyToken } from '../src/lib/server/survey/token';
import { tokenLinksCsv } from '../src/lib/domain/survey-links';

let store: Store;
beforeEach(async () => {
	store = await Store.open(':memory:');
	await migrate(store);
	await createOrganisation(store, { nameAr: 'جمعية', nameEn: 'Association' });
});
afterEach(() => store.close());

const v2Questions: QuestionSet = [
	{ key: 'csat', type: 'csat', required: true, text_ar: 'رضاك؟', text_en: 'Satisfied?' },
	{
		key: 'visit',
		type: 'single',
		required: false,
		text_ar: 'كيف وصلت إلينا؟',
		text_en: 'How did you reach us?',
		options: [
			{ value: 'branch', text_ar: 'الفرع', text_en: 'Branch' },
			{ value: 'phone', text_ar: 'الهاتف', text_en: 'Phone' }
		]
	}
];

async function answer(id: string, surveyId: number, version: number | null, csat: number) {
	await store.run(
		`insert into response (id, survey_id, survey_version, submitted_at, csat, source)
		 values ($id, $survey_id, $version, current_timestamp, $csat, 'web')`,
		{ id, survey_id: surveyId, version, csat }
	);
}

async function storedQuestions(surveyId: number, version: number) {
	const row = await store.one<{ q: string }>(
		'select questions::varchar as q from survey_version where survey_id = $s and version = $v',
		{ s: surveyId, v: version }
	);
	return parseQuestionSet(row!.q);
}

async function refusal(work: Promise<unknown>): Promise<string> {
	const error = await work.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(SurveyChangeError);
	return (error as SurveyChangeError).code;
}

describe('survey versions', () => {
	it('keeps answers with the version they answered through edits and publications', async () => {
		const id = await createSurvey(
			store,
			{ slug: 'visit', title_ar: 'زيارة', title_en: 'Visit' },
			null
		);
		expect(await getSurvey(store, id)).toMatchObject({ status: 'draft', active_version: null });
		const v1 = (await editorSource(store, id))!;
		expect(v1).toMatchObject({ version: 1, isDraft: true });
		expect(v1.questions.map((q) => q.key)).toEqual(['csat', 'nps', 'ces', 'comment']);

		await publishDraft(store, id, 1, null);
		expect(await getSurvey(store, id)).toMatchObject({ status: 'active', active_version: 1 });
		await answer('a1', id, 1, 5);
		await answer('a2', id, 1, 2);
		await answer('a3', id, 1, 4);

		// editing after publishing starts a draft from the active version; the active one is untouched
		const next = (await editorSource(store, id))!;
		expect(next).toMatchObject({ version: 2, isDraft: false });
		expect(next.questions).toEqual(v1.questions);
		expect(await saveDraft(store, id, v2Questions)).toBe(2);
		expect(await getSurvey(store, id)).toMatchObject({ status: 'active', active_version: 1 });
		expect(await storedQuestions(id, 1)).toEqual(v1.questions);
		// a second save changes the same draft
		expect(await saveDraft(store, id, v2Questions.slice(0, 1))).toBe(2);
		expect(await saveDraft(store, id, v2Questions)).toBe(2);

		await publishDraft(store, id, 2, null);
		expect(await getSurvey(store, id)).toMatchObject({ status: 'active', active_version: 2 });
		await answer('b1', id, 2, 3);

		const answers = await store.all<{ id: string; survey_version: number }>(
			'select id, survey_version from response where survey_id = $s order by id',
			{ s: id }
		);
		expect(answers).toEqual([
			{ id: 'a1', survey_version: 1 },
			{ id: 'a2', survey_version: 1 },
			{ id: 'a3', survey_version: 1 },
			{ id: 'b1', survey_version: 2 }
		]);
		// version 1 still asks what its answers answered
		expect(await storedQuestions(id, 1)).toEqual(v1.questions);
		expect(await storedQuestions(id, 2)).toEqual(v2Questions);

		await answer('c1', id, null, 4);
		const overview = (await surveyOverview(store, id))!;
		expect(overview.versions.map((v) => [v.version, v.answers, v.publishedAt !== null])).toEqual([
			[2, 1, true],
			[1, 3, true]
		]);
		expect(overview.answersWithoutVersion).toBe(1);
	});

	it('refuses to publish a draft other than the one reviewed, or none', async () => {
		const id = await createSurvey(store, { slug: 's', title_ar: 'س', title_en: 'S' }, null);
		expect(await refusal(publishDraft(store, id, 2, null))).toBe('stale_draft');
		await publishDraft(store, id, 1, null);
		expect(await refusal(publishDraft(store, id, 1, null))).toBe('no_draft');
		expect(await refusal(publishDraft(store, 999, 1, null))).toBe('not_found');
		await saveDraft(store, id, v2Questions);
		expect(await refusal(publishDraft(store, id, 1, null))).toBe('stale_draft');
		expect(await getSurvey(store, id)).toMatchObject({ active_version: 1 });
	});

	it('refuses to publish a stored draft that is not a valid question set', async () => {
		const id = await createSurvey(store, { slug: 's', title_ar: 'س', title_en: 'S' }, null);
		await store.run(
			`update survey_version set questions = '[]'::json where survey_id = $s and version = 1`,
			{ s: id }
		);
		expect(await refusal(publishDraft(store, id, 1, null))).toBe('invalid_draft');
		expect(await getSurvey(store, id)).toMatchObject({ status: 'draft', active_version: null });
	});

	it('validates before saving a draft', async () => {
		const id = await createSurvey(store, { slug: 's', title_ar: 'س', title_en: 'S' }, null);
		await expect(saveDraft(store, id, [] as unknown as QuestionSet)).rejects.toThrow();
		expect(await storedQuestions(id, 1)).toHaveLength(4);
	});

	it('keeps slugs unique', async () => {
		await createSurvey(store, { slug: 'same', title_ar: 'أ', title_en: 'A' }, null);
		expect(
			await refusal(createSurvey(store, { slug: 'same', title_ar: 'ب', title_en: 'B' }, null))
		).toBe('slug_taken');
		expect((await store.one<{ n: number }>('select count(*) as n from survey'))!.n).toBe(1);
	});

	it('discards a draft only when a published version remains', async () => {
		const id = await createSurvey(store, { slug: 's', title_ar: 'س', title_en: 'S' }, null);
		expect(await refusal(discardDraft(store, id, 1))).toBe('never_published');
		await publishDraft(store, id, 1, null);
		await saveDraft(store, id, v2Questions);
		expect(await refusal(discardDraft(store, id, 3))).toBe('stale_draft');
		await discardDraft(store, id, 2);
		const source = (await editorSource(store, id))!;
		expect(source).toMatchObject({ version: 2, isDraft: false });
		expect(source.questions.map((q) => q.key)).toEqual(['csat', 'nps', 'ces', 'comment']);
	});
});

describe('closing and reopening', () => {
	it('closes an active survey and reopens it on the same version', async () => {
		const id = await createSurvey(store, { slug: 's', title_ar: 'س', title_en: 'S' }, null);
		expect(await refusal(changeSurveyStatus(store, id, 'draft', 'closed'))).toBe('wrong_state');
		expect(await refusal(changeSurveyStatus(store, id, 'draft', 'active'))).toBe('wrong_state');
		await publishDraft(store, id, 1, null);
		// the state the manager saw must be the current one
		expect(await refusal(changeSurveyStatus(store, id, 'closed', 'active'))).toBe('wrong_state');
		await changeSurveyStatus(store, id, 'active', 'closed');
		expect(await getSurvey(store, id)).toMatchObject({ status: 'closed', active_version: 1 });
		expect(await refusal(changeSurveyStatus(store, id, 'active', 'closed'))).toBe('wrong_state');
		await changeSurveyStatus(store, id, 'closed', 'active');
		expect(await getSurvey(store, id)).toMatchObject({ status: 'active', active_version: 1 });
	});

	it('publishing a new version of a closed survey opens it again', async () => {
		const id = await createSurvey(store, { slug: 's', title_ar: 'س', title_en: 'S' }, null);
		await publishDraft(store, id, 1, null);
		await changeSurveyStatus(store, id, 'active', 'closed');
		await saveDraft(store, id, v2Questions);
		expect(await getSurvey(store, id)).toMatchObject({ status: 'closed', active_version: 1 });
		await publishDraft(store, id, 2, null);
		expect(await getSurvey(store, id)).toMatchObject({ status: 'active', active_version: 2 });
	});
});

describe('one-time links', () => {
	let surveyId: number;
	// Riyadh is UTC+3: 2026-03-01 00:30 local is 2026-02-28 21:30 UTC
	const interactions: [string, string, string, string | null][] = [
		['before', 'phone', '2026-02-28T20:59:00Z', 'ref-0'],
		['first', 'phone', '2026-02-28T21:30:00Z', 'ref-1'],
		['second', 'letter', '2026-03-10T08:00:00Z', 'ref-2'],
		['third', 'phone', '2026-03-31T20:00:00Z', null],
		['after', 'phone', '2026-03-31T21:00:00Z', 'ref-4']
	];
	const request = (extra: Partial<TokenIssueRequest> = {}): TokenIssueRequest => ({
		surveyId,
		from: '2026-03-01',
		to: '2026-03-31',
		origin: 'https://survey.example.sa',
		actor: { userId: null, name: 'test' },
		...extra
	});

	beforeEach(async () => {
		surveyId = await createSurvey(store, { slug: 'visit', title_ar: 'ز', title_en: 'V' }, null);
		await publishDraft(store, surveyId, 1, null);
		for (const [id, channel, at, ref] of interactions) {
			await store.run(
				`insert into interaction (id, channel, type, received_at, beneficiary_ref)
				 values ($id, $channel, 'inquiry', $at::timestamptz, $ref)`,
				{ id, channel, at, ref }
			);
		}
	});

	const tokens = () =>
		store.all<{ token_hash: string; interaction_id: string; used_at: Date | null }>(
			'select token_hash, interaction_id, used_at from survey_token order by interaction_id'
		);

	it('makes one link per interaction of the local days, storing only hashes', async () => {
		const result = await issueSurveyTokens(store, request());
		expect(result.matched).toBe(3);
		expect(result.links.map((l) => l.interactionId)).toEqual(['first', 'second', 'third']);
		const stored = await tokens();
		expect(stored.map((t) => t.interaction_id)).toEqual(['first', 'second', 'third']);
		for (const link of result.links) {
			const match = /^https:\/\/survey\.example\.sa\/s\/visit\/t\/([a-z2-7]{32})$/.exec(link.link);
			expect(match, link.link).not.toBeNull();
			const token = match![1]!;
			const row = stored.find((t) => t.interaction_id === link.interactionId)!;
			expect(row.token_hash).toBe(hashSurveyToken(token));
			expect(row.token_hash).not.toContain(token);
			expect(row.used_at).toBeNull();
		}
		// nothing in the store holds a token itself
		const everything = JSON.stringify(await store.all('select * from survey_token'));
		for (const link of result.links) expect(everything).not.toContain(link.link.slice(-32));

		const csv = tokenLinksCsv(result.links);
		const lines = csv
			.replace(/^\uFEFF/, '')
			.trimEnd()
			.split('\r\n');
		expect(lines[0]).toBe('interaction_id,link');
		expect(lines.slice(1)).toEqual(result.links.map((l) => `${l.interactionId},${l.link}`));
		expect(csv).not.toMatch(/ref-\d/);

		const logged = await store.all<{ action: string; detail: string }>(
			`select action, detail::varchar as detail from audit_log where action = 'survey.tokens'`
		);
		expect(logged).toHaveLength(1);
		expect(JSON.parse(logged[0]!.detail)).toMatchObject({ created: 3, from: '2026-03-01' });
		expect(await tokenSummary(store, surveyId)).toMatchObject({ total: 3, used: 0, unused: 3 });
	});

	it('never gives a second link to an interaction that has one, used or not', async () => {
		await issueSurveyTokens(store, request());
		const again = await issueSurveyTokens(store, request());
		expect(again).toMatchObject({ matched: 3, links: [], skippedUnused: 3, skippedUsed: 0 });
		expect(await tokens()).toHaveLength(3);

		// one is answered; a new interaction arrives in the period
		await store.run(
			`update survey_token set used_at = current_timestamp, response_id = 'r1' where interaction_id = 'second'`
		);
		await store.run(
			`insert into interaction (id, channel, type, received_at) values ('late', 'phone', 'inquiry', '2026-03-20T10:00:00Z')`
		);
		const third = await issueSurveyTokens(store, request());
		expect(third.links.map((l) => l.interactionId)).toEqual(['late']);
		expect(third).toMatchObject({ matched: 4, skippedUnused: 2, skippedUsed: 1 });
		expect(await tokenSummary(store, surveyId)).toMatchObject({ total: 4, used: 1, unused: 3 });
		// audited only when links were made
		const logged = await store.one<{ n: number }>(
			`select count(*) as n from audit_log where action = 'survey.tokens'`
		);
		expect(logged!.n).toBe(2);
	});

	it('gives each survey its own links and filters by channel', async () => {
		const phone = await issueSurveyTokens(store, request({ channel: 'phone' }));
		expect(phone.links.map((l) => l.interactionId)).toEqual(['first', 'third']);
		const other = await createSurvey(store, { slug: 'other', title_ar: 'أ', title_en: 'O' }, null);
		await publishDraft(store, other, 1, null);
		const forOther = await issueSurveyTokens(store, request({ surveyId: other }));
		expect(forOther.links).toHaveLength(3);
		expect(forOther.links[0]!.link).toContain('/s/other/t/');
	});

	it('does not issue twice when two generations run at once', async () => {
		const [a, b] = await Promise.all([
			issueSurveyTokens(store, request()),
			issueSurveyTokens(store, request())
		]);
		expect(a.links.length + b.links.length).toBe(3);
		expect(await tokens()).toHaveLength(3);
	});

	it('refuses closed or draft surveys and unknown channels', async () => {
		const code = async (work: Promise<unknown>) => {
			const error = await work.then(
				() => undefined,
				(e: unknown) => e
			);
			expect(error).toBeInstanceOf(TokenIssueError);
			return (error as TokenIssueError).code;
		};
		expect(await code(issueSurveyTokens(store, request({ channel: 'pigeon' })))).toBe(
			'unknown_channel'
		);
		await changeSurveyStatus(store, surveyId, 'active', 'closed');
		expect(await code(issueSurveyTokens(store, request()))).toBe('not_active');
		const draft = await createSurvey(store, { slug: 'draft', title_ar: 'م', title_en: 'D' }, null);
		expect(await code(issueSurveyTokens(store, request({ surveyId: draft })))).toBe('not_active');
		expect(await code(issueSurveyTokens(store, request({ surveyId: 999 })))).toBe('not_found');
		expect(await tokens()).toHaveLength(0);
	});
});
