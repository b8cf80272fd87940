// What every dashboard page and endpoint starts from: the store, settings, today, the filter.
import { error } from '@sveltejs/kit';
import { isoDateIn } from '../../domain/zoned-time';
import type { Preferences } from '../../i18n/preferences';
import { parseDashboardFilter, type DashboardFilter } from '../../schemas/dashboard-filter';
import { appStore } from '../app-store';
import { getOrganisation } from '../organisation';
import type { DashboardContext } from './dataset-context';

export async function dashboardContext(
	prefs: Preferences,
	url: URL
): Promise<{ ctx: DashboardContext; filter: DashboardFilter }> {
	const store = await appStore();
	const org = await getOrganisation(store);
	if (!org) error(503, { message: 'The association has not been set up yet.', lang: prefs.lang });
	const today = isoDateIn(new Date(), org.timeZone);
	return {
		ctx: { store, org, prefs, today },
		filter: parseDashboardFilter(url.searchParams, today)
	};
}
