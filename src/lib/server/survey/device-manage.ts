// The "Devices" section of a survey's links page: adding a kiosk or a field phone, changing its
// settings and revoking it, from the posted forms. Each change is audited ('survey.device_…') with
// who made it; neither the device's link nor its PIN is ever written to the audit log.
import { deviceSettingsSchema, type DeviceSettings } from '../../schemas/device';
import { auditBy, type Actor } from '../audit';
import type { Store } from '../db';
import { createDevice, listDevices, revokeDevice, updateDevice } from './devices';
import { linkPlaces } from './manage';

export type DeviceFormError =
	| 'bad_input'
	| 'name_required'
	| 'name_too_long'
	| 'pin_format'
	| 'pin_required'
	| 'idle_range'
	| 'unknown_channel'
	| 'unknown_branch'
	| 'not_found';

/** What a device form sent, shown again when it is refused (never the PIN). */
export interface DeviceFormValues {
	kind: string;
	name: string;
	channel: string;
	branch: string;
	idleSeconds: string;
}

type Parsed =
	| { ok: true; settings: DeviceSettings }
	| { ok: false; error: DeviceFormError; values: DeviceFormValues };

const text = (form: FormData, name: string) => {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
};

/** A device form's settings, checked against the schema and the association's lists. */
export async function parseDeviceForm(
	store: Store,
	form: FormData,
	{ adding }: { adding: boolean }
): Promise<Parsed> {
	const values: DeviceFormValues = {
		kind: text(form, 'kind'),
		name: text(form, 'name'),
		channel: text(form, 'channel'),
		branch: text(form, 'branch'),
		idleSeconds: text(form, 'idle_seconds')
	};
	const pin = text(form, 'pin').trim();
	const parsed = deviceSettingsSchema.safeParse({
		kind: values.kind,
		name: values.name,
		channel: values.channel || null,
		branch: values.branch || null,
		idleSeconds: values.idleSeconds.trim() || undefined,
		pin: pin || null
	});
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		const field = String(issue?.path[0] ?? '');
		const error: DeviceFormError =
			field === 'name'
				? issue?.message === 'name_too_long'
					? 'name_too_long'
					: 'name_required'
				: field === 'pin'
					? 'pin_format'
					: field === 'idleSeconds'
						? 'idle_range'
						: field === 'channel'
							? 'unknown_channel'
							: field === 'branch'
								? 'unknown_branch'
								: 'bad_input';
		return { ok: false, error, values };
	}
	const settings = parsed.data;
	if (adding && settings.kind === 'kiosk' && !settings.pin)
		return { ok: false, error: 'pin_required', values };
	const places = await linkPlaces(store);
	// a new device without a channel takes its kind's (when the association has it), so that its
	// answers show under that channel in the dashboard's filters
	const kindChannel = defaultChannel[settings.kind];
	if (adding && !settings.channel && places.channels.some((c) => c.code === kindChannel))
		settings.channel = kindChannel;
	if (settings.channel && !places.channels.some((c) => c.code === settings.channel))
		return { ok: false, error: 'unknown_channel', values };
	if (settings.branch && !places.branches.some((b) => b.code === settings.branch))
		return { ok: false, error: 'unknown_branch', values };
	return { ok: true, settings };
}

/** The channel of each kind of device among the policy's channels (sql/schema/002_channels.sql). */
const defaultChannel = { kiosk: 'in_person', field: 'branch_rep' } as const;

/** What the audit log keeps of a device's settings: everything but the PIN (only whether one was set). */
function audited(settings: DeviceSettings) {
	const { pin, ...rest } = settings;
	return { ...rest, pinChanged: pin !== null };
}

/** Adds a device; its link's token, to be shown once. */
export async function addSurveyDevice(
	store: Store,
	surveyId: number,
	settings: DeviceSettings,
	by: Actor
): Promise<{ id: number; token: string }> {
	const created = await createDevice(store, surveyId, settings);
	await auditBy(store, by, 'survey.device_add', String(surveyId), {
		device: created.id,
		...audited(settings)
	});
	return created;
}

/** Changes a device's settings (its kind stays); false when it is no longer in use. */
export async function changeSurveyDevice(
	store: Store,
	surveyId: number,
	id: number,
	settings: DeviceSettings,
	by: Actor
): Promise<boolean> {
	const current = (await listDevices(store, surveyId)).find((d) => d.id === id);
	if (!current) return false;
	const kept = { ...settings, kind: current.kind };
	if (!(await updateDevice(store, surveyId, id, kept))) return false;
	await auditBy(store, by, 'survey.device_update', String(surveyId), {
		device: id,
		...audited(kept)
	});
	return true;
}

/** Revokes a device; false when it is no longer in use. */
export async function revokeSurveyDevice(
	store: Store,
	surveyId: number,
	id: number,
	by: Actor
): Promise<boolean> {
	if (!(await revokeDevice(store, surveyId, id))) return false;
	await auditBy(store, by, 'survey.device_revoke', String(surveyId), { device: id });
	return true;
}

/** A device id as posted, or null. */
export function deviceIdOf(form: FormData): number | null {
	const raw = text(form, 'id');
	return /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : null;
}

/** A device's link: /k/<token> for a kiosk, /f/<token> for a field phone. */
export function deviceLink(origin: string, kind: DeviceSettings['kind'], token: string): string {
	return `${origin}/${kind === 'kiosk' ? 'k' : 'f'}/${token}`;
}
