import { redirect } from '@sveltejs/kit';
import { appStore } from '$lib/server/app-store';
import { audit } from '$lib/server/audit';
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
			await invalidateSession(store, locals.sessionId);
			await audit(store, {
				userId: locals.user.id,
				actor: locals.user.email,
				action: 'auth.sign_out',
				clientAddress: getClientAddress()
			});
		}
		deleteSessionCookie(cookies);
		redirect(303, '/login');
	}
};
