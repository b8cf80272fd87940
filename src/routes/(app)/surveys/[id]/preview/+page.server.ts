// Staff preview of a survey: the latest version (the draft if there is one, else the active one)
// in the same form component as the public page, with sending disabled.
import { error } from '@sveltejs/kit';
import { appStore } from '$lib/server/app-store';
import { requireRole, staffRoles } from '$lib/server/auth/guard';
import { surveyFormModel } from '$lib/server/survey/answer-form';
import { latestVersion, linkOptions, surveyById } from '$lib/server/survey/public-survey';
import { languages, type Language } from '$lib/i18n/preferences';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, staffRoles);
	const { params, locals, url } = event;
	const id = /^[1-9]\d{0,9}$/.test(params.id) ? Number(params.id) : null;
	const store = await appStore();
	const survey = id === null ? undefined : await surveyById(store, id);
	if (!survey) error(404, { message: 'no such survey', lang: locals.prefs.lang });
	const version = await latestVersion(store, survey.id);
	const asked = url.searchParams.get('lang');
	const lang: Language = languages.includes(asked as Language)
		? (asked as Language)
		: locals.prefs.lang;
	const prefs = {
		...locals.prefs,
		lang,
		digits:
			lang === locals.prefs.lang
				? locals.prefs.digits
				: lang === 'ar'
					? ('arab' as const)
					: ('latn' as const)
	};
	return {
		survey: {
			id: survey.id,
			slug: survey.slug,
			title: lang === 'ar' ? survey.titleAr : survey.titleEn,
			status: survey.status
		},
		lang,
		version: version ? { version: version.version, draft: !version.published } : null,
		model: version
			? surveyFormModel({
					prefs,
					version,
					options: await linkOptions(store),
					url: new URL(url.origin)
				})
			: null
	};
};
