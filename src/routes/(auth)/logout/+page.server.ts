import { redirect } from '@sveltejs/kit';
import { appStore } from '$lib/server/app-store';
import { actorOf } from '$lib/server/audit';
import { deleteSessionCookie, invalidateSession } from '$lib/server/auth/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (!locals.user) redirect(303, '/login');
	return {};
};

export const actions: Actions = {
	default: async ({ locals, cookies, getClientAddress }) => {
		if (locals.sessionId && locals.user) {
			const store = await appStore();
			await invalidateSession(store, locals.sessionId, actorOf(locals.user, { getClientAddress }));
		}
		deleteSessionCookie(cookies);
		redirect(303, '/login');
	}
};
