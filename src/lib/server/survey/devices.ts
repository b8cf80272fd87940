// Survey devices (migration 014): kiosks at reception and representatives' field phones. Each has
// a secret link token (kept as its SHA-256, like one-time links), a fixed channel and branch, and
// for a kiosk a PIN (argon2id) that staff type to leave kiosk mode or change its settings. A device
// sends many people's answers from one address: it has its own rate limit (allowDeviceAnswer)
// instead of the public per-address one, so its link is no way around that limit.
import type { DeviceKind, DeviceSettings } from '../../schemas/device';
import { parseBucketPolicy, TokenBuckets } from '../../domain/token-bucket';
import type { Store } from '../db';
import { hashPassword, verifyPassword } from '../passwords';
import { randomToken, tokenHash } from '../secret-token';
import { sql } from '../sql';

export interface Device {
	id: number;
	surveyId: number;
	kind: DeviceKind;
	name: string;
	channel: string | null;
	branch: string | null;
	idleSeconds: number;
}

export interface ListedDevice extends Omit<Device, 'surveyId'> {
	hasPin: boolean;
	createdAt: Date;
}

/** A device link's token: 32 lowercase base-32 characters (secret-token.ts). */
export function looksLikeDeviceToken(token: string): boolean {
	return /^[a-z2-7]{32}$/.test(token);
}

/** Adds a device to survey `surveyId`; its link's token, shown once (only its hash is kept). */
export async function createDevice(
	store: Store,
	surveyId: number,
	settings: DeviceSettings
): Promise<{ id: number; token: string }> {
	const token = randomToken();
	const row = await store.one<{ id: number }>(sql('devices/insert'), {
		survey_id: surveyId,
		kind: settings.kind,
		name: settings.name,
		channel: settings.channel,
		branch: settings.branch,
		token_hash: tokenHash(token),
		pin_hash: settings.pin ? await hashPassword(settings.pin) : null,
		idle_seconds: settings.idleSeconds
	});
	return { id: row!.id, token };
}

/** Changes a device's settings; the PIN only when a new one is given. False: no such device. */
export async function updateDevice(
	store: Store,
	surveyId: number,
	id: number,
	settings: DeviceSettings
): Promise<boolean> {
	const row = await store.one(sql('devices/update_settings'), {
		survey_id: surveyId,
		id,
		name: settings.name,
		channel: settings.channel,
		branch: settings.branch,
		idle_seconds: settings.idleSeconds,
		pin_hash: settings.pin ? await hashPassword(settings.pin) : null
	});
	return row !== undefined;
}

/** Takes a device out of use (its link stops working; its answers stay). False: no such device. */
export async function revokeDevice(store: Store, surveyId: number, id: number): Promise<boolean> {
	return (await store.one(sql('devices/revoke'), { survey_id: surveyId, id })) !== undefined;
}

export async function listDevices(store: Store, surveyId: number): Promise<ListedDevice[]> {
	const rows = await store.all<{
		id: number;
		kind: DeviceKind;
		name: string;
		channel: string | null;
		branch: string | null;
		has_pin: boolean;
		idle_seconds: number;
		created_at: Date;
	}>(sql('devices/list'), { survey_id: surveyId });
	return rows.map((r) => ({
		id: r.id,
		kind: r.kind,
		name: r.name,
		channel: r.channel,
		branch: r.branch,
		hasPin: r.has_pin,
		idleSeconds: r.idle_seconds,
		createdAt: r.created_at
	}));
}

/** The device in use behind a link's token, or null (malformed, unknown or revoked). */
export async function deviceByToken(
	store: Store,
	token: string
): Promise<(Device & { pinHash: string | null }) | null> {
	if (!looksLikeDeviceToken(token)) return null;
	const row = await store.one<{
		id: number;
		survey_id: number;
		kind: DeviceKind;
		name: string;
		channel: string | null;
		branch: string | null;
		pin_hash: string | null;
		idle_seconds: number;
	}>(sql('devices/by_token'), { token_hash: tokenHash(token) });
	if (!row) return null;
	return {
		id: row.id,
		surveyId: row.survey_id,
		kind: row.kind,
		name: row.name,
		channel: row.channel,
		branch: row.branch,
		idleSeconds: row.idle_seconds,
		pinHash: row.pin_hash
	};
}

/** Whether `pin` is the device's PIN (a device without one has no PIN to match). */
export async function devicePinMatches(
	device: { pinHash: string | null },
	pin: string
): Promise<boolean> {
	return device.pinHash !== null && verifyPassword(device.pinHash, pin);
}

let buckets: TokenBuckets | null | undefined;

/**
 * Whether device `id` may send another answer now: TAHSEEN_DEVICE_RATE_LIMIT, "BURST/PERMINUTE"
 * (default 200/30: a field phone's queue of a day's answers at once, then one every two seconds on
 * average, more than a reception desk sees), or 0 for no limit. Counted per device, not per address.
 */
export function allowDeviceAnswer(id: number, now = Date.now()): boolean {
	if (buckets === undefined) {
		const policy = parseBucketPolicy(process.env.TAHSEEN_DEVICE_RATE_LIMIT || '200/30');
		buckets = policy ? new TokenBuckets(policy) : null;
	}
	return buckets ? buckets.take(`device:${id}`, now) : true;
}
