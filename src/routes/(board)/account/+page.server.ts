import { fail } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { changePasswordSchema, newPasswordSchema } from '$lib/schemas/auth';
import { appStore } from '$lib/server/app-store';
import { actorOf } from '$lib/server/audit';
import { allRoles, requireRole } from '$lib/server/auth/guard';
import { createSession, generateSessionToken, setSessionCookie } from '$lib/server/auth/session';
import { checkCurrentPassword } from '$lib/server/auth/sign-in';
import { readConfig } from '$lib/server/config';
import { changeOwnPassword, getUser } from '$lib/server/users';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireRole(event, allRoles);
	return { email: user.email };
};

export const actions: Actions = {
	password: async (event) => {
		const me = requireRole(event, allRoles);
		const parsed = changePasswordSchema.safeParse(
			Object.fromEntries(await event.request.formData())
		);
		if (!parsed.success) return fail(400, { error: 'wrongCurrent' as const });
		const store = await appStore();
		const user = await getUser(store, me.id);
		if (!user) return fail(400, { error: 'wrongCurrent' as const });
		const checked = await checkCurrentPassword(store, {
			userId: me.id,
			email: me.email,
			passwordHash: user.password_hash,
			password: parsed.data.current,
			clientAddress: event.getClientAddress()
		});
		if (!checked.ok) {
			if (checked.reason === 'throttled') {
				return fail(429, {
					error: 'throttled' as const,
					retryAfterSeconds: Math.ceil(checked.retryAfterMs / 1000)
				});
			}
			return fail(400, { error: 'wrongCurrent' as const });
		}
		if (!newPasswordSchema.safeParse(parsed.data.next).success) {
			return fail(400, { error: 'tooShort' as const });
		}
		if (parsed.data.next !== parsed.data.confirm) return fail(400, { error: 'mismatch' as const });

		// ends every session of this user, then signs this browser in again
		await changeOwnPassword(store, actorOf(me, event), parsed.data.next);
		const token = generateSessionToken();
		const session = await createSession(store, token, me.id);
		setSessionCookie(event.cookies, token, session.expiresAt, !dev && readConfig().secureCookies);
		return { done: true };
	}
};
