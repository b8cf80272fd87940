// Organisation settings and channel edits, as the admin forms send them.
import { z } from 'zod';
import { defaultPresetChoices } from '../domain/default-period';
import { isoDateSchema } from './common';

function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

const checkbox = z
	.union([z.literal('on'), z.literal('true'), z.literal('')])
	.optional()
	.transform((v) => v === 'on' || v === 'true');

export const settingsSchema = z.object({
	nameAr: z.string().trim().min(2).max(200),
	nameEn: z.string().trim().min(2).max(200),
	timeZone: z.string().trim().refine(isTimeZone, 'badZone'),
	reviewWindowDays: z.coerce.number().int().min(1).max(365),
	windowCounting: z.enum(['calendar', 'working']),
	weekendDays: z.array(z.coerce.number().int().min(1).max(7)).max(6),
	minGroupSize: z.coerce.number().int().min(1).max(1000),
	publicActionsPage: checkbox,
	/** the dashboard's default period; a form without it keeps the saved one */
	dashboardPeriod: z.enum(defaultPresetChoices).optional()
});

export const holidaySchema = z.object({
	day: isoDateSchema,
	nameAr: z.string().trim().max(120).default(''),
	nameEn: z.string().trim().max(120).default('')
});

export const channelSchema = z.object({
	code: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
	nameAr: z.string().trim().min(1).max(120),
	nameEn: z.string().trim().min(1).max(120),
	aliases: z
		.string()
		.max(2000)
		.default('')
		.transform((text) =>
			[
				...new Set(
					text
						.split(/[,،\n]/)
						.map((a) => a.trim())
						.filter(Boolean)
				)
			].slice(0, 50)
		),
	active: checkbox
});
