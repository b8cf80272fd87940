// An issued report as PDF (every signed-in role).
import { getLogo } from '$lib/server/logo';
import { pdfResponse, requireIssued } from '$lib/server/reports/respond';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { report, content, store } = await requireIssued(event);
	return pdfResponse(
		content,
		report,
		`tahseen-${report.periodKey}-${report.lang}-v${report.version}.pdf`,
		await getLogo(store)
	);
};
