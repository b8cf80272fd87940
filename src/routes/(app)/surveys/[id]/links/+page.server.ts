// The survey's public links per channel and branch, with QR previews, downloads and posters; and
// its devices (kiosks at reception, field phones): added, changed and revoked here by staff, a new
// device's link and QR code shown once, right after it is added.
import { fail } from '@sveltejs/kit';
import { surveyLink } from '$lib/domain/survey-links';
import { actorOf } from '$lib/server/audit';
import {
	addSurveyDevice,
	changeSurveyDevice,
	deviceIdOf,
	deviceLink,
	parseDeviceForm,
	revokeSurveyDevice
} from '$lib/server/survey/device-manage';
import { listDevices } from '$lib/server/survey/devices';
import { linkPlaces } from '$lib/server/survey/manage';
import { qrSvgDataUrl } from '$lib/server/survey/qr';
import { staffSurvey, surveyHeading } from '$lib/server/survey/route';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { store, survey } = await staffSurvey(event);
	const { channels, branches } = await linkPlaces(store);
	const rows: { channel: string | null; branch: string | null; link: string }[] = [
		{ channel: null, branch: null, link: surveyLink(event.url.origin, survey.slug) }
	];
	for (const channel of channels) {
		for (const branch of [null, ...branches]) {
			rows.push({
				channel: channel.code,
				branch: branch?.code ?? null,
				link: surveyLink(event.url.origin, survey.slug, {
					channel: channel.code,
					branch: branch?.code
				})
			});
		}
	}
	// a new device's link is in the action's answer only: the page never sends it again
	event.setHeaders({ 'cache-control': 'private, no-store' });
	const devices = (await listDevices(store, survey.id)).map((d) => ({
		id: d.id,
		kind: d.kind,
		name: d.name,
		channel: d.channel,
		branch: d.branch,
		idleSeconds: d.idleSeconds,
		hasPin: d.hasPin
	}));
	return { survey: surveyHeading(survey), channels, branches, rows, devices };
};

export const actions = {
	addDevice: async (event) => {
		const { me, store, survey } = await staffSurvey(event);
		const form = await event.request.formData();
		const parsed = await parseDeviceForm(store, form, { adding: true });
		if (!parsed.ok)
			return fail(400, { action: 'addDevice', error: parsed.error, values: parsed.values });
		const { settings } = parsed;
		const { token } = await addSurveyDevice(store, survey.id, settings, actorOf(me, event));
		const link = deviceLink(event.url.origin, settings.kind, token);
		return {
			action: 'addDevice',
			done: 'created',
			created: { name: settings.name, kind: settings.kind, link, qr: await qrSvgDataUrl(link) }
		};
	},
	updateDevice: async (event) => {
		const { me, store, survey } = await staffSurvey(event);
		const form = await event.request.formData();
		const id = deviceIdOf(form);
		if (id === null) return fail(400, { action: 'updateDevice', error: 'bad_input', id: null });
		const parsed = await parseDeviceForm(store, form, { adding: false });
		if (!parsed.ok) return fail(400, { action: 'updateDevice', error: parsed.error, id });
		const changed = await changeSurveyDevice(
			store,
			survey.id,
			id,
			parsed.settings,
			actorOf(me, event)
		);
		if (!changed) return fail(404, { action: 'updateDevice', error: 'not_found', id });
		return { action: 'updateDevice', done: 'updated', id };
	},
	revokeDevice: async (event) => {
		const { me, store, survey } = await staffSurvey(event);
		const id = deviceIdOf(await event.request.formData());
		if (id === null) return fail(400, { action: 'revokeDevice', error: 'bad_input', id: null });
		if (!(await revokeSurveyDevice(store, survey.id, id, actorOf(me, event))))
			return fail(404, { action: 'revokeDevice', error: 'not_found', id });
		return { action: 'revokeDevice', done: 'revoked', id };
	}
} satisfies Actions;
