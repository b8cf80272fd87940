// The kiosk's thank-you screen, shown only after the answer was committed (the kiosk's form action
// redirects here); after a few seconds it gives way to a fresh, empty form for the next person.
import { appStore } from '$lib/server/app-store';
import { kioskDevice, kioskHome, THANKS_SECONDS } from '$lib/server/survey/kiosk';
import { surveyById } from '$lib/server/survey/public-survey';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, setHeaders }) => {
	const store = await appStore();
	const device = await kioskDevice(store, params.token, locals);
	setHeaders({ 'cache-control': 'no-store' });
	const survey = await surveyById(store, device.surveyId);
	const lang = locals.prefs.lang;
	return {
		title: survey ? (lang === 'ar' ? survey.titleAr : survey.titleEn) : '',
		home: kioskHome(params.token),
		seconds: THANKS_SECONDS
	};
};
