import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { maxId } from '$lib/schemas/common';
import { roles } from '$lib/roles';
import { createUserSchema } from '$lib/schemas/auth';
import { appStore } from '$lib/server/app-store';
import { actorOf, type Actor } from '$lib/server/audit';
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
import type { Actions, PageServerLoad, RequestEvent } from './$types';

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

type UserRow = NonNullable<Awaited<ReturnType<typeof getUser>>>;

/**
 * An action on the one user the form's `id` names: an unknown id (or, for `notSelf`, the admin's
 * own account) is refused and changes nothing; otherwise `run` does the change.
 */
async function onUser<T>(
	event: RequestEvent,
	run: (user: UserRow, actor: Actor, form: Record<string, FormDataEntryValue>) => Promise<T>,
	{ notSelf = false } = {}
) {
	const me = requireRole(event, admin);
	const form = Object.fromEntries(await event.request.formData());
	const parsed = idSchema.safeParse(form);
	const user = parsed.success ? await getUser(await appStore(), parsed.data.id) : null;
	if (!user) return fail(400, { error: 'invalid' as const });
	if (notSelf && user.id === me.id) return fail(400, { error: 'self' as const });
	return run(user, actorOf(me, event), form);
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

	role: (event) =>
		onUser(
			event,
			async (user, actor, form) => {
				const role = z.enum(roles).safeParse(form.role);
				if (!role.success) return fail(400, { error: 'invalid' as const });
				await changeRole(await appStore(), user.id, role.data, actor);
				return { done: 'updated' as const };
			},
			{ notSelf: true }
		),

	deactivate: (event) =>
		onUser(
			event,
			async (user, actor) => {
				await setActive(await appStore(), user.id, false, actor);
				return { done: 'updated' as const };
			},
			{ notSelf: true }
		),

	activate: (event) =>
		onUser(event, async (user, actor) => {
			await setActive(await appStore(), user.id, true, actor);
			return { done: 'updated' as const };
		}),

	reset: (event) =>
		onUser(event, async (user, actor) => {
			const password = await resetPassword(await appStore(), user.id, actor);
			return { done: 'reset' as const, email: user.email, password };
		})
};
