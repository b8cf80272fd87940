// A field phone's queued answers (src/lib/server/survey/field.ts): POST JSON `{ answers: [...] }`,
// up to 100, answered per submission id: stored (now or by an earlier try) or refused with a code
// and a message in the request's language. Only from the device's own page: SvelteKit's
// cross-site check covers forms, not JSON, so the Origin must be this site's here.
import { json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app-store';
import { fieldMessages } from '$lib/i18n/field-messages';
import { fieldBatch } from '$lib/schemas/field-answers';
import { fieldDevice, openDeviceSurvey, receiveFieldAnswers } from '$lib/server/survey/field';
import type { RequestHandler } from './$types';

const noStore = { 'cache-control': 'no-store' };

export const POST: RequestHandler = async ({ request, params, url, locals }) => {
	const lang = locals.prefs.lang;
	const m = fieldMessages(lang).request;
	const refuse = (status: number, code: keyof typeof m) =>
		json({ code, message: m[code] }, { status, headers: noStore });
	if (request.headers.get('origin') !== url.origin) return refuse(403, 'cross_site');
	if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) {
		return refuse(415, 'unsupported_type');
	}
	const store = await appStore();
	const device = await fieldDevice(store, params.token);
	if (!device) return refuse(404, 'device_unknown');
	const body = fieldBatch.safeParse(await request.json().catch(() => null));
	if (!body.success) return refuse(400, 'malformed');
	const opened = await openDeviceSurvey(store, device);
	if (opened.state === 'not_found') return refuse(404, 'device_unknown');
	const results = await receiveFieldAnswers(store, device, opened, body.data.answers, lang);
	return json({ results }, { headers: noStore });
};
