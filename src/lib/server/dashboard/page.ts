// What the filtered dashboard pages load beside their own figures: the filter bar (the filter, its
// query string for links, the choices), download links under the filter, and a filter the metrics
// engine refuses shown as the page's message instead of its figures.
import { metricsErrorText } from '../../i18n/metrics-messages';
import { filterQuery, type DashboardFilter } from '../../schemas/dashboard-filter';
import { MetricsError } from '../metrics';
import type { DashboardContext } from './dataset-context';
import { filterOptions } from './filter-options';

export async function filterBar(ctx: DashboardContext, filter: DashboardFilter) {
	return {
		filter: {
			query: filter.query,
			from: filter.from,
			to: filter.to,
			invalid: filter.invalid,
			defaultPeriod: ctx.org.dashboardPeriod
		},
		queryString: filterQuery(filter.query),
		options: await filterOptions(ctx)
	};
}

/** The CSV and XLSX downloads of a dataset under the page's filter (its query string). */
export function downloadUrls(dataset: string, queryString: string) {
	const join = queryString ? '&' : '?';
	return {
		csv: `/api/dashboard/${dataset}${queryString}${join}format=csv`,
		xlsx: `/api/dashboard/${dataset}${queryString}${join}format=xlsx`
	};
}

/**
 * The page's figures with `error: null`, or, where the metrics engine refuses the filter, `empty`
 * with the reason in the person's language. Other errors are thrown on.
 */
export async function figuresOrError<T extends object, E extends object>(
	ctx: DashboardContext,
	figures: () => Promise<T>,
	empty: E
): Promise<(T & { error: null }) | (E & { error: string })> {
	try {
		return { ...(await figures()), error: null };
	} catch (e) {
		if (e instanceof MetricsError) {
			return { ...empty, error: metricsErrorText(e.detail, ctx.prefs.lang) };
		}
		throw e;
	}
}
