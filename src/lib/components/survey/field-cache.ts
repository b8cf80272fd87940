// Names shared by the field page's script and the service worker (src/service-worker.ts).

/** The field pages (one per device link and language) kept for opening offline. */
export const FIELD_PAGES_CACHE = 'tahseen-field-pages';
/** The service worker's own path and the only scope it is registered for. */
export const SERVICE_WORKER_PATH = '/service-worker.js';
export const FIELD_SCOPE = '/f/';

/** The addresses of a device link's page to keep: as opened, and in each language. */
export function fieldPageUrls(token: string): string[] {
	const page = `/f/${token}`;
	return [page, `${page}?lang=ar`, `${page}?lang=en`, `${page}/manifest.webmanifest`];
}
