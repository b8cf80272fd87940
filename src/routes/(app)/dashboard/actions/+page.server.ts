import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { maxId } from '$lib/schemas/common';
import { improvementActionSchema } from '$lib/schemas/improvement-action';
import { actorOf } from '$lib/server/audit';
import { requireRole, staffRoles } from '$lib/server/auth/guard';
import { dashboardContext } from '$lib/server/dashboard/context';
import { filterOptions } from '$lib/server/dashboard/filter-options';
import { createActionBy, listActions, updateActionBy } from '$lib/server/improvement-actions';
import { appStore } from '$lib/server/app-store';
import { filterQuery } from '$lib/schemas/dashboard-filter';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, staffRoles);
	const { ctx, filter } = await dashboardContext(event.locals.prefs, event.url, event.cookies);
	return {
		queryString: filterQuery(filter.query),
		staff: true,
		options: await filterOptions(ctx),
		actions: await listActions(ctx.store)
	};
};

function fieldsOf(error: z.ZodError): string[] {
	return error.issues.map((i) => String(i.path[0]));
}

export const actions: Actions = {
	create: async (event) => {
		const me = requireRole(event, staffRoles);
		const form = Object.fromEntries(await event.request.formData());
		const parsed = improvementActionSchema.safeParse(form);
		if (!parsed.success)
			return fail(400, {
				action: 'create',
				fields: fieldsOf(parsed.error),
				values: form as Record<string, string>
			});
		const id = await createActionBy(await appStore(), parsed.data, actorOf(me, event));
		return { action: 'create', done: id };
	},
	update: async (event) => {
		const me = requireRole(event, staffRoles);
		const form = Object.fromEntries(await event.request.formData());
		const id = z.coerce.number().int().positive().max(maxId).safeParse(form.id);
		const parsed = improvementActionSchema.safeParse(form);
		if (!id.success || !parsed.success) {
			return fail(400, {
				action: 'update',
				fields: parsed.success ? ['id'] : fieldsOf(parsed.error),
				values: form as Record<string, string>
			});
		}
		const updated = await updateActionBy(
			await appStore(),
			id.data,
			parsed.data,
			actorOf(me, event)
		);
		if (!updated)
			return fail(404, {
				action: 'update',
				fields: ['id'],
				values: form as Record<string, string>
			});
		return { action: 'update', done: id.data };
	}
};
