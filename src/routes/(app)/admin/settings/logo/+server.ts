// The association's logo: GET serves it (every signed-in role: report covers show it) with its
// own type and nosniff; POST (admin) uploads or removes it from a plain form and returns to the
// settings page, which says what happened (?logo=saved|removed|empty|tooLarge|notImage).
import { error, redirect } from '@sveltejs/kit';
import { requestProblem } from '$lib/i18n/request-messages';
import { appStore } from '$lib/server/app-store';
import { actorOf } from '$lib/server/audit';
import { allRoles, requireRole } from '$lib/server/auth/guard';
import { getLogo, removeLogo, saveLogo } from '$lib/server/logo';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	requireRole(event, allRoles);
	const logo = await getLogo(await appStore());
	if (!logo) error(404, { message: 'no logo', lang: event.locals.prefs.lang });
	return new Response(logo.data as BodyInit, {
		headers: {
			'content-type': logo.type,
			'x-content-type-options': 'nosniff',
			'content-disposition': 'inline',
			'cache-control': 'private, no-store'
		}
	});
};

export const POST: RequestHandler = async (event) => {
	const me = requireRole(event, ['admin']);
	const store = await appStore();
	const type = event.request.headers.get('content-type') ?? '';
	const form = /^(multipart\/form-data|application\/x-www-form-urlencoded)/.test(type)
		? await event.request.formData()
		: null;
	const back = (outcome: string) => redirect(303, `/admin/settings?logo=${outcome}#logo`);
	if (form?.get('remove') === '1') {
		await removeLogo(store, actorOf(me, event));
		back('removed');
	}
	if (!form || !type.startsWith('multipart/form-data')) {
		const lang = event.locals.prefs.lang;
		error(400, { ...requestProblem('logo_not_multipart', lang), lang });
	}
	const file = form.get('logo');
	const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
	const saved = await saveLogo(store, bytes, actorOf(me, event));
	back(saved.ok ? 'saved' : saved.problem);
	return new Response(null);
};
