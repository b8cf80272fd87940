import { appStore } from '$lib/server/app-store';
import { firstSteps } from '$lib/server/first-steps';
import { homeFigures } from '$lib/server/home';
import { latestIssuedReport } from '$lib/server/reports/latest';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, locals }) => {
	const { organisation } = await parent();
	const timeZone = organisation?.timeZone ?? 'Asia/Riyadh';
	// figures and first steps are for people who sign in; anonymous visitors see the association
	// and a sign-in link
	if (!locals.user)
		return { figures: null, steps: null, boardReport: null, now: new Date(), timeZone };
	const store = await appStore();
	const steps = await firstSteps(store, locals.user.role);
	const figures = steps.hasData ? await homeFigures(store, timeZone, locals.prefs.calendar) : null;
	// a board member's home opens on the latest issued report
	const boardReport =
		locals.user.role === 'board'
			? { report: await latestIssuedReport(store, locals.prefs.lang) }
			: null;
	return { figures, steps, boardReport, now: new Date(), timeZone };
};
