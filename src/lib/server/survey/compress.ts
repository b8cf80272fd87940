// The public survey pages are answered on cheap phones over slow connections: their HTML is sent
// gzip-compressed when the browser accepts it (adapter-node compresses only the static files).
import { gzipSync } from 'node:zlib';
import type { Handle } from '@sveltejs/kit';

const SMALLEST = 1024;

export const compressSurveyPages: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	// the survey's pages, the field phone's (/f/<token>) and the kiosk's (/k/<token>)
	if (!/^\/\(public\)\/[sfk]\//.test(event.route.id ?? '')) return response;
	if (!/\bgzip\b/.test(event.request.headers.get('accept-encoding') ?? '')) return response;
	const type = response.headers.get('content-type') ?? '';
	if (!type.startsWith('text/html') || response.headers.has('content-encoding') || !response.body) {
		return response;
	}
	const body = Buffer.from(await response.arrayBuffer());
	const headers = new Headers(response.headers);
	headers.append('vary', 'accept-encoding');
	if (body.byteLength < SMALLEST) {
		return new Response(body, {
			status: response.status,
			statusText: response.statusText,
			headers
		});
	}
	headers.set('content-encoding', 'gzip');
	headers.delete('content-length');
	return new Response(gzipSync(body, { level: 6 }), {
		status: response.status,
		statusText: response.statusText,
		headers
	});
};
