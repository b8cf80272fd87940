// The attacker of tests/anonymity-attack.test.ts: the data model, the equations every published
// score forms, and the solver that looks for a group below the minimum in them.
import { expect } from 'vitest';
import { parsePeriodKey } from '../../src/lib/domain/periods';
import type { Store } from '../../src/lib/server/db';
import {
	computeFigures,
	computeSegments,
	computeTrends,
	rebuildRollups,
	type CsatFigures,
	type MetricsFilter
} from '../../src/lib/server/metrics';
import { addRows, riyadh, type InteractionRow, type ResponseRow } from './metrics-store';

export const MIN = 5;
export const channels = ['phone', 'website', 'letter'] as const;
export const services = ['S1', 'S2', 'S3'] as const;
export const branches = ['B1', 'B2'] as const;
export const types = ['inquiry', 'complaint'] as const;
export const teams = ['T1', 'T2'] as const;
/** the dimensions of a group, in the order of a coverage path; type and team are the request's */
export const dims = ['channel', 'service', 'branch', 'type', 'team'] as const;
export type Dim = (typeof dims)[number];

export interface Answer {
	day: string;
	channel: string;
	service: string;
	branch: string;
	/** the linked request's type and team; null for an answer not linked to a request */
	type: string | null;
	team: string | null;
	csat: number;
}

export type Cell = { day: string } & Record<Dim, string | null>;
export const cellKey = (c: Cell) => dims.reduce((key, d) => `${key}|${c[d]}`, c.day);

export interface Equation {
	/** cell key → 1 */
	cells: Set<string>;
	value: number;
	source: string;
}

/** Answers that go into a store, as the public survey or an ingest would write them. */
export async function load(store: Store, answers: Answer[]): Promise<void> {
	await store.run('delete from response');
	await store.run('delete from interaction');
	await rebuildRollups(store);
	const requests: InteractionRow[] = [];
	const rows: ResponseRow[] = answers.map((a, i) => {
		if (a.type !== null) {
			requests.push({
				id: `i${i}`,
				channel: a.channel,
				type: a.type as InteractionRow['type'],
				receivedAt: riyadh(`${a.day}T08:00:00`),
				service: a.service,
				branch: a.branch,
				team: a.team
			});
		}
		return {
			id: `r${i}`,
			submittedAt: riyadh(`${a.day}T10:00:00`),
			channel: a.channel,
			service: a.service,
			branch: a.branch,
			interactionId: a.type === null ? null : `i${i}`,
			csat: a.csat
		};
	});
	await addRows(store, requests, rows);
}

export const periods = [
	{ from: '2026-01-01', to: '2026-01-31' },
	{ from: '2026-02-01', to: '2026-02-28' },
	{ from: '2026-01-01', to: '2026-02-28' },
	{ from: '2026-01-01', to: '2026-02-01' },
	{ from: '2026-01-10', to: '2026-02-20' },
	parsePeriodKey('H1447-08')
].map(({ from, to }) => ({ from, to }));

export const values: Record<Dim, readonly string[]> = {
	channel: channels,
	service: services,
	branch: branches,
	type: types,
	team: teams
};

export function filters(): Partial<Record<Dim, string>>[] {
	const out: Partial<Record<Dim, string>>[] = [{}];
	for (const d of dims) for (const v of values[d]) out.push({ [d]: v });
	for (const c of values.channel)
		for (const b of values.branch) out.push({ channel: c, branch: b });
	out.push(
		{ channel: 'phone', service: 'S3' },
		{ service: 'S3', branch: 'B2' },
		{ channel: 'phone', team: 'T1' },
		{ type: 'complaint', branch: 'B1' }
	);
	return out;
}

/** The cells a figure describes: the filter (and segment) over the period's days. */
export function groupCells(
	cells: Cell[],
	from: string,
	to: string,
	group: Partial<Record<Dim, string | null>>
) {
	return cells.filter(
		(c) =>
			c.day >= from && c.day <= to && dims.every((d) => group[d] === undefined || c[d] === group[d])
	);
}

/** The cells a score covers: the engine's `coverage` when given, else the whole group. */
export function coveredCells(
	cells: Cell[],
	score: CsatFigures,
	group: { from: string; to: string; dims: Partial<Record<Dim, string | null>> }
): Cell[] {
	if (!score.coverage) return groupCells(cells, group.from, group.to, group.dims);
	const out = new Map<string, Cell>();
	for (const cover of score.coverage) {
		for (const c of cells) {
			if (c.day < cover.from || c.day > cover.to) continue;
			if (!cover.path.every((v, i) => v === c[dims[i]!])) continue;
			out.set(cellKey(c), c);
		}
	}
	return [...out.values()];
}

