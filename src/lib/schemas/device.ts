// A survey device's settings as a manager sets them on the survey's links page: a kiosk at
// reception or a representative's field phone (sql/schema/014_survey_device.sql).
import { z } from 'zod';
import { channelCode, segmentValue } from './metrics-filter';

export const deviceKinds = ['kiosk', 'field'] as const;
export type DeviceKind = (typeof deviceKinds)[number];

/** A kiosk's PIN: 4 to 8 digits (Latin or Arabic-Indic, stored as Latin). */
export const devicePin = z
	.string()
	.trim()
	.transform((pin) => pin.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)))
	.pipe(z.string().regex(/^\d{4,8}$/, 'pin_format'));

export const deviceSettingsSchema = z.object({
	kind: z.enum(deviceKinds),
	/** What staff call the device ("Reception tablet, Hail"), never a person's name. */
	name: z.string().trim().min(1, 'name_required').max(60, 'name_too_long'),
	channel: channelCode.nullable(),
	branch: segmentValue.max(200).nullable(),
	/** Seconds an untouched kiosk form waits before it is emptied for the next person. */
	idleSeconds: z.coerce.number().int().min(15).max(600).default(60),
	/** Required for a new kiosk; optional when changing settings (kept when left empty). */
	pin: devicePin.nullable()
});

export type DeviceSettings = z.infer<typeof deviceSettingsSchema>;
