// A representative's field phone (/f/<token>): the device's survey, and the answers it queued
// while offline, received in one request. Each answer goes through what any answer goes through
// (its version's answer schema, masking and the group commit), with the device's channel and
// branch, `collection: 'field'`, the device's name, the time it was given on the phone (within
// field-time.ts's window) and the device's rate limit instead of the per-address one.
import type { Language } from '../../i18n/preferences';
import { fieldMessages, type FieldRefusal } from '../../i18n/field-messages';
import { answeredAtProblem } from '../../domain/field-time';
import { parseAnswers, type AnswerErrorCode, type FormValues } from '../../schemas/survey-answers';
import { fieldAnswer } from '../../schemas/field-answers';
import type { Store } from '../db';
import { allowDeviceAnswer, deviceByToken, type Device } from './devices';
import { publishedVersion, schemaFor, surveyById, type OpenSurvey } from './public-survey';
import { responseIdOf, submitAnswer } from './submissions';

/** The field device behind a link's token, or null (unknown, revoked, or a kiosk's). */
export async function fieldDevice(store: Store, token: string): Promise<Device | null> {
	const device = await deviceByToken(store, token);
	return device?.kind === 'field' ? device : null;
}

/** The device's survey and the version its form shows (the active published one). */
export async function openDeviceSurvey(store: Store, device: Device): Promise<OpenSurvey> {
	const survey = await surveyById(store, device.surveyId);
	if (!survey || survey.status === 'draft' || survey.activeVersion === null) {
		return { state: 'not_found' };
	}
	if (survey.status === 'closed') return { state: 'closed', survey };
	const version = await publishedVersion(store, survey.id, survey.activeVersion);
	return version ? { state: 'open', survey, version } : { state: 'not_found' };
}

export type FieldResult =
	| { sid: string | null; status: 'stored' }
	| {
			sid: string | null;
			status: 'refused';
			code: FieldRefusal;
			message: string;
			/** which answers were wrong, for `invalid` */
			fields?: Record<string, AnswerErrorCode>;
	  };

/** Only the questions' fields are taken from the phone (`q_<key>`); the device gives the rest. */
const QUESTION_FIELD = /^q_[a-z0-9_]{1,60}$/;

/**
 * Receives a phone's queued answers (`raw`: the request's `answers`, each checked here) for the
 * device's survey; one result per answer, in order. `lang`: the language of the messages.
 */
export async function receiveFieldAnswers(
	store: Store,
	device: Device,
	opened: OpenSurvey,
	raw: unknown[],
	lang: Language,
	now = new Date()
): Promise<FieldResult[]> {
	const m = fieldMessages(lang);
	const refuse = (
		sid: string | null,
		code: FieldRefusal,
		fields?: Record<string, AnswerErrorCode>
	): FieldResult => ({
		sid,
		status: 'refused',
		code,
		message: m.refusals[code],
		...(fields ? { fields } : {})
	});
	const results: (FieldResult | Promise<FieldResult>)[] = [];
	for (const item of raw) {
		const shape = fieldAnswer.safeParse(item);
		const sid =
			typeof (item as { sid?: unknown } | null)?.sid === 'string'
				? (item as { sid: string }).sid.slice(0, 64)
				: null;
		if (!shape.success) {
			results.push(refuse(sid, 'invalid'));
			continue;
		}
		const answer = shape.data;
		if (opened.state !== 'open') {
			results.push(refuse(answer.sid, 'survey_closed'));
			continue;
		}
		const answeredAt = new Date(answer.answeredAt);
		const late = answeredAtProblem(answeredAt, now);
		if (late) {
			results.push(refuse(answer.sid, late));
			continue;
		}
		// an answer given with an older published version keeps it
		const version =
			answer.version === opened.version.version
				? opened.version
				: await publishedVersion(store, opened.survey.id, answer.version);
		if (!version) {
			results.push(refuse(answer.sid, 'version_unknown'));
			continue;
		}
		const sent: FormValues = { sid: answer.sid, lang: answer.lang };
		for (const [name, value] of Object.entries(answer.values)) {
			if (QUESTION_FIELD.test(name)) sent[name] = value;
		}
		const parsed = parseAnswers(schemaFor(store, opened.survey.id, version, null), sent);
		if (!parsed.success) {
			results.push(refuse(answer.sid, 'invalid', parsed.errors as Record<string, AnswerErrorCode>));
			continue;
		}
		if (!allowDeviceAnswer(device.id, now.getTime())) {
			results.push(refuse(answer.sid, 'rate_limited'));
			continue;
		}
		results.push(
			submitAnswer(store, {
				responseId: responseIdOf(parsed.data.sid),
				surveyId: opened.survey.id,
				surveyVersion: version.version,
				submittedAt: answeredAt,
				lang: parsed.data.lang ?? answer.lang,
				channel: device.channel,
				branch: device.branch,
				answers: parsed.data.answers,
				collection: 'field',
				device: device.name
			}).then((): FieldResult => ({ sid: answer.sid, status: 'stored' }))
		);
	}
	// the answers that pass go to the group commit together, and are answered once committed
	return Promise.all(results);
}