/** Every published CSAT score for the periods and filters, as checked equations. */
export async function publishedEquations(store: Store, answers: Answer[]): Promise<Equation[]> {
	const cells = new Map<string, Cell>();
	for (const a of answers) cells.set(cellKey(a), a);
	const allCells = [...cells.values()];
	const positive = new Map<string, number>();
	for (const a of answers)
		positive.set(cellKey(a), (positive.get(cellKey(a)) ?? 0) + (a.csat >= 4 ? 1 : 0));
	const equations: Equation[] = [];
	const record = (
		score: CsatFigures,
		group: { from: string; to: string; dims: Partial<Record<Dim, string | null>> },
		source: string
	) => {
		if (score.percent === null) return;
		const n = score.scored_n ?? score.n;
		const value = Math.round((score.percent * n) / 100);
		const covered = coveredCells(allCells, score, group);
		const truth = covered.reduce((s, c) => s + positive.get(cellKey(c))!, 0);
		const count = answers.filter((a) => covered.some((c) => cellKey(c) === cellKey(a))).length;
		// the figure is exactly what its coverage says
		expect(value, `${source}: satisfied answers`).toBe(truth);
		expect(count, `${source}: answers behind the score`).toBe(n);
		equations.push({ cells: new Set(covered.map(cellKey)), value, source });
	};
	for (const period of periods) {
		for (const f of filters()) {
			const filter = { ...period, ...f } as MetricsFilter;
			const label = JSON.stringify(filter);
			const figures = await computeFigures(store, filter, { explain: true });
			record(figures.csat, { ...period, dims: f }, `figures ${label}`);
			const segments = await computeSegments(store, filter, { explain: true });
			for (const d of ['channel', 'service', 'branch', 'team'] as const) {
				for (const s of segments.dimensions[d]) {
					record(
						s.csat,
						{ ...period, dims: { ...f, [d]: s.key } },
						`segment ${d}=${s.key} ${label}`
					);
				}
			}
		}
	}
	const whole = { from: '2026-01-01', to: '2026-02-28' };
	for (const f of filters()) {
		for (const calendar of ['gregory', 'hijri'] as const) {
			const trend = await computeTrends(store, { ...whole, ...f } as MetricsFilter, {
				calendar,
				explain: true
			});
			for (const b of trend.buckets) {
				record(b.csat, { from: b.from, to: b.to, dims: f }, `trend ${b.key} ${JSON.stringify(f)}`);
			}
		}
	}
	return equations;
}

export interface Breach {
	cells: string[];
	answers: number;
}

/**
 * Groups of 1 … min−1 answers whose sum the equations determine: every group a filter can
 * describe (each dimension any value, one value or all but one, over any run of days), and, when
 * the system is small enough, every 0/1 combination of cells at all.
 */
