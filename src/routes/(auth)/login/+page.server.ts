import { fail, redirect } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { signInSchema } from '$lib/schemas/auth';
import { appStore } from '$lib/server/app-store';
import { setSessionCookie } from '$lib/server/auth/session';
import { signIn } from '$lib/server/auth/sign-in';
import { readConfig } from '$lib/server/config';
import { safeReturnPath } from '$lib/server/return-path';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const redirectTo = safeReturnPath(url.searchParams.get('redirectTo'));
	if (locals.user) redirect(303, redirectTo);
	return { redirectTo };
};

export const actions: Actions = {
	default: async (event) => {
		const form = Object.fromEntries(await event.request.formData());
		const email = typeof form.email === 'string' ? form.email.slice(0, 254) : '';
		const parsed = signInSchema.safeParse(form);
		if (!parsed.success) return fail(400, { email, error: 'missing' as const });

		const result = await signIn(await appStore(), {
			email: parsed.data.email,
			password: parsed.data.password,
			clientAddress: event.getClientAddress()
		});
		if (!result.ok) {
			if (result.reason === 'throttled') {
				return fail(429, {
					email,
					error: 'throttled' as const,
					retryAfterSeconds: Math.ceil(result.retryAfterMs / 1000)
				});
			}
			return fail(400, { email, error: 'invalid' as const });
		}
		setSessionCookie(
			event.cookies,
			result.token,
			result.session.expiresAt,
			!dev && readConfig().secureCookies
		);
		redirect(303, safeReturnPath(parsed.data.redirectTo));
	}
};
