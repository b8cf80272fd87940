// Until the association is set up (an empty store started without the demo), every page leads to
// /setup; forms and endpoints other than the setup form and the language switch answer 503.
import { json, redirect, type RequestEvent } from '@sveltejs/kit';
import { requestProblem } from '$lib/i18n/request-messages';
import type { Store } from './db';
import { needsSetup } from './first-setup';

/** Routes that work before the set-up: the form itself, the language switch and the health probe. */
const open = new Set(['/(auth)/setup', '/preferences', '/health']);

/** The answer for a request made before the set-up, or null to serve it as usual. */
export async function setupGate(
	event: Pick<RequestEvent, 'route' | 'request' | 'url' | 'isDataRequest' | 'locals'>,
	store: Store
): Promise<Response | null> {
	if (event.route.id && open.has(event.route.id)) return null;
	if (!(await needsSetup(store))) return null;
	const method = event.request.method;
	if ((method === 'GET' || method === 'HEAD') && !event.route.id?.startsWith('/api/')) {
		const location = '/setup';
		// a client-side navigation is answered as SvelteKit answers its data requests
		if (event.isDataRequest) redirect(303, location);
		return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } });
	}
	return json(requestProblem('not_set_up', event.locals.prefs.lang), {
		status: 503,
		headers: { 'cache-control': 'no-store', 'retry-after': '60' }
	});
}
