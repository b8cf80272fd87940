// Survey devices on a real store: a kiosk or field phone is found by its link's token until it is
// revoked, keeps only the token's hash and the PIN's argon2 hash, and has its own rate limit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../src/lib/server/db';
import { migrate } from '../src/lib/server/migrate';
import {
	allowDeviceAnswer,
	createDevice,
	deviceByToken,
	devicePinMatches,
	listDevices,
	revokeDevice,
	updateDevice
} from '../src/lib/server/survey/devices';
import { deviceSettingsSchema } from '../src/lib/schemas/device';
import { parseDeviceForm } from '../src/lib/server/survey/device-manage';

let store: Store;
beforeEach(async () => {
	store = await Store.open(':memory:');
	await migrate(store);
});
afterEach(() => store.close());

const kiosk = deviceSettingsSchema.parse({
	kind: 'kiosk',
	name: 'جهاز الاستقبال - حائل',
	channel: 'visit',
	branch: 'hail',
	idleSeconds: '90',
	pin: '٤٨١٥'
});

describe('survey devices', () => {
	it('finds a device by its token, and keeps neither the token nor the PIN in clear', async () => {
		const { id, token } = await createDevice(store, 7, kiosk);
		const found = await deviceByToken(store, token);
		expect(found).toMatchObject({
			id,
			surveyId: 7,
			kind: 'kiosk',
			name: 'جهاز الاستقبال - حائل',
			channel: 'visit',
			branch: 'hail',
			idleSeconds: 90
		});
		expect(await devicePinMatches(found!, '4815')).toBe(true);
		expect(await devicePinMatches(found!, '4816')).toBe(false);
		const stored = JSON.stringify(await store.all('select * from survey_device'));
		expect(stored).not.toContain(token);
		expect(stored).not.toContain('4815');
		expect(await deviceByToken(store, 'a'.repeat(32))).toBeNull();
		expect(await deviceByToken(store, `${token}'`)).toBeNull();
	});

	it('changes settings, keeps the PIN when none is given, and stops a revoked link', async () => {
		const { id, token } = await createDevice(store, 7, kiosk);
		expect(await updateDevice(store, 7, id, { ...kiosk, name: 'Tablet', pin: null })).toBe(true);
		expect(await updateDevice(store, 8, id, { ...kiosk, name: 'Other survey' })).toBe(false);
		const found = await deviceByToken(store, token);
		expect(found?.name).toBe('Tablet');
		expect(await devicePinMatches(found!, '4815')).toBe(true);
		expect((await listDevices(store, 7)).map((d) => [d.name, d.hasPin])).toEqual([
			['Tablet', true]
		]);
		expect(await revokeDevice(store, 7, id)).toBe(true);
		expect(await revokeDevice(store, 7, id)).toBe(false);
		expect(await deviceByToken(store, token)).toBeNull();
		expect(await listDevices(store, 7)).toEqual([]);
	});

	it('refuses a PIN that is not 4 to 8 digits and a name that is empty or too long', () => {
		for (const pin of ['123', '123456789', '12a4']) {
			expect(deviceSettingsSchema.safeParse({ ...kiosk, pin }).success).toBe(false);
		}
		for (const name of ['  ', 'x'.repeat(61)]) {
			expect(deviceSettingsSchema.safeParse({ ...kiosk, name }).success).toBe(false);
		}
	});

	it('limits each device by itself, not by its address', () => {
		const now = 1_000_000;
		let allowed = 0;
		for (let i = 0; i < 250; i++) if (allowDeviceAnswer(1, now)) allowed++;
		expect(allowed).toBe(200);
		expect(allowDeviceAnswer(2, now)).toBe(true);
		expect(allowDeviceAnswer(1, now + 2_000)).toBe(true);
	});

	it('gives a new device without a channel its kind’s channel, so its answers can be filtered', async () => {
		const form = (fields: Record<string, string>) => {
			const data = new FormData();
			for (const [k, v] of Object.entries(fields)) data.set(k, v);
			return data;
		};
		const base = { name: 'Device', channel: '', branch: '', idle_seconds: '', pin: '1234' };
		const channelOf = async (kind: string, adding: boolean, channel = '') => {
			const parsed = await parseDeviceForm(store, form({ ...base, kind, channel }), { adding });
			return parsed.ok ? parsed.settings.channel : parsed.error;
		};
		expect(await channelOf('kiosk', true)).toBe('in_person');
		expect(await channelOf('field', true)).toBe('branch_rep');
		expect(await channelOf('field', true, 'phone')).toBe('phone');
		// changing settings keeps what the manager chose, none included
		expect(await channelOf('field', false)).toBeNull();
	});
});
