// HTTP answers for report documents: the print HTML, and the PDF (or a clear 503 without Chromium).
import { json } from '@sveltejs/kit';
import type { ReportContent } from './content';
import { renderReportHtml, type ReportLogo, type ReportStatus } from './html';
import { ChromiumMissingError, htmlToPdf } from './pdf';

export function htmlResponse(html: string): Response {
	return new Response(html, {
		headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-store' }
	});
}

export async function pdfResponse(
	content: ReportContent,
	status: ReportStatus,
	fileName: string,
	logo: ReportLogo | null = null
): Promise<Response> {
	try {
		const pdf = await htmlToPdf(renderReportHtml(content, status, { logo }));
		return new Response(pdf as BodyInit, {
			headers: {
				'content-type': 'application/pdf',
				'content-disposition': `attachment; filename="${fileName}"`,
				'cache-control': 'private, no-store'
			}
		});
	} catch (error) {
		if (error instanceof ChromiumMissingError) {
			return json({ message: error.message }, { status: 503 });
		}
		throw error;
	}
}
