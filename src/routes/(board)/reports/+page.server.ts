import { fail } from '@sveltejs/kit';
import { meetingSchema } from '$lib/schemas/report';
import { appStore } from '$lib/server/app-store';
import { actorOf } from '$lib/server/audit';
import { allRoles, requireRole, staffRoles } from '$lib/server/auth/guard';
import { reportPeriodOptions } from '$lib/server/reports/period-choices';
import { listIssued, recordMeeting } from '$lib/server/reports/snapshots';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, allRoles);
	const store = await appStore();
	const staff = user.role !== 'board';
	// board members see issued reports only; drafts are never listed here
	return {
		reports: await listIssued(store),
		staff,
		periods: staff ? await reportPeriodOptions(store, event.locals.prefs) : null
	};
};

export const actions: Actions = {
	meeting: async (event) => {
		const me = requireRole(event, staffRoles);
		const parsed = meetingSchema.safeParse(Object.fromEntries(await event.request.formData()));
		if (!parsed.success) return fail(400, { error: 'invalid' as const });
		const store = await appStore();
		const done = await recordMeeting(
			store,
			parsed.data.id,
			{ number: parsed.data.meetingNumber, date: parsed.data.meetingDate },
			actorOf(me, event)
		);
		if (!done) return fail(404, { error: 'invalid' as const });
		return { saved: true };
	}
};
