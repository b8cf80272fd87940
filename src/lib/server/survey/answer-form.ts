// What the public survey's form actions share: reading the posted form (size-capped), the
// per-address limit, the honeypot, validation with the shared schema, and storing the answer.
// The client address is used only here, in memory, for the limit; it is never stored.
import { randomUUID } from 'node:crypto';
import { error } from '@sveltejs/kit';
import { parseBucketPolicy, TokenBuckets } from '../../domain/token-bucket';
import type { Language, Preferences } from '../../i18n/preferences';
import type { SurveyErrorCode } from '../../i18n/survey-messages';
import {
	answerQuestions,
	formValues,
	parseAnswers,
	type FormValues
} from '../../schemas/survey-answers';
import type { LinkField, SurveyFormModel } from '../../components/survey/types';
import type { Store } from '../db';
import {
	answeredVersion,
	schemaFor,
	type LinkOptions,
	type OpenSurvey,
	type SurveyVersion
} from './public-survey';
import type { Device } from './devices';
import { allowDeviceAnswer } from './devices';
import { responseIdOf, submitAnswer } from './submissions';

/**
 * Largest form body read, in bytes. A 1,000-character Arabic comment takes about 6 KB once
 * URL-encoded, so a form with several long text answers still fits.
 */
export const MAX_FORM_BYTES = 64 * 1024;

/** Reads a posted form of at most `limit` bytes; null when it is larger. */
export async function readForm(
	request: Request,
	limit = MAX_FORM_BYTES
): Promise<FormValues | null> {
	const declared = Number(request.headers.get('content-length'));
	if (declared > limit) return null;
	if (!request.body) return {};
	const chunks: Uint8Array[] = [];
	let size = 0;
	const reader = request.body.getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) {
			await reader.cancel();
			return null;
		}
		chunks.push(value);
	}
	const bytes = Buffer.concat(chunks);
	const type = request.headers.get('content-type') ?? '';
	if (type.startsWith('multipart/form-data')) {
		const form = await new Response(bytes, { headers: { 'content-type': type } }).formData();
		return formValues(form.entries());
	}
	return urlEncodedForm(bytes);
}

/** The values of a URL-encoded form body (as readForm reads every body that is not multipart). */
export function urlEncodedForm(bytes: Buffer): FormValues {
	return formValues(new URLSearchParams(bytes.toString('utf8')));
}

let buckets: TokenBuckets | null | undefined;

/**
 * Whether an address may send another answer now: TAHSEEN_SURVEY_RATE_LIMIT, "BURST/PERMINUTE"
 * (default 20/10: twenty at once, then ten a minute), or 0 for no limit.
 */
export function allowSubmission(address: string, now = Date.now()): boolean {
	if (buckets === undefined) {
		const policy = parseBucketPolicy(process.env.TAHSEEN_SURVEY_RATE_LIMIT || '20/10');
		buckets = policy ? new TokenBuckets(policy) : null;
	}
	return buckets ? buckets.take(address, now) : true;
}

export type Received =
	| { kind: 'stored'; lang: Language }
	| {
			kind: 'refused';
			status: 400 | 413 | 429;
			version: SurveyVersion;
			values: FormValues;
			errors: Partial<Record<string, SurveyErrorCode>>;
	  }
	| { kind: 'token_used' };

type Open = Extract<OpenSurvey, { state: 'open' }>;

/** Who sent an answer: the address (for the limit only) and the page's preferences. */
type Sender = { getClientAddress: () => string; locals: Pick<App.Locals, 'prefs'> };

/** A kiosk or field phone: its answers take its channel, branch and name, and its own limit. */
export type DeviceLink = Pick<Device, 'id' | 'kind' | 'name' | 'channel' | 'branch'>;

/**
 * What an answer is linked by: the channel and branch lists, a one-time link's token hash, or the
 * device it was given on (devices.ts).
 */
export type AnswerLink = { options: LinkOptions } | { tokenHash: string } | { device: DeviceLink };

/** Whether an answer may be taken now: a device's own limit, else the sending address's. */
function allowedNow(link: AnswerLink, from: Sender): boolean {
	return 'device' in link
		? allowDeviceAnswer(link.device.id)
		: allowSubmission(from.getClientAddress());
}

/** Where an answer was given: a device's channel, branch, collection and name, or the form's. */
function placeOf(link: AnswerLink, sent: { channel: string | null; branch: string | null }) {
	if ('device' in link) {
		const { kind, name, channel, branch } = link.device;
		return { channel, branch, collection: kind, device: name };
	}
	return 'options' in link
		? { channel: sent.channel, branch: sent.branch }
		: { channel: null, branch: null };
}

/**
 * Handles one posted answer. `link`: the channel and branch lists when the form may carry them,
 * or the one-time link's token hash (the answer then takes its interaction's channel and branch).
 */
export async function receiveAnswer(
	event: { request: Request; getClientAddress: () => string; locals: App.Locals },
	store: Store,
	opened: Open,
	link: AnswerLink
): Promise<Received> {
	return receiveForm(await readForm(event.request), event, store, opened, link);
}

/**
 * Handles one posted answer already read (`values`, or null when the body was over the cap):
 * the size cap, the per-address limit, the honeypot, the shared schema, the group commit.
 * With `onlyStore` (the answer route, answer-route.ts) an answer that would not be stored is
 * left alone instead, `{ kind: 'not_stored' }`, with nothing counted against the address: the
 * form action then receives it as if it came first.
 */
