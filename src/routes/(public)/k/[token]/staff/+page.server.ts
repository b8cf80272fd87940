// The kiosk's staff control: the device's PIN (checked on the server, at most five wrong PINs per
// device in fifteen minutes), then a small staff screen: the device's name and idle time, the way
// out of kiosk mode (the survey's links page, behind sign-in) and back to the kiosk.
import { fail } from '@sveltejs/kit';
import { appStore } from '$lib/server/app-store';
import { checkKioskPin, kioskDevice, kioskHome } from '$lib/server/survey/kiosk';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, setHeaders }) => {
	const device = await kioskDevice(await appStore(), params.token, locals);
	setHeaders({ 'cache-control': 'no-store' });
	return { home: kioskHome(params.token), idleSeconds: device.idleSeconds };
};

export const actions = {
	default: async (event) => {
		const store = await appStore();
		const device = await kioskDevice(store, event.params.token, event.locals);
		const typed = (await event.request.formData()).get('pin');
		const outcome = await checkKioskPin(
			store,
			device,
			typeof typed === 'string' ? typed : '',
			event.getClientAddress()
		);
		if (outcome !== 'ok') {
			const status = outcome === 'locked' ? 429 : outcome === 'none' ? 409 : 403;
			return fail(status, { pinError: outcome });
		}
		return {
			staff: { name: device.name, idleSeconds: device.idleSeconds, surveyId: device.surveyId }
		};
	}
} satisfies Actions;
