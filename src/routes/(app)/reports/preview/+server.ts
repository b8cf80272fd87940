// A draft report for a period, from the current data, as print HTML or PDF (staff only).
import { periodErrorText } from '$lib/i18n/period-messages';
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
	const parsed = reportRequestSchema.safeParse(Object.fromEntries(event.url.searchParams));
	if (!parsed.success) {
		return json(
			{
				message:
					'period must look like 2026-Q2, 2026-H1, 2026-05, 2026, H1447-Q1 or H1447-05; lang ar or en',
				message_ar:
					'الفترة مثل 2026-Q2 أو 2026-H1 أو 2026-05 أو 2026 أو H1447-Q1 أو H1447-05، واللغة ar أو en'
			},
			{ status: 400 }
		);
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
				{ message: error.message, message_ar: periodErrorText(error.detail, 'ar') },
				{ status: 400 }
			);
		throw error;
	}
};
