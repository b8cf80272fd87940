import type { Handle, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { direction, resolvePreferences } from '$lib/i18n/preferences';
import { appStore } from '$lib/server/app-store';
import { DatabaseInUseError } from '$lib/server/db';

export const init: ServerInit = async () => {
	try {
		await appStore();
	} catch (error) {
		if (error instanceof DatabaseInUseError) {
			console.error(`Tahseen cannot start: ${error.message}`);
			process.exit(1);
		}
		throw error;
	}
};

const locale: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.sessionId = null;
	event.locals.prefs = resolvePreferences({
		lang: event.cookies.get('lang'),
		digits: event.cookies.get('digits'),
		calendar: event.cookies.get('calendar')
	});
	const { lang } = event.locals.prefs;
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang).replace('%dir%', direction(lang))
	});
};

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	return response;
};

export const handle = sequence(locale, securityHeaders);
