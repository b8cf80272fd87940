// A draft report for a period, from the current data, as print HTML or PDF (staff only).
import { periodErrorText } from '$lib/i18n/period-messages';
import { requestProblem } from '$lib/i18n/request-messages';
import { json } from '@sveltejs/kit';
import { PeriodError } from '$lib/domain/periods';
import { reportRequestSchema } from '$lib/schemas/report';
import { appStore } from '$lib/server/app-store';
import { getLogo } from '$lib/server/logo';
import { requireRole, staffRoles } from '$lib/server/auth/guard';
import { buildReport } from '$lib/server/reports/build';
import { renderReportHtml } from '$lib/server/reports/html';
import { htmlResponse, pdfResponse } from '$lib/server/reports/respond';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	requireRole(event, staffRoles);
	const lang = event.locals.prefs.lang;
	const parsed = reportRequestSchema.safeParse(Object.fromEntries(event.url.searchParams));
	if (!parsed.success) {
		return json(requestProblem('report_request_invalid', lang), { status: 400 });
	}
	try {
		const store = await appStore();
		const logo = await getLogo(store);
		const content = await buildReport(store, {
			periodKey: parsed.data.period,
			lang: parsed.data.lang
		});
		const status = { version: null, issuedAt: null, meetingNumber: null, meetingDate: null };
		if (event.url.searchParams.get('format') === 'pdf') {
			return pdfResponse(
				content,
				status,
				`tahseen-draft-${parsed.data.period}-${parsed.data.lang}.pdf`,
				logo
			);
		}
		return htmlResponse(renderReportHtml(content, status, { logo }));
	} catch (error) {
		if (error instanceof PeriodError)
			return json(
				{ code: error.code, message: periodErrorText(error.detail, lang) },
				{ status: 400 }
			);
		throw error;
	}
};
