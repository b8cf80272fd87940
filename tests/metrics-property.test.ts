// Property test: on random rows, settings and filters, the SQL path (through the roll-ups kept by
// onDataChanged, and straight from the raw rows) agrees with a plain-TypeScript reference.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../src/lib/server/db';
import {
	computeFigures,
	computeTrends,
	rebuildRollups,
	type Figures
} from '../src/lib/server/metrics';
import {
	referenceFigures,
	referenceTurnaround,
	type ReferenceFilter
} from './helpers/metrics-reference';
import {
	addRows,
	applySettings,
	metricsStore,
	policyChannels,
	type InteractionRow,
	type ResponseRow
} from './helpers/metrics-store';

const BASE = Date.parse('2026-02-20T00:00:00+03:00');
const DAY = 86_400_000;
const channels = ['phone', 'letter', 'website'];
const allChannels = policyChannels;

const instant = fc.oneof(
	fc.integer({ min: 0, max: 30 * 86_400 }).map((s) => s * 1000),
	fc.integer({ min: 0, max: 30 }).map((d) => d * DAY),
	fc.integer({ min: 1, max: 30 }).map((d) => d * DAY - 1)
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

const interactionArb = fc.record({
	channel: fc.constantFrom(...channels),
	type: fc.constantFrom('inquiry', 'support_request', 'support_request', 'complaint', 'suggestion'),
	at: instant,
	decidedAfter: maybe(
		fc.oneof(
			fc.integer({ min: 0, max: 25 * 86_400 }).map((s) => s * 1000),
			fc.integer({ min: 0, max: 25 }).map((d) => d * DAY)
		)
	),
	service: maybe(fc.constantFrom('s1', 's2')),
	branch: maybe(fc.constantFrom('b1', 'b2')),
	team: maybe(fc.constantFrom('t1', 't2'))
});
const responseArb = fc.record({
	channel: maybe(fc.constantFrom(...channels)),
	at: instant,
	link: maybe(fc.nat()),
	service: maybe(fc.constantFrom('s1', 's2')),
	branch: maybe(fc.constantFrom('b1', 'b2')),
	csat: maybe(fc.integer({ min: 1, max: 5 })),
	nps: maybe(fc.integer({ min: 0, max: 10 })),
	ces: maybe(fc.integer({ min: 1, max: 7 }))
});
const settingsArb = fc.record({
	reviewWindowDays: fc.integer({ min: 1, max: 20 }),
	windowCounting: fc.constantFrom('calendar' as const, 'working' as const),
	weekendDays: fc.constantFrom([5, 6], [6, 7], [] as number[]),
	holidays: fc.subarray(['2026-02-22', '2026-02-26', '2026-03-03', '2026-03-10']),
	minGroupSize: fc.integer({ min: 1, max: 6 })
});
/** undefined three times out of four: most runs filter on one dimension at most */
const sometimes = <T>(arb: fc.Arbitrary<T>) =>
	fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: arb, weight: 1 });
const isoDay = (offset: number) =>
	new Date(BASE + offset * DAY + 3 * 3_600_000).toISOString().slice(0, 10);
const filterArb = fc
	.record({
		start: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 29 })),
		length: fc.oneof(fc.constant(30), fc.integer({ min: 0, max: 29 })),
		channel: sometimes(fc.constantFrom('phone', 'letter')),
		type: sometimes(fc.constantFrom('support_request' as const, 'inquiry' as const)),
		service: sometimes(fc.constant('s1')),
		branch: sometimes(fc.constant('b2')),
		team: sometimes(fc.constant('t1')),
		// the clock: mostly after all the data (the period is over), sometimes inside it (running)
		now: sometimes(fc.integer({ min: 0, max: 40 * 86_400 }).map((s) => BASE + s * 1000))
	})
	.map(({ start, length, ...rest }) => {
		const f: ReferenceFilter = { from: isoDay(start), to: isoDay(Math.min(30, start + length)) };
		for (const [k, v] of Object.entries(rest)) if (v !== undefined) Object.assign(f, { [k]: v });
		return f;
	});

function close(actual: number | null, expected: number | null, label: string): void {
	if (expected === null || actual === null) {
		expect(actual, label).toBe(expected);
		return;
	}
	expect(Math.abs(actual - expected), label).toBeLessThanOrEqual(
		1e-9 * Math.max(1, Math.abs(expected))
	);
}

