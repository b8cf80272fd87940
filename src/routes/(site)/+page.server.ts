import { appStore } from '$lib/server/app-store';
import { homeFigures } from '$lib/server/home';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, locals }) => {
	const { organisation } = await parent();
	const timeZone = organisation?.timeZone ?? 'Asia/Riyadh';
	const figures = await homeFigures(await appStore(), timeZone, locals.prefs.calendar);
	return { figures, now: new Date(), timeZone };
};
