// An issued report as PDF (every signed-in role).
import { error } from '@sveltejs/kit';
import { appStore } from '$lib/server/app-store';
import { allRoles, requireRole } from '$lib/server/auth/guard';
import { pdfResponse } from '$lib/server/reports/respond';
import { getIssued } from '$lib/server/reports/snapshots';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	requireRole(event, allRoles);
	const issued = await getIssued(await appStore(), Number(event.params.id));
	if (!issued) error(404, { message: 'no such report', lang: event.locals.prefs.lang });
	const { report, content } = issued;
	return pdfResponse(
		content,
		report,
		`tahseen-${report.periodKey}-${report.lang}-v${report.version}.pdf`
	);
};