/** The turnaround figures each month of the trend carries (the period's figures have more). */
const bucketTurnaround = [
	'n_requests',
	'n_decided',
	'median_days',
	'p90_days',
	'decided_median_days',
	'within_window_pct',
	'n_window_closed',
	'still_within_window'
] as const;

function compare(actual: Figures, expected: ReturnType<typeof referenceFigures>): void {
	if (expected.refused) throw new Error('expected a refusal');
	expect(actual.interactions_total).toBe(expected.interactions_total);
	expect(actual.by_channel).toEqual(expected.by_channel);
	expect(actual.by_type).toEqual(expected.by_type);
	expect(actual.responses_total).toBe(expected.responses_total);
	// a score covers the anonymity blocks wholly inside the group (tests/anonymity-attack.test.ts):
	// where that is the whole group it is the reference's; a small group is never scored
	const min = actual.min_group_size;
	for (const m of ['csat', 'nps', 'ces'] as const) {
		const a = actual[m];
		expect(a.n, `${m}.n`).toBe(expected[m].n);
		if (a.n > 0 && a.n < min) expect(a.suppressed, `${m} of a small group`).toBe(true);
		expect(a.scored_n === 0 || a.scored_n >= min, `${m}.scored_n`).toBe(true);
		expect(a.suppressed, `${m}.suppressed`).toBe(a.n > 0 && a.scored_n === 0);
	}
	if (actual.csat.scored_n === actual.csat.n)
		for (const k of ['percent', 'ci_low', 'ci_high', 'mean'] as const)
			close(actual.csat[k], expected.csat[k], `csat.${k}`);
	if (actual.nps.scored_n === actual.nps.n)
		for (const k of ['score', 'ci_low', 'ci_high'] as const)
			close(actual.nps[k], expected.nps[k], `nps.${k}`);
	if (actual.ces.scored_n === actual.ces.n)
		for (const k of ['mean', 'ci_low', 'ci_high'] as const)
			close(actual.ces[k], expected.ces[k], `ces.${k}`);
	for (const k of [
		...bucketTurnaround,
		'within_window',
		'still_within_window_decided',
		'overdue_open'
	] as const)
		close(actual.turnaround[k], expected.turnaround[k], `turnaround.${k}`);
	expect(actual.turnaround.median_reached, 'median_reached').toBe(
		expected.turnaround.median_reached
	);
	expect(actual.turnaround.p90_reached, 'p90_reached').toBe(expected.turnaround.p90_reached);
	expect(Object.keys(actual.response_rate).sort()).toEqual(
		Object.keys(expected.response_rate).sort()
	);
	for (const [code, r] of Object.entries(expected.response_rate)) {
		close(actual.response_rate[code]!.ratio, r.ratio, `rate.${code}`);
		expect(actual.response_rate[code], `rate.${code}`).toEqual(r);
	}
	expect(actual.response_rate_overall, 'rate overall').toEqual(expected.response_rate_overall);
}

type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;
type Case = [
	ValueOf<typeof interactionArb>[],
	ValueOf<typeof responseArb>[],
	ValueOf<typeof settingsArb>,
	ValueOf<typeof filterArb>
];

/** Loads the rows in two batches, as two ingests would (each followed by onDataChanged). */
async function load(store: Store, [iRows, rRows, settings]: Case) {
	await store.run('delete from interaction');
	await store.run('delete from response');
	await applySettings(store, settings);
	await rebuildRollups(store);
	const interactions: InteractionRow[] = iRows.map((r, n) => ({
		id: `i${n}`,
		channel: r.channel,
		type: r.type,
		receivedAt: new Date(BASE + r.at),
		decidedAt: r.decidedAfter === null ? null : new Date(BASE + r.at + r.decidedAfter),
		service: r.service,
		branch: r.branch,
		team: r.team
	}));
	const responses: ResponseRow[] = rRows.map((r, n) => ({
		id: `r${n}`,
		submittedAt: new Date(BASE + r.at),
		channel: r.channel,
		service: r.service,
		branch: r.branch,
		interactionId:
			r.link === null || interactions.length === 0 ? null : `i${r.link % interactions.length}`,
		csat: r.csat,
		nps: r.nps,
		ces: r.ces
	}));
	// two batches, each followed by onDataChanged, as two ingests would
	const half = Math.floor(interactions.length / 2);
	const halfR = Math.floor(responses.length / 2);
	await addRows(store, interactions.slice(0, half), responses.slice(0, halfR));
	await addRows(store, interactions.slice(half), responses.slice(halfR));
	return { interactions, responses };
}

