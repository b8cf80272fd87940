// The attacker test (docs/anonymity.md): collect every CSAT score a person can obtain for many
// filters and periods — through the functions that serve the dashboard's pages, charts, exports
// and the board reports (computeFigures, computeSegments, computeTrends) — and solve the linear
// system they form for any group of 1 … min−1 answers. It must find nothing.
//
// Each published score is an equation: the sum of the "satisfied" answers (csat 4–5) over the
// cells it covers equals percent × scored_n. The cells a score covers come from the engine
// (`explain`) and every equation is checked against the true data first, so the attacker works
// with exactly what each figure is. Unknowns are the cells (day × channel × service × branch).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../src/lib/server/db';
import { metricsStore } from './helpers/metrics-store';
import {
	MIN,
	branches,
	channels,
	services,
	teams,
	types,
	type Answer,
	type Cell,
	cellKey,
	type Equation,
	load,
	filters,
	groupCells,
	publishedEquations,
	solve,
	routes
} from './helpers/anonymity-attack';

describe('anonymity against an attacker who adds and subtracts every published score', () => {
	let store: Store;
	beforeAll(async () => {
		store = await metricsStore({ minGroupSize: MIN });
	});
	afterAll(() => store.close());

	it('the solver finds a small group when figures are published with a size threshold alone', () => {
		// a naive publisher: every group of at least MIN answers, straight from the data
		const answers = routes['inclusion–exclusion over two filters (website ∩ B2)']!;
		const equations: Equation[] = [];
		const cells = [...new Map(answers.map((a) => [cellKey(a), a as Cell])).values()];
		for (const f of filters()) {
			const group = groupCells(cells, '2026-01-01', '2026-01-31', f);
			const members = answers.filter((a) => group.some((c) => cellKey(c) === cellKey(a)));
			if (members.length < MIN) continue;
			equations.push({
				cells: new Set(group.map(cellKey)),
				value: members.filter((a) => a.csat >= 4).length,
				source: JSON.stringify(f)
			});
		}
		const breaches = solve(equations, answers, MIN);
		expect(breaches.map((b) => b.cells)).toContainEqual(['2026-01-12|website|S1|B2|null|null']);
	});

	for (const [route, answers] of Object.entries(routes)) {
		it(`publishes nothing that recovers a small group: ${route}`, async () => {
			await load(store, answers);
			const equations = await publishedEquations(store, answers);
			expect(equations.length).toBeGreaterThan(0);
			expect(solve(equations, answers, MIN)).toEqual([]);
		}, 120_000);
	}

	it('publishes nothing that recovers a small group, on random data', async () => {
		const day = fc.constantFrom(
			'2026-01-03',
			'2026-01-12',
			'2026-01-19',
			'2026-01-20',
			'2026-01-31',
			'2026-02-01',
			'2026-02-10',
			'2026-02-17',
			'2026-02-18',
			'2026-02-27'
		);
		const request = fc.option(
			fc.record({ type: fc.constantFrom(...types), team: fc.constantFrom(...teams) }),
			{ freq: 3 }
		);
		const answer = fc
			.record({
				day,
				channel: fc.constantFrom(...channels),
				service: fc.constantFrom(...services),
				branch: fc.constantFrom(...branches),
				request,
				csat: fc.integer({ min: 1, max: 5 })
			})
			.map(({ request, ...a }): Answer => ({
				...a,
				type: request?.type ?? null,
				team: request?.team ?? null
			}));
		await fc.assert(
			fc.asyncProperty(fc.array(answer, { minLength: 8, maxLength: 60 }), async (answers) => {
				await load(store, answers);
				const equations = await publishedEquations(store, answers);
				expect(solve(equations, answers, MIN)).toEqual([]);
			}),
			{ numRuns: Number(process.env.TAHSEEN_ANONYMITY_RUNS ?? 2), seed: 1447 }
		);
	}, 600_000);
});