export function receiveForm(
	values: FormValues | null,
	from: Sender,
	store: Store,
	opened: Open,
	link: AnswerLink
): Promise<Received>;
export function receiveForm(
	values: FormValues | null,
	from: Sender,
	store: Store,
	opened: Open,
	link: AnswerLink,
	options: { onlyStore: true }
): Promise<Extract<Received, { kind: 'stored' }> | { kind: 'not_stored' }>;
export async function receiveForm(
	values: FormValues | null,
	from: Sender,
	store: Store,
	opened: Open,
	link: AnswerLink,
	{ onlyStore = false } = {}
): Promise<Received | { kind: 'not_stored' }> {
	const pageLang = from.locals.prefs.lang;
	if (!values) {
		if (onlyStore) return { kind: 'not_stored' };
		return {
			kind: 'refused',
			status: 413,
			version: opened.version,
			values: {},
			errors: { form: 'too_large' }
		};
	}
	const version = await answeredVersion(store, opened, values.v);
	// a filled honeypot is a robot: it is thanked (within the limit) and nothing is stored
	const trap = values.website;
	const robot = trap !== undefined && (Array.isArray(trap) || trap.trim() !== '');
	const options = 'options' in link ? link.options : null;
	// a one-time link's answer takes the channel and branch of its interaction, a device's its own:
	// any sent are ignored
	const sent = options ? values : { ...values, channel: '', branch: '' };
	const parsed = robot
		? undefined
		: parseAnswers(schemaFor(store, opened.survey.id, version, options), sent);
	if (onlyStore && parsed && !parsed.success) return { kind: 'not_stored' };
	// (an address over its limit takes nothing from it: left alone, the form action refuses it)
	if (!allowedNow(link, from)) {
		if (onlyStore) return { kind: 'not_stored' };
		return { kind: 'refused', status: 429, version, values, errors: { form: 'rate_limited' } };
	}
	if (!parsed) return { kind: 'stored', lang: pageLang };
	if (!parsed.success) {
		return { kind: 'refused', status: 400, version, values, errors: parsed.errors };
	}
	const lang = parsed.data.lang ?? pageLang;
	const outcome = await submitAnswer(store, {
		responseId: responseIdOf(parsed.data.sid),
		surveyId: opened.survey.id,
		surveyVersion: version.version,
		submittedAt: new Date(),
		lang,
		...placeOf(link, parsed.data),
		answers: parsed.data.answers,
		...('tokenHash' in link ? { tokenHash: link.tokenHash } : {})
	});
	if (outcome === 'token_used') return onlyStore ? { kind: 'not_stored' } : { kind: 'token_used' };
	return { kind: 'stored', lang };
}

/** Where a stored answer goes: the thank-you page, in the language the person answered in. */
export function thanksPath(slug: string, lang: Language, prefs: Preferences, url: URL): string {
	const path = `/s/${encodeURIComponent(slug)}/thanks`;
	return url.searchParams.has('lang') || lang !== prefs.lang ? `${path}?lang=${lang}` : path;
}

function linkField(
	choices: LinkOptions['channels'],
	fromLink: string | null,
	lang: Language
): LinkField {
	if (choices.length === 0) return { kind: 'none' };
	if (fromLink && choices.some((c) => c.code === fromLink))
		return { kind: 'fixed', code: fromLink };
	return {
		kind: 'ask',
		options: choices.map((c) => ({ code: c.code, name: lang === 'ar' ? c.nameAr : c.nameEn }))
	};
}

/** The form's model: a fresh submission id, or what was sent when it comes back with errors. */
export function surveyFormModel(args: {
	prefs: Preferences;
	version: SurveyVersion;
	/** Channel and branch lists (the survey link); null when they come from a one-time link. */
	options: LinkOptions | null;
	url: URL;
	values?: FormValues;
	errors?: Partial<Record<string, SurveyErrorCode>>;
}): SurveyFormModel {
	const { prefs, version, options, url } = args;
	const none: LinkField = { kind: 'none' };
	const channel = options
		? linkField(options.channels, url.searchParams.get('c'), prefs.lang)
		: none;
	const branch = options
		? linkField(options.branches, url.searchParams.get('b'), prefs.lang)
		: none;
	return {
		lang: prefs.lang,
		digits: prefs.digits,
		questions: version.questions,
		version: version.version,
		sid: randomUUID(),
		channel,
		branch,
		values: args.values ?? {},
		errors: args.errors ?? {},
		validation: {
			questions: answerQuestions(version.questions),
			channels: channel.kind === 'none' ? [] : (options?.channels.map((c) => c.code) ?? []),
			branches: branch.kind === 'none' ? [] : (options?.branches.map((b) => b.code) ?? [])
		}
	};
}

/** Why a public survey page cannot be shown (the polite error page reads it). */
export type SurveyRefusal = 'survey_not_found' | 'survey_closed' | 'token_unknown' | 'token_used';

/**
 * The open survey behind a public link, or the polite error: 404 for an unknown or unpublished
 * survey (a draft is not revealed), 410 for a closed one.
 */
export function requireOpen(opened: OpenSurvey, locals: App.Locals): Open {
	if (opened.state === 'open') {
		if (opened.survey.embeddable) locals.frameable = true;
		return opened;
	}
	if (opened.state === 'closed') {
		if (opened.survey.embeddable) locals.frameable = true;
		error(410, { message: 'survey_closed' satisfies SurveyRefusal, lang: locals.prefs.lang });
	}
	error(404, { message: 'survey_not_found' satisfies SurveyRefusal, lang: locals.prefs.lang });
}