/** Compares both SQL paths to the reference. */
async function checkAgreement(store: Store, c: Case) {
	const [, , settings, filter] = c;
	const { interactions, responses } = await load(store, c);
	const expected = referenceFigures(
		interactions,
		responses,
		{ ...settings, activeChannels: allChannels },
		filter
	);
	const { now, ...metricsFilter } = filter;
	const options = { now: now === undefined ? undefined : new Date(now) };
	for (const source of ['rollup', 'raw'] as const) {
		compare(await computeFigures(store, metricsFilter, { ...options, source }), expected);
	}
}

/** Turnaround per month received, seen from the period's cut-off, backlog at each month's end. */
async function checkTrends(store: Store, c: Case) {
	const [, , settings, filter] = c;
	const { interactions, responses } = await load(store, c);
	const reference = { ...settings, activeChannels: allChannels };
	if (referenceFigures(interactions, responses, reference, filter).refused) return;
	const { now, ...metricsFilter } = filter;
	const clock = now ?? Date.now();
	const endOf = (day: string) => Date.parse(`${day}T00:00:00+03:00`) + DAY;
	const trends = await computeTrends(store, metricsFilter, { now: new Date(clock) });
	const cutoff = Math.min(endOf(filter.to), clock);
	for (const b of trends.buckets) {
		const bucket = { ...filter, from: b.from, to: b.to };
		const seen = referenceTurnaround(interactions, reference, { ...bucket, cutoff });
		const backlog = referenceTurnaround(interactions, reference, {
			...bucket,
			cutoff: Math.min(endOf(b.to), clock)
		});
		for (const k of bucketTurnaround) close(b.turnaround[k], seen[k], `${b.key} turnaround.${k}`);
		expect(b.turnaround.overdue_open, `${b.key} overdue_open`).toBe(backlog.overdue_open);
	}
}

describe('the metrics engine against a plain-TypeScript reference', () => {
	let store: Store;
	beforeAll(async () => {
		store = await metricsStore();
	});
	afterAll(() => store.close());

	/** `check` holds on `numRuns` random cases with 5–60 interactions and `responses` answers. */
	const holds = (
		check: (store: Store, c: Case) => Promise<void>,
		responses: { minLength: number; maxLength: number },
		numRuns: number
	) =>
		fc.assert(
			fc.asyncProperty(
				fc.array(interactionArb, { minLength: 5, maxLength: 60 }),
				fc.array(responseArb, responses),
				settingsArb,
				filterArb,
				async (...args) => check(store, args)
			),
			{ numRuns }
		);

	it('agrees on random data, settings and filters (roll-ups and raw rows)', async () => {
		await holds(checkAgreement, { minLength: 5, maxLength: 60 }, 100);
		// each run loads a store and reads both paths (about 0.4 s on an idle machine)
	}, 240_000);

	it('agrees on turnaround by month received, each month seen from the period cut-off', async () => {
		await holds(checkTrends, { minLength: 0, maxLength: 5 }, 40);
	}, 240_000);

	it('counts a turnaround of exactly the review window as within it (found by the property)', async () => {
		// received 1 ms before midnight, decided ten days later over a holiday: nine working days
		const request: Case[0][number] = {
			channel: 'phone',
			type: 'support_request',
			at: 10 * DAY - 1,
			decidedAfter: 10 * DAY,
			service: null,
			branch: 'b2',
			team: null
		};
		const other: Case[0][number] = {
			...request,
			type: 'inquiry',
			at: 0,
			decidedAfter: null,
			branch: null
		};
		const answer: Case[1][number] = {
			channel: null,
			at: 0,
			link: null,
			service: null,
			branch: null,
			csat: null,
			nps: null,
			ces: null
		};
		await checkAgreement(store, [
			[request, other, other, other, other],
			[answer, answer, answer, answer, answer],
			{
				reviewWindowDays: 9,
				windowCounting: 'working',
				weekendDays: [],
				holidays: ['2026-03-10'],
				minGroupSize: 1
			},
			{ from: '2026-02-20', to: '2026-03-22', branch: 'b2' }
		]);
		const figures = await computeFigures(store, {
			from: '2026-02-20',
			to: '2026-03-22',
			branch: 'b2'
		});
		expect(figures.turnaround.within_window_pct).toBe(100);
	});
});
