// A representative's field phone: the device's survey (its active published version), with the
// device's channel and branch (not asked). The page keeps answers on the phone and sends them to
// ./answers (src/lib/components/survey/field-client.ts); an unknown, revoked or kiosk token gets
// the survey's polite 404.
import { error } from '@sveltejs/kit';
import { appStore } from '$lib/server/app-store';
import { requireOpen, surveyFormModel, type SurveyRefusal } from '$lib/server/survey/answer-form';
import { fieldDevice, openDeviceSurvey } from '$lib/server/survey/field';
import { surveyHeading } from '$lib/server/survey/page-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url, setHeaders }) => {
	const store = await appStore();
	const device = await fieldDevice(store, params.token);
	if (!device) {
		error(404, { message: 'survey_not_found' satisfies SurveyRefusal, lang: locals.prefs.lang });
	}
	const opened = requireOpen(await openDeviceSurvey(store, device), locals);
	// the phone keeps its own copy (the service worker's); nothing shared through a cache
	setHeaders({ 'cache-control': 'private, no-cache' });
	return {
		heading: surveyHeading(opened.survey, locals.prefs.lang, url),
		model: surveyFormModel({ prefs: locals.prefs, version: opened.version, options: null, url })
	};
};

// no SvelteKit client: the form is server-rendered, the queue one small script (see the page)
export const csr = false;
