/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// The field phone's service worker (SvelteKit's own, registered by the field page's script only,
// with scope /f/: it never sees a staff page; svelte.config.js turns automatic registration off).
// It keeps the app shell the field page needs (its styles, its script, the icons) for this build,
// and serves the field pages from the network when there is one (keeping a copy per device link
// and language) or from that copy when there is none. Answers (POST) always go to the network.
import { build, files, version } from '$service-worker';
import { FIELD_PAGES_CACHE } from '$lib/components/survey/field-cache';

const sw = self as unknown as ServiceWorkerGlobalScope;
const SHELL_CACHE = `tahseen-field-shell-${version}`;

/**
 * The shell: the build's style sheets and stand-alone scripts (the field page loads no SvelteKit
 * client, so the app's other chunks are left out) and the icons; not the staff pages' JavaScript.
 */
const shell = [
	...build.filter((file) => file.endsWith('.css') || file.includes('/workers/')),
	...files.filter((file) => /\/(favicon\.svg|field-icon-\d+\.png)$/.test(file))
];
const shellFiles = new Set(shell);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(SHELL_CACHE)
			.then((cache) => cache.addAll(shell))
			.then(() => sw.skipWaiting())
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

async function fromShell(request: Request): Promise<Response> {
	const copy = await caches.match(request);
	return copy ?? fetch(request);
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (isFieldPage(url)) event.respondWith(fromNetworkOrCopy(request));
	else if (shellFiles.has(url.pathname)) event.respondWith(fromShell(request));
});
