// The dashboard's datasets on the demo association: no score of a group too small to be anonymous,
// Arrow round-trips, the overdue list agrees with the overdue count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arrowToRows } from '../src/lib/charts/arrow-rows';
import { resolvePreset } from '../src/lib/domain/period-presets';
import { parseDashboardFilter } from '../src/lib/schemas/dashboard-filter';
import { tableToArrow } from '../src/lib/server/dashboard/arrow';
import { buildDataset, datasetNames } from '../src/lib/server/dashboard/datasets';
import {
	metricsFilterOf,
	type DashboardContext
} from '../src/lib/server/dashboard/dataset-context';
import { tableToCsv } from '../src/lib/server/dashboard/tables';
import { Store } from '../src/lib/server/db';
import { seedDemo } from '../src/lib/server/demo/load';
import { computeFigures } from '../src/lib/server/metrics';
import { migrate } from '../src/lib/server/migrate';
import { getOrganisation } from '../src/lib/server/organisation';

const today = '2026-06-15';
let store: Store;
let ctx: DashboardContext;

beforeAll(async () => {
	store = await Store.open(':memory:');
	await migrate(store);
	await seedDemo(store, { asOf: today });
	ctx = {
		store,
		org: (await getOrganisation(store))!,
		prefs: { lang: 'ar', digits: 'arab', calendar: 'hijri' },
		today
	};
});
afterAll(() => store.close());

const filters = [
	'period=last-12-months',
	'period=this-month',
	'period=last-month&branch=al_hait',
	'period=this-month&channel=volunteering',
	'period=last-month&channel=letter&branch=mawqaq',
	'period=hijri-month&service=counselling&branch=ash_shinan'
];

/** Pairs of (answers column, score columns) a row must not show below the minimum group size. */
const scoreColumns: [string, string[]][] = [
	['csat_n', ['csat_percent', 'csat_ci_low', 'csat_ci_high']],
	['nps_n', ['nps_score', 'nps_ci_low', 'nps_ci_high']],
	['ces_n', ['ces_mean', 'ces_ci_low', 'ces_ci_high']],
	['n', ['percent', 'ci_low', 'ci_high']]
];

describe('dashboard datasets', () => {
	it.each(filters)('carry no score for a group under the minimum size (%s)', async (query) => {
		const filter = parseDashboardFilter(new URLSearchParams(query), today);
		let checked = 0;
		for (const name of datasetNames) {
			const table = await buildDataset(name, ctx, filter);
			for (const row of table.rows) {
				for (const [countColumn, scores] of scoreColumns) {
					const n = row[countColumn];
					if (typeof n !== 'number') continue;
					checked++;
					if (n > 0 && n < ctx.org.minGroupSize) {
						for (const score of scores)
							expect(row[score], `${name} ${row.key} ${score}`).toBeNull();
						expect(row.suppressed, `${name} ${row.key}`).toBe(true);
					}
				}
			}
		}
		expect(checked).toBeGreaterThan(0);
	});

	it.each(filters)(
		'carry no turnaround figure for a segment with fewer requests than the minimum (%s)',
		async (query) => {
			const filter = parseDashboardFilter(new URLSearchParams(query), today);
			for (const name of [
				'segments-channel',
				'segments-service',
				'segments-branch',
				'segments-team'
			] as const) {
				const table = await buildDataset(name, ctx, filter);
				for (const row of table.rows) {
					const n = row.n_requests as number;
					if (n > 0 && n < ctx.org.minGroupSize) {
						expect(row.turnaround_suppressed, `${name} ${row.key}`).toBe(true);
						for (const figure of [
							'median_days',
							'p90_days',
							'decided_median_days',
							'within_window_pct'
						])
							expect(row[figure], `${name} ${row.key} ${figure}`).toBeNull();
					}
				}
			}
		}
	);

	it('finds small groups in the demo, and hides their scores', async () => {
		const filter = parseDashboardFilter(new URLSearchParams('period=last-month'), today);
		const branches = await buildDataset('segments-branch', ctx, filter);
		const small = branches.rows.filter((r) => r.suppressed);
		expect(small.length).toBeGreaterThan(0);
	});

	it('never lists teams below the minimum size', async () => {
		const filter = parseDashboardFilter(
			new URLSearchParams('period=this-month&branch=al_hait'),
			today
		);
		const teams = await buildDataset('segments-team', ctx, filter);
		for (const row of teams.rows)
			expect(row.responses as number).toBeGreaterThanOrEqual(ctx.org.minGroupSize);
	});

	it('give response rates of answered interactions, never above 100%, unlinked answers apart', async () => {
		const filter = parseDashboardFilter(new URLSearchParams('period=last-12-months'), today);
		const table = await buildDataset('response-rate', ctx, filter);
		expect(table.columns.map((c) => c.name)).toEqual([
			'code',
			'name',
			'answered',
			'interactions',
			'ratio',
			'unlinked'
		]);
		const figures = await computeFigures(store, metricsFilterOf(filter));
		let answered = 0;
		let unlinked = 0;
		for (const row of table.rows) {
			const [a, n] = [row.answered as number, row.interactions as number];
			expect(a).toBeLessThanOrEqual(n);
			expect(row.ratio).toBe(n ? a / n : null);
			answered += a;
			unlinked += row.unlinked as number;
		}
		// the demo links about 70% of its answers to their interaction
		expect(answered).toBeGreaterThan(0);
		expect(unlinked).toBeGreaterThan(0);
		expect(figures.response_rate_overall.answered).toBe(answered);
		expect(figures.response_rate_overall.interactions).toBe(figures.interactions_total);
		expect(figures.response_rate_overall.unlinked).toBeGreaterThanOrEqual(unlinked);
	});

	it('round-trip through Apache Arrow unchanged', async () => {
		const filter = parseDashboardFilter(new URLSearchParams('period=last-12-months'), today);
		for (const name of ['csat-trend', 'segments-channel', 'response-rate'] as const) {
			const table = await buildDataset(name, ctx, filter);
			const rows = arrowToRows(tableToArrow(table));
			expect(rows).toHaveLength(table.rows.length);
			for (let i = 0; i < rows.length; i++) {
				for (const column of table.columns) {
					const expected = table.rows[i]![column.name] ?? null;
					if (typeof expected === 'number') expect(rows[i]![column.name]).toBeCloseTo(expected, 12);
					else expect(rows[i]![column.name]).toEqual(expected);
				}
			}
		}
	});

	it('list as many overdue requests as the overdue count says', async () => {
		const period = resolvePreset('last-12-months', today);
		const filter = parseDashboardFilter(new URLSearchParams('period=last-12-months'), today);
		const list = await buildDataset('overdue-requests', ctx, filter);
		const figures = await computeFigures(store, metricsFilterOf(filter));
		expect(filter.from).toBe(period.from);
		expect(list.rows.length).toBe(Math.min(500, figures.turnaround.overdue_open));
		for (const row of list.rows)
			expect(row.days_waiting as number).toBeGreaterThanOrEqual(ctx.org.reviewWindowDays);
	});

	it('write CSV that spreadsheets read as UTF-8 and never as formulas', () => {
		const csv = tableToCsv({
			columns: [
				{ name: 'name', type: 'string' },
				{ name: 'n', type: 'number' }
			],
			rows: [
				{ name: 'فرع "بقعاء", الشمال', n: 3 },
				{ name: '=HYPERLINK("x")', n: null }
			]
		});
		expect(csv).toBe('\uFEFFname,n\r\n"فرع ""بقعاء"", الشمال",3\r\n"\'=HYPERLINK(""x"")",\r\n');
	});
});
