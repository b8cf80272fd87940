import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { maxId } from '$lib/schemas/common';
import { roles } from '$lib/roles';
import { createUserSchema } from '$lib/schemas/auth';
import { appStore } from '$lib/server/app-store';
import { actorOf } from '$lib/server/audit';
import { requireRole } from '$lib/server/auth/guard';
import { randomPassword } from '$lib/server/passwords';
import {
	changeRole,
	createUser,
	emailTaken,
	getUser,
	listUsers,
	resetPassword,
	setActive
} from '$lib/server/users';
import type { Actions, PageServerLoad } from './$types';

const admin = ['admin'] as const;
const idSchema = z.object({ id: z.coerce.number().int().positive().max(maxId) });

export const load: PageServerLoad = async (event) => {
	requireRole(event, admin);
	const users = await listUsers(await appStore());
	return {
		users: users.map((u) => ({
			id: u.id,
			email: u.email,
			displayName: u.display_name,
			role: u.role,
			active: u.active,
			createdAt: u.created_at,
			lastSignInAt: u.last_sign_in_at
		}))
	};
};

async function target(form: Record<string, FormDataEntryValue>) {
	const parsed = idSchema.safeParse(form);
	if (!parsed.success) return null;
	return getUser(await appStore(), parsed.data.id);
}

export const actions: Actions = {
	create: async (event) => {
		const me = requireRole(event, admin);
		const form = Object.fromEntries(await event.request.formData());
		const parsed = createUserSchema.safeParse(form);
		const values = {
			email: String(form.email ?? ''),
			displayName: String(form.displayName ?? ''),
			role: String(form.role ?? 'manager')
		};
		if (!parsed.success) {
			return fail(400, {
				action: 'create',
				values,
				error: 'invalid' as const,
				fields: parsed.error.issues.map((i) => String(i.path[0]))
			});
		}
		const store = await appStore();
		if (await emailTaken(store, parsed.data.email)) {
			return fail(400, { action: 'create', values, error: 'exists' as const, fields: ['email'] });
		}
		const password = parsed.data.password || randomPassword();
		await createUser(
			store,
			{
				email: parsed.data.email,
				role: parsed.data.role,
				password,
				displayName: parsed.data.displayName
			},
			actorOf(me, event)
		);
		return {
			action: 'create',
			done: 'created' as const,
			email: parsed.data.email,
			password: parsed.data.password ? null : password
		};
	},

	role: async (event) => {
		const me = requireRole(event, admin);
		const form = Object.fromEntries(await event.request.formData());
		const user = await target(form);
		const role = z.enum(roles).safeParse(form.role);
		if (!user || !role.success) return fail(400, { error: 'invalid' as const });
		if (user.id === me.id) return fail(400, { error: 'self' as const });
		const store = await appStore();
		await changeRole(store, user.id, role.data, actorOf(me, event));
		return { done: 'updated' as const };
	},

	deactivate: async (event) => {
		const me = requireRole(event, admin);
		const user = await target(Object.fromEntries(await event.request.formData()));
		if (!user) return fail(400, { error: 'invalid' as const });
		if (user.id === me.id) return fail(400, { error: 'self' as const });
		const store = await appStore();
		await setActive(store, user.id, false, actorOf(me, event));
		return { done: 'updated' as const };
	},

	activate: async (event) => {
		const me = requireRole(event, admin);
		const user = await target(Object.fromEntries(await event.request.formData()));
		if (!user) return fail(400, { error: 'invalid' as const });
		const store = await appStore();
		await setActive(store, user.id, true, actorOf(me, event));
		return { done: 'updated' as const };
	},

	reset: async (event) => {
		const me = requireRole(event, admin);
		const user = await target(Object.fromEntries(await event.request.formData()));
		if (!user) return fail(400, { error: 'invalid' as const });
		const store = await appStore();
		const password = await resetPassword(store, user.id, actorOf(me, event));
		return { done: 'reset' as const, email: user.email, password };
	}
};
