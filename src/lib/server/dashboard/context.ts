// What every dashboard page and endpoint starts from: the store, settings, today, the filter.
import { error, type Cookies } from '@sveltejs/kit';
import { namesPeriod, rememberPeriod, withDefaultPeriod } from '../../domain/default-period';
import { isoDateIn } from '../../domain/zoned-time';
import type { Preferences } from '../../i18n/preferences';
import { parseDashboardFilter, type DashboardFilter } from '../../schemas/dashboard-filter';
import { appStore } from '../app-store';
import { getOrganisation } from '../organisation';
import type { DashboardContext } from './dataset-context';

/** The cookie that keeps a person's last chosen period (the dashboard opens on it). */
export const periodCookie = 'dashboard-period';
const oneYear = 60 * 60 * 24 * 365;

/**
 * The request's context and filter. A URL without a period gets the remembered one or the
 * association's default (the last complete month unless its settings choose another preset); pages pass their cookies, so a valid period chosen in the URL is remembered.
 */
export async function dashboardContext(
	prefs: Preferences,
	url: URL,
	cookies?: Cookies
): Promise<{ ctx: DashboardContext; filter: DashboardFilter }> {
	const store = await appStore();
	const org = await getOrganisation(store);
	if (!org) error(503, { message: 'The association has not been set up yet.', lang: prefs.lang });
	const today = isoDateIn(new Date(), org.timeZone);
	const params = withDefaultPeriod(
		url.searchParams,
		cookies?.get(periodCookie),
		org.dashboardPeriod
	);
	const filter = parseDashboardFilter(params, today);
	const periodValid = !filter.invalid.some((f) => f === 'period' || f === 'from' || f === 'to');
	if (cookies && namesPeriod(url.searchParams) && periodValid) {
		cookies.set(periodCookie, rememberPeriod(filter.query), {
			path: '/',
			maxAge: oneYear,
			httpOnly: true,
			sameSite: 'lax'
		});
	}
	return { ctx: { store, org, prefs, today }, filter };
}
