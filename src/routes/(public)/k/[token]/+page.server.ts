// The kiosk (/k/<token>): the device's survey, its current published version, with the channel and
// branch fixed by the device. Its answers go through the survey's validation, masking and group
// commit (receiveAnswer), tagged with the device, under the device's own limit instead of the
// per-address one. The staff control leads to ./staff (the PIN, then the staff screen).
import { redirect } from '@sveltejs/kit';
import { appStore } from '$lib/server/app-store';
import { receiveAnswer } from '$lib/server/survey/answer-form';
import { kioskHome, kioskThanksPath, openKiosk } from '$lib/server/survey/kiosk';
import { refusedAnswer, surveyPage } from '$lib/server/survey/page-data';
import type { Actions, PageServerLoad } from './$types';

/** Nothing of a kiosk page is kept by the browser or a proxy: each is one person's. */
const noStore = { 'cache-control': 'no-store' };

export const load: PageServerLoad = async (event) => {
	const { device, opened } = await openKiosk(await appStore(), event.params.token, event.locals);
	event.setHeaders(noStore);
	const page = surveyPage(opened, event, null);
	return {
		...page,
		kiosk: { idleSeconds: device.idleSeconds, home: kioskHome(event.params.token) }
	};
};

export const actions = {
	default: async (event) => {
		const { params, locals } = event;
		const store = await appStore();
		const { device, opened } = await openKiosk(store, params.token, locals);
		const received = await receiveAnswer(event, store, opened, { device });
		if (received.kind === 'refused') return refusedAnswer(received, event, null);
		const lang = received.kind === 'stored' ? received.lang : locals.prefs.lang;
		redirect(303, kioskThanksPath(params.token, lang));
	}
} satisfies Actions;
