import { fail } from '@sveltejs/kit';
import { holidaySchema, settingsSchema } from '$lib/schemas/settings';
import { appStore } from '$lib/server/app-store';
import { actorOf } from '$lib/server/audit';
import { requireRole } from '$lib/server/auth/guard';
import { getLogo } from '$lib/server/logo';
import { getOrganisation } from '$lib/server/organisation';
import { addHoliday, listHolidays, removeHoliday, saveSettings } from '$lib/server/settings';
import type { Actions, PageServerLoad } from './$types';

const admin = ['admin'] as const;

export const load: PageServerLoad = async (event) => {
	requireRole(event, admin);
	const store = await appStore();
	return {
		settings: (await getOrganisation(store))!,
		holidays: await listHolidays(store),
		hasLogo: (await getLogo(store)) !== null
	};
};

export const actions: Actions = {
	save: async (event) => {
		const me = requireRole(event, admin);
		const data = await event.request.formData();
		const input = { ...Object.fromEntries(data), weekendDays: data.getAll('weekendDays') };
		const parsed = settingsSchema.safeParse(input);
		if (!parsed.success) {
			return fail(400, {
				action: 'save',
				error: 'invalid' as const,
				fields: parsed.error.issues.map((i) => String(i.path[0]))
			});
		}
		const store = await appStore();
		await saveSettings(store, parsed.data, actorOf(me, event));
		return { action: 'save', done: true };
	},

	addHoliday: async (event) => {
		const me = requireRole(event, admin);
		const parsed = holidaySchema.safeParse(Object.fromEntries(await event.request.formData()));
		if (!parsed.success)
			return fail(400, { action: 'holiday', error: 'invalid' as const, fields: ['day'] });
		const store = await appStore();
		await addHoliday(store, parsed.data, actorOf(me, event));
		return { action: 'holiday', done: true };
	},

	removeHoliday: async (event) => {
		const me = requireRole(event, admin);
		const parsed = holidaySchema
			.pick({ day: true })
			.safeParse(Object.fromEntries(await event.request.formData()));
		if (!parsed.success)
			return fail(400, { action: 'holiday', error: 'invalid' as const, fields: ['day'] });
		const store = await appStore();
		await removeHoliday(store, parsed.data.day, actorOf(me, event));
		return { action: 'holiday', done: true };
	}
};
