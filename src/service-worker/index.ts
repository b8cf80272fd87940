/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// The field phone's service worker (SvelteKit's own, registered by the field page's script only,
// with scope /f/: it never sees a staff page; svelte.config.js turns automatic registration off).
// It keeps the app shell the field page needs for this build (its script and icons at once, its
// styles as the page names or loads them; never the staff pages' JavaScript), and serves the field pages from the network when there is one (keeping a copy per device link
// and language) or from that copy when there is none. Answers (POST) always go to the network.
import { build, files, version } from '$service-worker';
import { FIELD_PAGES_CACHE } from '$lib/components/survey/field-cache';

const sw = self as unknown as ServiceWorkerGlobalScope;
const SHELL_CACHE = `tahseen-field-shell-${version}`;

/** What may be kept for offline use: this build's files and the icons. */
const shellFiles = new Set([
	...build,
	...files.filter((file) => /\/(favicon\.svg|field-icon-\d+\.png)$/.test(file))
]);
/** Kept at once: the field page's script and the icons (the rest as the field page loads it). */
const precache = [...shellFiles].filter(
	(file) =>
		!file.endsWith('.css') &&
		!/\/(nodes|chunks|entry)\//.test(file) &&
		!/\/workers\/(?!field-client)/.test(file)
);

/** Keeps `urls` (this build's files only) in the shell cache. */
async function keep(urls: string[]): Promise<void> {
	const cache = await caches.open(SHELL_CACHE);
	const wanted = urls
		.map((url) => new URL(url, sw.location.origin))
		.filter((url) => url.origin === sw.location.origin && shellFiles.has(url.pathname));
	await Promise.all(
		wanted.map(async (url) => {
			if (!(await cache.match(url))) await cache.add(url);
		})
	);
}

sw.addEventListener('install', (event) => {
	event.waitUntil(keep(precache).then(() => sw.skipWaiting()));
});

// the field page's first visit was not the worker's to see: the page names the styles and
// scripts it loaded, and they are kept; then the worker answers (a MessageChannel port)
sw.addEventListener('message', (event) => {
	const data = event.data as { type?: string; urls?: unknown } | null;
	if (data?.type !== 'keep' || !Array.isArray(data.urls)) return;
	const urls = data.urls.filter((u): u is string => typeof u === 'string').slice(0, 50);
	event.waitUntil(
		keep(urls).then(
			() => event.ports[0]?.postMessage('kept'),
			() => event.ports[0]?.postMessage('failed')
		)
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(
					keys
						.filter((key) => key.startsWith('tahseen-field-shell-') && key !== SHELL_CACHE)
						.map((key) => caches.delete(key))
				)
			)
			.then(() => sw.clients.claim())
	);
});

/** A field page (/f/<token>, /f/<token>?lang=…) or its manifest. */
function isFieldPage(url: URL): boolean {
	return /^\/f\/[a-z2-7]{32}(\/manifest\.webmanifest)?$/.test(url.pathname);
}

async function fromNetworkOrCopy(request: Request): Promise<Response> {
	const cache = await caches.open(FIELD_PAGES_CACHE);
	try {
		const response = await fetch(request);
		if (response.ok) await cache.put(request, response.clone());
		return response;
	} catch (error) {
		const copy =
			(await cache.match(request)) ?? (await cache.match(request, { ignoreSearch: true }));
		if (copy) return copy;
		throw error;
	}
}

/** This build's files: from the shell cache, else from the network (and kept). */
async function fromShell(request: Request): Promise<Response> {
	const cache = await caches.open(SHELL_CACHE);
	const copy = await cache.match(request);
	if (copy) return copy;
	const response = await fetch(request);
	if (response.ok) await cache.put(request, response.clone());
	return response;
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (isFieldPage(url)) event.respondWith(fromNetworkOrCopy(request));
	else if (shellFiles.has(url.pathname)) event.respondWith(fromShell(request));
});
