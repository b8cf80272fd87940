// Admin edits of the organisation's settings, holidays and channels.
import type { z } from 'zod';
import { defaultPreset } from '../domain/default-period';
import type { channelSchema, holidaySchema, settingsSchema } from '../schemas/settings';
import { auditBy, type Actor } from './audit';
import type { SqlParams, Store } from './db';
import { getOrganisation } from './organisation';
import { sql } from './sql';

/** Every write here changes figures (a new generation for the caches); `by` is audited with it. */
export async function saveSettings(
	store: Store,
	s: z.infer<typeof settingsSchema>,
	by?: Actor
): Promise<void> {
	await store.transaction(async (tx) => {
		const before = await getOrganisation(tx);
		// a form without the dashboard's default period keeps the saved one
		const dashboardPeriod = s.dashboardPeriod ?? before?.dashboardPeriod ?? defaultPreset;
		await tx.run(sql('organisation/update'), {
			name_ar: s.nameAr,
			name_en: s.nameEn,
			time_zone: s.timeZone,
			review_window_days: s.reviewWindowDays,
			window_counting: s.windowCounting,
			weekend_days: [...new Set(s.weekendDays)].sort(),
			min_group_size: s.minGroupSize,
			public_actions_page: s.publicActionsPage,
			dashboard_period: dashboardPeriod
		});
		await auditBy(tx, by, 'settings.update', 'organisation', { before, after: s });
	});
}

export async function listHolidays(store: Store) {
	const rows = await store.all<{ day: Date; name_ar: string | null; name_en: string | null }>(
		sql('organisation/holidays')
	);
	return rows.map((r) => ({
		day: r.day.toISOString().slice(0, 10),
		nameAr: r.name_ar,
		nameEn: r.name_en
	}));
}

/** One write of sql/`query` and, when `by` is given, its audit row, in one transaction. */
async function writeAudited(
	store: Store,
	query: string,
	params: SqlParams,
	audit: { by: Actor | undefined; action: string; target: string; detail?: unknown }
): Promise<void> {
	await store.transaction(async (tx) => {
		await tx.run(sql(query), params);
		await auditBy(tx, audit.by, audit.action, audit.target, audit.detail);
	});
}

export async function addHoliday(
	store: Store,
	h: z.infer<typeof holidaySchema>,
	by?: Actor
): Promise<void> {
	const params = { day: h.day, name_ar: h.nameAr || null, name_en: h.nameEn || null };
	await writeAudited(store, 'organisation/holiday_add', params, {
		by,
		action: 'settings.holiday_add',
		target: h.day
	});
}

export async function removeHoliday(store: Store, day: string, by?: Actor): Promise<void> {
	await writeAudited(
		store,
		'organisation/holiday_remove',
		{ day },
		{
			by,
			action: 'settings.holiday_remove',
			target: day
		}
	);
}

export async function listChannels(store: Store) {
	const rows = await store.all<{
		code: string;
		name_ar: string;
		name_en: string;
		aliases: string[];
		active: boolean;
	}>(sql('channels/list'));
	return rows.map((r) => ({
		code: r.code,
		nameAr: r.name_ar,
		nameEn: r.name_en,
		aliases: r.aliases,
		active: r.active
	}));
}

export async function saveChannel(
	store: Store,
	c: z.infer<typeof channelSchema>,
	by?: Actor
): Promise<void> {
	const params = {
		code: c.code,
		name_ar: c.nameAr,
		name_en: c.nameEn,
		aliases: c.aliases,
		active: c.active
	};
	await writeAudited(store, 'channels/update', params, {
		by,
		action: 'settings.channel',
		target: c.code,
		detail: c
	});
}
