// A period beside the previous one and the same period a year before, with change labels.
import { figureChanges } from '../../domain/figure-changes';
import {
	parsePeriodKey,
	periodFromDates,
	previousPeriod,
	requireSupported,
	yearBefore,
	PeriodError,
	type Period
} from '../../domain/periods';
import type { Store } from '../db';
import { MetricsError } from './errors';
import { computeFigures } from './figures';
import type { Comparison, MetricsFilter } from './types';

/**
 * The period's figures beside the previous period and the same period a year before, with change
 * labels for CSAT % and within-window % (Fisher's exact test at 95%; `too_few` when a side is
 * under the minimum group). With `periodKey` (e.g. `2026-Q2`, `H1447-05`) the previous period is
 * the previous key; otherwise as many days just before. Filters other than the period come from
 * `filter`.
 */
export async function computeComparison(
	store: Store,
	filter: Omit<MetricsFilter, 'from' | 'to'> & { from?: string; to?: string },
	options: { periodKey?: string } = {}
): Promise<Comparison> {
	let period: Period;
	try {
		period = options.periodKey
			? requireSupported(parsePeriodKey(options.periodKey), options.periodKey)
			: periodFromDates(filter.from ?? '', filter.to ?? '');
	} catch (error) {
		if (error instanceof PeriodError)
			throw new MetricsError({ code: 'invalid_filter', problem: error.message, from: 'period' });
		throw error;
	}
	const prev = previousPeriod(period);
	const before = yearBefore(period);
	const [current, previous, yearBeforeFigures] = await Promise.all([
		computeFigures(store, { ...filter, from: period.from, to: period.to }),
		computeFigures(store, { ...filter, from: prev.from, to: prev.to }),
		computeFigures(store, { ...filter, from: before.from, to: before.to })
	]);
	return {
		current,
		previous,
		year_before: yearBeforeFigures,
		changes: {
			previous: figureChanges(previous, current),
			year_before: figureChanges(yearBeforeFigures, current)
		}
	};
}
