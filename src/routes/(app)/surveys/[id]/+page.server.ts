// One survey: its versions with the answers to each, publishing the draft, closing and reopening,
// titles and embedding.
import { fail } from '@sveltejs/kit';
import { surveyLink } from '$lib/domain/survey-links';
import {
	surveyMetaSchema,
	surveyPublishSchema,
	surveyStatusSchema
} from '$lib/schemas/survey-manage';
import { questionSetSchema } from '$lib/schemas/survey-questions';
import { actorOf, type Actor } from '$lib/server/audit';
import { requireRole, staffRoles } from '$lib/server/auth/guard';
import {
	changeSurveyStatus,
	publishDraft,
	surveyOverview,
	SurveyChangeError,
	updateSurveyMeta
} from '$lib/server/survey/manage';
import { staffSurvey, surveyHeading } from '$lib/server/survey/route';
import type { Store } from '$lib/server/db';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const { store, survey } = await staffSurvey(event);
	const overview = (await surveyOverview(store, survey.id))!;
	const draft = overview.versions.find((v) => v.publishedAt === null) ?? null;
	return {
		survey: surveyHeading(survey),
		publicLink: surveyLink(event.url.origin, survey.slug),
		versions: overview.versions.map((v) => ({
			version: v.version,
			publishedAt: v.publishedAt,
			publishedBy: v.publishedBy,
			answers: v.answers,
			questions: v.questions.map((q) => ({
				key: q.key,
				type: q.type,
				required: q.required,
				textAr: q.text_ar,
				textEn: q.text_en,
				options: (q.options ?? []).map((o) => ({ textAr: o.text_ar, textEn: o.text_en }))
			}))
		})),
		answersWithoutVersion: overview.answersWithoutVersion,
		draft: draft
			? {
					version: draft.version,
					questions: draft.questions.length,
					valid: questionSetSchema.safeParse(draft.questions).success
				}
			: null
	};
};

/** Runs one change of the survey (which audits it as done `by` the signed-in person). */
async function changed(
	event: RequestEvent,
	action: string,
	work: (store: Store, id: number, by: Actor) => Promise<unknown>
) {
	const { me, store, survey } = await staffSurvey(event);
	try {
		await work(store, survey.id, actorOf(me, event));
	} catch (error) {
		if (error instanceof SurveyChangeError)
			return fail(409, { action, error: error.code, fields: [] as string[] });
		throw error;
	}
	return { action, done: true as const };
}

/** Closing (active → closed) or reopening (closed → active) from the status the page showed. */
async function statusChange(
	event: RequestEvent,
	action: 'close' | 'reopen',
	to: 'closed' | 'active'
) {
	requireRole(event, staffRoles);
	const parsed = surveyStatusSchema.safeParse(Object.fromEntries(await event.request.formData()));
	if (!parsed.success) return fail(400, { action, error: 'bad_input', fields: ['status'] });
	return changed(event, action, (store, id, by) =>
		changeSurveyStatus(store, id, parsed.data.status, to, by)
	);
}

export const actions: Actions = {
	meta: async (event) => {
		requireRole(event, staffRoles);
		const form = Object.fromEntries(await event.request.formData());
		const parsed = surveyMetaSchema.safeParse(form);
		if (!parsed.success)
			return fail(400, {
				action: 'meta',
				error: 'bad_input',
				fields: parsed.error.issues.map((i) => String(i.path[0])),
				values: {
					title_ar: String(form.title_ar ?? ''),
					title_en: String(form.title_en ?? ''),
					embeddable: form.embeddable === 'on'
				}
			});
		return changed(event, 'meta', (store, id, by) => updateSurveyMeta(store, id, parsed.data, by));
	},
	publish: async (event) => {
		requireRole(event, staffRoles);
		const parsed = surveyPublishSchema.safeParse(
			Object.fromEntries(await event.request.formData())
		);
		if (!parsed.success)
			return fail(400, { action: 'publish', error: 'bad_input', fields: ['version'] });
		const version = parsed.data.version;
		const result = await changed(event, 'publish', (store, id, by) =>
			publishDraft(store, id, version, by.userId, by)
		);
		return 'done' in result ? { ...result, version } : result;
	},
	close: (event) => statusChange(event, 'close', 'closed'),
	reopen: (event) => statusChange(event, 'reopen', 'active')
};