export function solve(equations: Equation[], answers: Answer[], min: number): Breach[] {
	const weight = new Map<string, number>();
	const cellOf = new Map<string, Cell>();
	for (const a of answers) {
		weight.set(cellKey(a), (weight.get(cellKey(a)) ?? 0) + 1);
		cellOf.set(cellKey(a), a);
	}
	const keys = [...weight.keys()].sort();
	const index = new Map(keys.map((k, i) => [k, i]));
	const width = keys.length;
	// reduced row echelon form of the equations' cell vectors
	const rows: number[][] = [];
	const pivots: number[] = [];
	for (const e of equations) {
		const v = new Array<number>(width).fill(0);
		for (const k of e.cells) v[index.get(k)!] = 1;
		for (let r = 0; r < rows.length; r++) {
			const f = v[pivots[r]!]!;
			if (Math.abs(f) > 1e-12) for (let j = 0; j < width; j++) v[j]! -= f * rows[r]![j]!;
		}
		let p = -1;
		let best = 1e-9;
		for (let j = 0; j < width; j++)
			if (Math.abs(v[j]!) > best) {
				best = Math.abs(v[j]!);
				p = j;
			}
		if (p < 0) continue;
		const scale = v[p]!;
		for (let j = 0; j < width; j++) v[j]! /= scale;
		for (const row of rows) {
			const f = row[p]!;
			if (Math.abs(f) > 1e-12) for (let j = 0; j < width; j++) row[j]! -= f * v[j]!;
		}
		rows.push(v);
		pivots.push(p);
	}
	const inSpan = (target: number[]) => {
		// with a reduced basis, the only candidate combination takes the target's pivot values
		const v = target.slice();
		for (let r = 0; r < rows.length; r++) {
			const f = target[pivots[r]!]!;
			if (f !== 0) for (let j = 0; j < width; j++) v[j]! -= f * rows[r]![j]!;
		}
		return v.every((x) => Math.abs(x) < 1e-6);
	};
	const breaches = new Map<string, Breach>();
	const consider = (members: string[]) => {
		const n = members.reduce((s, k) => s + weight.get(k)!, 0);
		if (n === 0 || n >= min) return;
		const target = new Array<number>(width).fill(0);
		for (const k of members) target[index.get(k)!] = 1;
		if (inSpan(target)) breaches.set(members.join(','), { cells: members, answers: n });
	};
	const days = [...new Set(answers.map((a) => a.day))].sort();
	type Test = (c: Cell) => boolean;
	const tests = (d: Dim): Test[] => [
		...values[d].map((v) => (c: Cell) => c[d] === v),
		...values[d].map((v) => (c: Cell) => c[d] !== v)
	];
	// every run of days, with up to two dimensions each held to one value or all but one
	const constraints: Test[][] = [[]];
	for (let i = 0; i < dims.length; i++) {
		for (const t of tests(dims[i]!)) {
			constraints.push([t]);
			for (let j = i + 1; j < dims.length; j++)
				for (const u of tests(dims[j]!)) constraints.push([t, u]);
		}
	}
	for (let i = 0; i < days.length; i++)
		for (let j = i; j < days.length; j++)
			for (const constraint of constraints) {
				consider(
					keys.filter((k) => {
						const c = cellOf.get(k)!;
						return c.day >= days[i]! && c.day <= days[j]! && constraint.every((t) => t(c));
					})
				);
			}
	if (rows.length <= 16) {
		for (let mask = 1; mask < 1 << rows.length; mask++) {
			const v = new Array<number>(width).fill(0);
			for (let r = 0; r < rows.length; r++)
				if (mask & (1 << r)) for (let j = 0; j < width; j++) v[j]! += rows[r]![j]!;
			if (!v.every((x) => Math.abs(x) < 1e-6 || Math.abs(x - 1) < 1e-6)) continue;
			consider(keys.filter((_, j) => Math.abs(v[j]! - 1) < 1e-6));
		}
	}
	return [...breaches.values()];
}

/** `count` answers of a cell, `satisfied` of them with csat 5 and the rest with 2. */
export function cell(
	day: string,
	channel: string,
	service: string,
	branch: string,
	count: number,
	satisfied = 0
): Answer[] {
	return Array.from({ length: count }, (_, i) => ({
		day,
		channel,
		service,
		branch,
		type: null,
		team: null,
		csat: i < satisfied ? 5 : 2
	}));
}

/** The four routes of the issue, each a data set where today's rules publish a small group. */
export const routes: Record<string, Answer[]> = {
	'complementary suppression undone by a filter (letter = total − phone − website)': [
		...cell('2026-01-12', 'phone', 'S1', 'B1', 20, 12),
		...cell('2026-01-12', 'website', 'S1', 'B1', 6, 3),
		...cell('2026-01-12', 'letter', 'S1', 'B1', 3, 1)
	],
	'segments inside a filter against the same segments unfiltered (S3 overall − S3 within phone)': [
		...cell('2026-01-12', 'phone', 'S3', 'B1', 10, 6),
		...cell('2026-01-12', 'website', 'S3', 'B1', 2, 1),
		...cell('2026-01-12', 'phone', 'S1', 'B1', 12, 5),
		...cell('2026-01-12', 'website', 'S1', 'B1', 12, 7)
	],
	'inclusion–exclusion over two filters (website ∩ B2)': [
		...cell('2026-01-12', 'phone', 'S1', 'B1', 10, 6),
		...cell('2026-01-12', 'phone', 'S1', 'B2', 10, 4),
		...cell('2026-01-12', 'website', 'S1', 'B1', 10, 5),
		...cell('2026-01-12', 'website', 'S1', 'B2', 2, 1)
	],
	'overlapping periods (1 January – 1 February − January)': [
		...cell('2026-01-12', 'phone', 'S1', 'B1', 30, 20),
		...cell('2026-02-01', 'phone', 'S1', 'B1', 2, 1),
		...cell('2026-02-10', 'phone', 'S1', 'B1', 20, 10)
	]
};
