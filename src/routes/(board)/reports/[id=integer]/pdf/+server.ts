// An issued report as PDF (every signed-in role).
import { error } from '@sveltejs/kit';
import { appStore } from '$lib/server/app-store';
import { getLogo } from '$lib/server/logo';
import { allRoles, requireRole } from '$lib/server/auth/guard';
import { pdfResponse } from '$lib/server/reports/respond';
import { getIssued } from '$lib/server/reports/snapshots';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	requireRole(event, allRoles);
	const store = await appStore();
	const issued = await getIssued(store, Number(event.params.id));
	if (!issued) error(404, { message: 'no such report', lang: event.locals.prefs.lang });
	const { report, content } = issued;
	return pdfResponse(
		content,
		report,
		`tahseen-${report.periodKey}-${report.lang}-v${report.version}.pdf`,
		await getLogo(store)
	);
};
