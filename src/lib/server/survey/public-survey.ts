// The public survey's look-ups: a survey by slug, its question-set versions, the channels and
// branches a link may name, and the answer schema of a version. Every submission needs them, so
// they come from small caches: published versions never change (kept), a survey's status for a
// second, the channel and branch lists for five seconds.
import { answerQuestions, answerSchema, type AnswerSchema } from '../../schemas/survey-answers';
import { parseQuestionSet, type QuestionSet } from '../../schemas/survey-questions';
import type { Session, Store } from '../db';
import { sql } from '../sql';
import type { SurveyFields, SurveyStatus } from './manage';

export interface SurveyRecord {
	id: number;
	slug: string;
	titleAr: string;
	titleEn: string;
	status: SurveyStatus;
	activeVersion: number | null;
	embeddable: boolean;
}

export interface SurveyVersion {
	version: number;
	questions: QuestionSet;
	published: boolean;
}

export interface LinkOption {
	code: string;
	nameAr: string;
	nameEn: string;
}

export interface LinkOptions {
	channels: LinkOption[];
	branches: LinkOption[];
}

/** The survey a public link opens, or why it cannot be answered. */
export type OpenSurvey =
	| { state: 'open'; survey: SurveyRecord; version: SurveyVersion }
	| { state: 'not_found' }
	| { state: 'closed'; survey: SurveyRecord };

const SURVEY_TTL_MS = 1_000;
const OPTIONS_TTL_MS = 5_000;

interface Timed<T> {
	at: number;
	value: Promise<T>;
}

interface Caches {
	surveys: Map<string, Timed<SurveyRecord | undefined>>;
	versions: Map<string, Promise<SurveyVersion | undefined>>;
	options?: Timed<LinkOptions>;
	schemas: WeakMap<LinkOptions, Map<string, AnswerSchema>>;
}

const cachesOf = new WeakMap<Store, Caches>();

function caches(store: Store): Caches {
	let found = cachesOf.get(store);
	if (!found) {
		found = { surveys: new Map(), versions: new Map(), schemas: new WeakMap() };
		cachesOf.set(store, found);
	}
	return found;
}

/** Forgets cached surveys and lists (after a change made in this process, and in tests). */
export function forgetSurveyCaches(store: Store): void {
	cachesOf.delete(store);
}

function fresh<T>(entry: Timed<T> | undefined, ttl: number, now: number): entry is Timed<T> {
	return entry !== undefined && now - entry.at < ttl;
}

function surveyOf(row: SurveyFields | undefined): SurveyRecord | undefined {
	return row
		? {
				id: row.id,
				slug: row.slug,
				titleAr: row.title_ar,
				titleEn: row.title_en,
				status: row.status,
				activeVersion: row.active_version,
				embeddable: row.embeddable
			}
		: undefined;
}

export async function surveyBySlug(store: Store, slug: string): Promise<SurveyRecord | undefined> {
	const cache = caches(store).surveys;
	const now = Date.now();
	const entry = cache.get(slug);
	if (fresh(entry, SURVEY_TTL_MS, now)) return entry.value;
	if (cache.size > 1000) cache.clear();
	const value = store.one<SurveyFields>(sql('survey/by_slug'), { slug }).then(surveyOf);
	cache.set(slug, { at: now, value });
	value.catch(() => cache.delete(slug));
	return value;
}

export async function surveyById(db: Store | Session, id: number) {
	return surveyOf(await db.one<SurveyFields>(sql('survey/by_id'), { id }));
}

interface VersionRow extends Record<string, unknown> {
	version: number;
	questions: string;
	published: boolean;
}

function versionOf(row: VersionRow | undefined): SurveyVersion | undefined {
	return row
		? { version: row.version, questions: parseQuestionSet(row.questions), published: row.published }
		: undefined;
}

/** A published version (cached for good: published question sets never change). */
export async function publishedVersion(
	store: Store,
	surveyId: number,
	version: number
): Promise<SurveyVersion | undefined> {
	const cache = caches(store).versions;
	const key = `${surveyId}:${version}`;
	const cached = cache.get(key);
	if (cached) return cached;
	const value = store
		.one<VersionRow>(sql('survey/version_get'), { survey_id: surveyId, version })
		.then(versionOf)
		.then((found) => (found?.published ? found : undefined));
	cache.set(key, value);
	// a draft may be published later, and a failure should not stick
	value.then(
		(found) => (found ? undefined : cache.delete(key)),
		() => cache.delete(key)
	);
	return value;
}

/** The version the staff preview shows: the draft if there is one, else the active one. */
export async function latestVersion(
	db: Store | Session,
	surveyId: number
): Promise<SurveyVersion | undefined> {
	return versionOf(await db.one<VersionRow>(sql('survey/version_latest'), { survey_id: surveyId }));
}

/** The survey behind a public link, and the version its form shows (the active one). */
export async function openSurvey(store: Store, slug: string): Promise<OpenSurvey> {
	const survey = await surveyBySlug(store, slug);
	if (!survey || survey.status === 'draft' || survey.activeVersion === null) {
		return { state: 'not_found' };
	}
	if (survey.status === 'closed') return { state: 'closed', survey };
	const version = await publishedVersion(store, survey.id, survey.activeVersion);
	return version ? { state: 'open', survey, version } : { state: 'not_found' };
}

/**
 * The version an answer is recorded against: the one the form was shown with (`v`), when it is a
 * published version of this survey (someone who opened the form before a new version was
 * published keeps the questions they saw), else the active one.
 */
export async function answeredVersion(
	store: Store,
	opened: Extract<OpenSurvey, { state: 'open' }>,
	shown: string | string[] | undefined
): Promise<SurveyVersion> {
	const wanted = typeof shown === 'string' && /^[1-9]\d{0,5}$/.test(shown) ? Number(shown) : null;
	if (wanted === null || wanted === opened.version.version) return opened.version;
	return (await publishedVersion(store, opened.survey.id, wanted)) ?? opened.version;
}

export async function linkOptions(store: Store): Promise<LinkOptions> {
	const cache = caches(store);
	const now = Date.now();
	if (fresh(cache.options, OPTIONS_TTL_MS, now)) return cache.options.value;
	const value = store
		.all<{ kind: string; code: string; name_ar: string; name_en: string }>(
			sql('survey/link_options')
		)
		.then((rows) => {
			const of = (kind: string) =>
				rows
					.filter((row) => row.kind === kind)
					.map((row) => ({ code: row.code, nameAr: row.name_ar, nameEn: row.name_en }));
			return { channels: of('channel'), branches: of('branch') };
		});
	cache.options = { at: now, value };
	value.catch(() => (cache.options = undefined));
	return value;
}

/**
 * The answer schema of a version: with the channel and branch codes when the form may carry them
 * (the survey link), without when they come from the interaction (a one-time link).
 */
export function schemaFor(
	store: Store,
	surveyId: number,
	version: SurveyVersion,
	options: LinkOptions | null
): AnswerSchema {
	const cache = caches(store).schemas;
	const key = options ?? NO_OPTIONS;
	let byVersion = cache.get(key);
	if (!byVersion) cache.set(key, (byVersion = new Map()));
	const id = `${surveyId}:${version.version}`;
	let built = byVersion.get(id);
	if (!built) {
		built = answerSchema(answerQuestions(version.questions), {
			channels: key.channels.map((c) => c.code),
			branches: key.branches.map((b) => b.code)
		});
		byVersion.set(id, built);
	}
	return built;
}

const NO_OPTIONS: LinkOptions = { channels: [], branches: [] };
