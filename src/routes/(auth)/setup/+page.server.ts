// The association's first set-up in the browser (an empty store started without the demo): the
// one-time setup code the server printed, the association and its first admin, created in one
// transaction; the admin is then signed in. Once set up, this page is gone (404).
import { error, fail, redirect } from '@sveltejs/kit';
import { dev } from '$app/environment';
import {
	setupFormSchema,
	setupInputOfForm,
	setupKeptFields,
	type SetupFormField
} from '$lib/schemas/setup';
import { appStore } from '$lib/server/app-store';
import { createSession, generateSessionToken, setSessionCookie } from '$lib/server/auth/session';
import { checkSetupCode } from '$lib/server/auth/sign-in';
import { readConfig } from '$lib/server/config';
import {
	currentSetupCode,
	finishFirstSetup,
	needsSetup,
	setupCodeMatches
} from '$lib/server/first-setup';
import { ensureRollups } from '$lib/server/metrics/rollups';
import { SetupError, setupOrganisation } from '$lib/server/setup';
import type { Actions, PageServerLoad } from './$types';

async function gone(lang: 'ar' | 'en'): Promise<void> {
	if (!(await needsSetup(await appStore()))) error(404, { message: 'Not Found', lang });
}

export const load: PageServerLoad = async ({ locals }) => {
	await gone(locals.prefs.lang);
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const lang = event.locals.prefs.lang;
		await gone(lang);
		const form = Object.fromEntries(await event.request.formData());
		// sent back to the form after a failure (never the code or the passwords)
		const values = Object.fromEntries(
			setupKeptFields.map((k) => [
				k,
				typeof form[k] === 'string' ? String(form[k]).slice(0, 254) : ''
			])
		) as Partial<Record<SetupFormField, string>>;
		/** The form again with what was typed, the fields to correct and what was wrong. */
		const refuse = (
			status: number,
			fields: SetupFormField[],
			problem: 'code' | 'throttled' | null = null
		) => fail(status, { values, fields, problem });
		const parsed = setupFormSchema.safeParse(form);
		if (!parsed.success) {
			const fields = [
				...new Set(parsed.error.issues.map((i) => String(i.path[0]) as SetupFormField))
			];
			return refuse(400, fields);
		}
		const store = await appStore();
		const expected = currentSetupCode();
		const checked = await checkSetupCode(
			store,
			{
				expected: expected ?? '',
				typed: parsed.data.code,
				clientAddress: event.getClientAddress()
			},
			(a, b) => a !== '' && setupCodeMatches(a, b)
		);
		if (!checked.ok) {
			const throttled = checked.reason === 'throttled';
			return refuse(throttled ? 429 : 400, ['code'], throttled ? 'throttled' : 'code');
		}
		let userId: number;
		try {
			userId = await setupOrganisation(store, setupInputOfForm(parsed.data), {
				actor: 'setup',
				clientAddress: event.getClientAddress()
			});
		} catch (e) {
			if (e instanceof SetupError && e.code === 'email_taken') {
				return refuse(400, ['adminEmail']);
			}
			// set up meanwhile (another tab): the page is gone
			if (e instanceof SetupError) error(404, { message: 'Not Found', lang });
			throw e;
		}
		finishFirstSetup();
		await ensureRollups(store);
		const token = generateSessionToken();
		const session = await createSession(store, token, userId, new Date());
		setSessionCookie(event.cookies, token, session.expiresAt, !dev && readConfig().secureCookies);
		redirect(303, '/');
	}
};
