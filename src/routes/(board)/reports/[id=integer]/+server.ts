// An issued report as a print-first HTML document (every signed-in role).
import { error } from '@sveltejs/kit';
import { authMessages } from '$lib/i18n/auth-messages';
import { appStore } from '$lib/server/app-store';
import { getLogo } from '$lib/server/logo';
import { allRoles, requireRole } from '$lib/server/auth/guard';
import { renderReportHtml } from '$lib/server/reports/html';
import { htmlResponse } from '$lib/server/reports/respond';
import { getIssued } from '$lib/server/reports/snapshots';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	requireRole(event, allRoles);
	const store = await appStore();
	const issued = await getIssued(store, Number(event.params.id));
	if (!issued) error(404, { message: 'no such report', lang: event.locals.prefs.lang });
	const { report, content } = issued;
	const back = authMessages(event.locals.prefs.lang).nav.reports;
	return htmlResponse(
		renderReportHtml(content, report, {
			screenLinks: [
				{ label: back, href: '/reports' },
				{ label: 'PDF', href: `/reports/${report.id}/pdf` }
			],
			logo: await getLogo(store)
		})
	);
};
