// HTTP answers for report documents: the print HTML, and the PDF (or a clear 503 without Chromium).
import { error, json } from '@sveltejs/kit';
import type { ReportContent } from './content';
import { renderReportHtml, type ReportLogo, type ReportStatus } from './html';
import { ChromiumMissingError, htmlToPdf } from './pdf';
import { appStore } from '../app-store';
import { allRoles, requireRole } from '../auth/guard';
import type { Store } from '../db';
import { getIssued } from './snapshots';

/** The issued report a route names (every signed-in role), or a 404 in the reader's language. */
export async function requireIssued(event: {
	locals: App.Locals;
	url: URL;
	request: Request;
	params: { id: string };
}): Promise<NonNullable<Awaited<ReturnType<typeof getIssued>>> & { store: Store }> {
	requireRole(event, allRoles);
	const store = await appStore();
	const issued = await getIssued(store, Number(event.params.id));
	if (!issued) error(404, { message: 'no such report', lang: event.locals.prefs.lang });
	return { ...issued, store };
}

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
