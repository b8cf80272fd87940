// The surveys: list with status, published version and answers, and a new survey as a draft.
import { fail, redirect } from '@sveltejs/kit';
import { surveyCreateSchema } from '$lib/schemas/survey-manage';
import { appStore } from '$lib/server/app-store';
import { actorOf } from '$lib/server/audit';
import { requireRole, staffRoles } from '$lib/server/auth/guard';
import { createSurvey, listSurveys, SurveyChangeError } from '$lib/server/survey/manage';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, staffRoles);
	const surveys = await listSurveys(await appStore());
	return {
		surveys: surveys.map((s) => ({
			id: s.id,
			slug: s.slug,
			titleAr: s.title_ar,
			titleEn: s.title_en,
			status: s.status,
			activeVersion: s.active_version,
			draftVersion: s.draft_version,
			answers: s.answers
		}))
	};
};

export const actions: Actions = {
	create: async (event) => {
		const me = requireRole(event, staffRoles);
		const form = Object.fromEntries(await event.request.formData());
		const values = {
			slug: String(form.slug ?? ''),
			title_ar: String(form.title_ar ?? ''),
			title_en: String(form.title_en ?? '')
		};
		const parsed = surveyCreateSchema.safeParse(form);
		if (!parsed.success) {
			return fail(400, {
				values,
				fields: parsed.error.issues.map((i) => String(i.path[0])),
				error: 'bad_input'
			});
		}
		const store = await appStore();
		let id: number;
		try {
			id = await createSurvey(store, parsed.data, me.id, actorOf(me, event));
		} catch (error) {
			if (error instanceof SurveyChangeError && error.code === 'slug_taken')
				return fail(409, { values, fields: ['slug'], error: error.code });
			throw error;
		}
		redirect(303, `/surveys/${id}/edit`);
	}
};
