// Saves language, digits or calendar from the preference form (works without JavaScript), then
// returns to the page the person was on.
import { json, redirect } from '@sveltejs/kit';
import { preferencesSchema } from '$lib/i18n/preferences';
import { isUnreadableForm, unreadableFormBody } from '$lib/server/body-limit';
import { safeReturnPath } from '$lib/server/return-path';
import type { RequestHandler } from './$types';

const oneYear = 60 * 60 * 24 * 365;

export const POST: RequestHandler = async ({ request, cookies, locals }) => {
	const type = request.headers.get('content-type') ?? '';
	if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) {
		return json(unreadableFormBody(locals.prefs.lang), { status: 415 });
	}
	let form: Record<string, FormDataEntryValue>;
	try {
		form = Object.fromEntries(await request.formData());
	} catch (error) {
		if (isUnreadableForm(error))
			return json(unreadableFormBody(locals.prefs.lang), { status: 400 });
		throw error;
	}
	const parsed = preferencesSchema.safeParse(form);
	if (parsed.success) {
		for (const [name, value] of Object.entries(parsed.data)) {
			if (value)
				cookies.set(name, value, { path: '/', maxAge: oneYear, httpOnly: true, sameSite: 'lax' });
		}
	}
	redirect(303, safeReturnPath(form.to));
};
