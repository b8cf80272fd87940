import { fail } from '@sveltejs/kit';
import { channelSchema } from '$lib/schemas/settings';
import { appStore } from '$lib/server/app-store';
import { actorOf } from '$lib/server/audit';
import { requireRole } from '$lib/server/auth/guard';
import { listChannels, saveChannel } from '$lib/server/settings';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, ['admin']);
	return { channels: await listChannels(await appStore()) };
};

export const actions: Actions = {
	save: async (event) => {
		const me = requireRole(event, ['admin']);
		const parsed = channelSchema.safeParse(Object.fromEntries(await event.request.formData()));
		if (!parsed.success) return fail(400, { error: 'invalid' as const });
		const store = await appStore();
		await saveChannel(store, parsed.data, actorOf(me, event));
		return { done: parsed.data.code };
	}
};
