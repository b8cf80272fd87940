import { error } from '@sveltejs/kit';
import { appStore } from '$lib/server/app-store';
import { getOrganisation } from '$lib/server/organisation';
import { getIssued, listIssued } from '$lib/server/reports/snapshots';
import type { PageServerLoad } from './$types';

/** Public "you said, we did": the improvement actions of the latest issued report, no figures. */
export const load: PageServerLoad = async ({ locals }) => {
	const store = await appStore();
	const org = await getOrganisation(store);
	if (!org?.publicActionsPage) error(404, { message: 'not published', lang: locals.prefs.lang });
	const reports = await listIssued(store);
	const latest = reports.find((r) => r.lang === locals.prefs.lang) ?? reports[0];
	const issued = latest ? await getIssued(store, latest.id) : undefined;
	return {
		periodLabel: issued?.content.meta.periodLabel ?? null,
		actions: (issued?.content.actions ?? []).map((a) => ({
			title: a.title,
			finding: a.finding,
			status: a.status
		}))
	};
};
