// The thank-you page, shown only after the answer was committed (the form action redirects here).
import { error } from '@sveltejs/kit';
import { appStore } from '$lib/server/app-store';
import type { SurveyRefusal } from '$lib/server/survey/answer-form';
import { getOrganisation } from '$lib/server/organisation';
import { surveyHeading } from '$lib/server/survey/page-data';
import { surveyBySlug } from '$lib/server/survey/public-survey';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const store = await appStore();
	const survey = await surveyBySlug(store, params.slug);
	if (!survey || survey.status === 'draft') {
		error(404, { message: 'survey_not_found' satisfies SurveyRefusal, lang: locals.prefs.lang });
	}
	if (survey.embeddable) locals.frameable = true;
	const organisation = await getOrganisation(store);
	return {
		heading: surveyHeading(survey, locals.prefs.lang, url),
		publicActionsPage: organisation?.publicActionsPage ?? false
	};
};
