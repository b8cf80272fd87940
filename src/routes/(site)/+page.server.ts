import { appStore } from '$lib/server/app-store';
import { homeFigures } from '$lib/server/home';
import { latestIssuedReport } from '$lib/server/reports/latest';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, locals }) => {
	const { organisation } = await parent();
	const timeZone = organisation?.timeZone ?? 'Asia/Riyadh';
	// figures are for people who sign in; anonymous visitors see the association and a sign-in link
	const figures = locals.user
		? await homeFigures(await appStore(), timeZone, locals.prefs.calendar)
		: null;
	// a board member's home opens on the latest issued report
	const boardReport =
		locals.user?.role === 'board'
			? { report: await latestIssuedReport(await appStore(), locals.prefs.lang) }
			: null;
	return { figures, boardReport, now: new Date(), timeZone };
};
