// An issued report as a print-first HTML document (every signed-in role).
import { authMessages } from '$lib/i18n/auth-messages';
import { getLogo } from '$lib/server/logo';
import { renderReportHtml } from '$lib/server/reports/html';
import { htmlResponse, requireIssued } from '$lib/server/reports/respond';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { report, content, store } = await requireIssued(event);
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
