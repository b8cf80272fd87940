// Every figure of one period and filter (the dashboard's cards, the report's headline, the CLI):
// volumes by channel and type, CSAT, NPS and CES over whole anonymity blocks, turnaround with open
// requests counted, and the response rate.
import { addMeasures, emptyMeasures } from '../../domain/answer-counts';
import { responseRate, type ResponseRate } from '../../domain/group-scores';
import type { Store } from '../db';
import {
	loadContext,
	parameters,
	parseMetricsFilter,
	periodOf,
	run,
	shownChannels,
	type ComputeOptions,
	type Context
} from './context';
import { blocksFor, blocksNeeded, groupDims, scoresOf } from './scoring';
import { interactionsQuery, needsLink, responsesQuery } from './sources';
import { cutoffOf, turnaroundFor } from './turnaround';
import {
	interactionTypes,
	type Figures,
	type InteractionType,
	type Metrics,
	type MetricsFilter
} from './types';
import type { AnswerMeasures } from '../../domain/answer-counts';

const filterDimensions = ['channel', 'type', 'service', 'branch', 'team'] as const;

type InteractionRow = {
	channel: string;
	type: InteractionType;
	interactions: number;
	answered: number;
};
type ResponseRow = AnswerMeasures & { channel: string | null };

/**
 * Every figure of a period and filter: scores over the anonymity blocks inside the group, counts
 * kept. Throws MetricsError for an invalid filter or an unknown channel.
 */
export async function computeFigures(
	store: Store,
	input: MetricsFilter,
	options: ComputeOptions = {}
): Promise<Figures> {
	const filter = parseMetricsFilter(input);
	const ctx = await loadContext(store, filter);
	return figuresIn(ctx, filter, options);
}

/** The figures of the contract (the CLI's --json output) for a period and filter. */
export async function computeMetrics(
	store: Store,
	filter: MetricsFilter,
	options: ComputeOptions = {}
): Promise<Metrics> {
	return toMetrics(await computeFigures(store, filter, options));
}

async function figuresIn(
	ctx: Context,
	filter: MetricsFilter,
	options: ComputeOptions
): Promise<Figures> {
	const source = options.source ?? 'rollup';
	const params = parameters(ctx.org, filter);
	const [interactionRows, responseRows, turnaround, blocks] = await Promise.all([
		run<InteractionRow>(ctx.store, interactionsQuery(filter, source), params),
		run<ResponseRow>(ctx.store, responsesQuery(filter, source), params),
		turnaroundFor(ctx.store, ctx.org, filter, {
			cutoff: cutoffOf(params.end as Date, options.now ?? new Date()),
			source
		}),
		blocksFor(ctx, filter, blocksNeeded(filter, needsLink(filter)))
	]);
	const sums = responseRows.reduce(addMeasures, emptyMeasures());
	const volumes = tallyInteractions(shownChannels(ctx, filter), interactionRows, responseRows);
	return {
		period: periodOf(ctx.org, filter),
		filter: withoutPeriod(filter),
		min_group_size: ctx.org.minGroupSize,
		interactions_total: volumes.total,
		by_channel: volumes.byChannel,
		by_type: volumes.byType,
		responses_total: sums.responses,
		...scoresOf(sums, blocks, groupDims(filter), filter, options.explain),
		turnaround,
		response_rate: volumes.rates,
		response_rate_overall: responseRate(
			volumes.answered,
			volumes.total,
			sums.responses - sums.linked
		)
	};
}

/**
 * Interactions by channel (every shown channel, 0 when none) and type, and the response rate per
 * channel: answered interactions ÷ interactions, with the channel's unlinked answers apart.
 */
function tallyInteractions(
	channels: string[],
	interactionRows: InteractionRow[],
	responseRows: ResponseRow[]
) {
	const byChannel: Record<string, number> = Object.fromEntries(channels.map((c) => [c, 0]));
	const byType = Object.fromEntries(interactionTypes.map((t) => [t, 0])) as Record<
		InteractionType,
		number
	>;
	const answeredBy: Record<string, number> = {};
	const unlinkedBy: Record<string, number> = {};
	let total = 0;
	let answered = 0;
	for (const row of interactionRows) {
		const n = Number(row.interactions);
		total += n;
		answered += Number(row.answered);
		byChannel[row.channel] = (byChannel[row.channel] ?? 0) + n;
		byType[row.type] = (byType[row.type] ?? 0) + n;
		answeredBy[row.channel] = (answeredBy[row.channel] ?? 0) + Number(row.answered);
	}
	for (const row of responseRows) {
		if (row.channel === null) continue;
		const unlinked = Number(row.responses) - Number(row.linked);
		unlinkedBy[row.channel] = (unlinkedBy[row.channel] ?? 0) + unlinked;
	}
	const rates: Record<string, ResponseRate> = {};
	for (const code of Object.keys(byChannel)) {
		rates[code] = responseRate(answeredBy[code] ?? 0, byChannel[code]!, unlinkedBy[code] ?? 0);
	}
	return { total, answered, byChannel, byType, rates };
}

function withoutPeriod(filter: MetricsFilter): Figures['filter'] {
	const rest: Figures['filter'] = {};
	for (const dim of filterDimensions)
		if (filter[dim] !== undefined) Object.assign(rest, { [dim]: filter[dim] });
	return rest;
}

/** The contract shape of the issue, from richer figures. */
export function toMetrics(f: Figures): Metrics {
	return {
		period: {
			from: f.period.from,
			to: f.period.to,
			zone: f.period.zone,
			review_window_days: f.period.review_window_days
		},
		interactions_total: f.interactions_total,
		by_channel: f.by_channel,
		csat: {
			n: f.csat.n,
			percent: f.csat.percent,
			ci_low: f.csat.ci_low,
			ci_high: f.csat.ci_high,
			mean: f.csat.mean
		},
		nps: { n: f.nps.n, score: f.nps.score, ci_low: f.nps.ci_low, ci_high: f.nps.ci_high },
		ces: { n: f.ces.n, mean: f.ces.mean },
		turnaround: {
			n_decided: f.turnaround.n_decided,
			median_days: f.turnaround.median_days,
			p90_days: f.turnaround.p90_days,
			within_window_pct: f.turnaround.within_window_pct,
			overdue_open: f.turnaround.overdue_open
		},
		response_rate: Object.fromEntries(
			Object.entries(f.response_rate).map(([code, r]) => [code, r.ratio])
		)
	};
}
