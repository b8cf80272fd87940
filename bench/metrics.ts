// npm run bench:metrics [-- --keep PATH] [--interactions N] [--responses N]
// Builds a store of 10,000,000 interactions and 2,000,000 survey answers (three years, generated
// in DuckDB), builds the roll-ups, then times the full set of figures for a 12-month period
// (a) straight from the raw rows and (b) through the roll-ups, median of 5 each. Also times a
// one-day refresh (what the public survey pays per answer). Writes bench/results/metrics.json.
// With --keep PATH the store stays at PATH (and is reused when it already holds the same data).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { onDataChanged } from '../src/lib/server/data-changes';
import { Store } from '../src/lib/server/db';
import { computeFigures, rebuildRollups } from '../src/lib/server/metrics/index';
import { migrate } from '../src/lib/server/migrate';
import { createOrganisation } from '../src/lib/server/organisation';
import { sql } from '../src/lib/server/sql';

const { values } = parseArgs({
	options: {
		keep: { type: 'string' },
		interactions: { type: 'string', default: '10000000' },
		responses: { type: 'string', default: '2000000' }
	}
});
const nInteractions = Number(values.interactions);
const nResponses = Number(values.responses);
if (
	!Number.isInteger(nInteractions) ||
	!Number.isInteger(nResponses) ||
	nInteractions < 1 ||
	nResponses < 1
) {
	console.error('error: --interactions and --responses take whole numbers');
	process.exit(64);
}

const DATA_START = new Date('2023-06-30T21:00:00Z'); // 1 July 2023, Riyadh
const SPAN_S = 3 * 365 * 86_400; // three years, to 29 June 2026
const PERIOD = { from: '2025-07-01', to: '2026-06-30' };
const RUNS = 5;

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function time(fn: () => Promise<unknown>): Promise<number> {
	const t = performance.now();
	await fn();
	return performance.now() - t;
}

async function main() {
	const tempRoot = values.keep
		? undefined
		: mkdtempSync(path.join(os.tmpdir(), 'tahseen-bench-metrics-'));
	const file = values.keep ? path.resolve(values.keep) : path.join(tempRoot!, 'bench.duckdb');
	if (values.keep) mkdirSync(path.dirname(file), { recursive: true });
	const store = await Store.open(file);
	try {
		await migrate(store);
		const counts = await store.one<{ interactions: number; responses: number }>(
			sql('bench/counts')
		);
		const reuse = counts!.interactions === nInteractions && counts!.responses === nResponses;
		if (reuse) {
			console.log(
				`Reusing ${file}: ${nInteractions.toLocaleString('en')} interactions, ${nResponses.toLocaleString('en')} answers.`
			);
		} else {
			if (counts!.interactions || counts!.responses) {
				throw new Error(`${file} holds other data; give --keep a new path.`);
			}
			console.log(
				`Generating ${nInteractions.toLocaleString('en')} interactions and ${nResponses.toLocaleString('en')} answers in ${file} …`
			);
			const generated = await time(async () => {
				await createOrganisation(store, {
					nameAr: 'جمعية القياس',
					nameEn: 'Benchmark association'
				});
				await store.run(sql('bench/generate_interactions'), {
					n: nInteractions,
					start: DATA_START,
					span_s: SPAN_S
				});
				await store.run(sql('bench/generate_responses'), {
					n: nResponses,
					interactions: nInteractions,
					start: DATA_START,
					span_s: SPAN_S
				});
			});
			console.log(`  generated in ${(generated / 1000).toFixed(1)} s`);
		}
		const rollupMs = await time(() => rebuildRollups(store));
		console.log(`Roll-ups rebuilt in ${(rollupMs / 1000).toFixed(1)} s`);

		const raw: number[] = [];
		const rolled: number[] = [];
		// one warm-up each, then alternate so that background load hits both alike
		await computeFigures(store, PERIOD, { source: 'raw' });
		const check = await computeFigures(store, PERIOD);
		for (let i = 0; i < RUNS; i++) {
			raw.push(await time(() => computeFigures(store, PERIOD, { source: 'raw' })));
			rolled.push(await time(() => computeFigures(store, PERIOD)));
		}
		const same =
			JSON.stringify(await computeFigures(store, PERIOD, { source: 'raw' })) ===
			JSON.stringify(check);

		const refresh: number[] = [];
		for (let i = 0; i < RUNS; i++) {
			const at = new Date('2026-05-20T10:00:00Z');
			refresh.push(
				await time(() =>
					store.transaction((tx) => onDataChanged(tx, { responses: { from: at, to: at } }))
				)
			);
		}

		const a = median(raw);
		const b = median(rolled);
		const ratio = a / b;
		console.log('');
		console.log(
			`Full set of figures for ${PERIOD.from} … ${PERIOD.to} (${check.interactions_total.toLocaleString('en')} interactions, ${check.responses_total.toLocaleString('en')} answers, ${check.turnaround.n_decided.toLocaleString('en')} decided requests in the period):`
		);
		console.log(
			`  (a) from raw rows:      median ${a.toFixed(1)} ms   runs ${raw.map((x) => x.toFixed(0)).join(', ')}`
		);
		console.log(
			`  (b) through roll-ups:   median ${b.toFixed(1)} ms   runs ${rolled.map((x) => x.toFixed(0)).join(', ')}`
		);
		console.log(`  ratio (a)/(b):          ${ratio.toFixed(1)}×`);
		console.log(
			`  targets: (b) < 100 ms ${b < 100 ? 'met' : 'NOT met'}; ratio ≥ 5× ${ratio >= 5 ? 'met' : 'NOT met'}`
		);
		console.log(`  raw and roll-up figures identical: ${same ? 'yes' : 'NO'}`);
		console.log(
			`  one-day roll-up refresh (a survey answer): median ${median(refresh).toFixed(1)} ms`
		);

		const result = {
			name: 'metrics',
			date: new Date().toISOString(),
			machine: `${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GB, node ${process.version}`,
			figures: [
				{
					label: 'interactions in store',
					value: nInteractions,
					unit: 'rows',
					target: null,
					ok: true
				},
				{ label: 'responses in store', value: nResponses, unit: 'rows', target: null, ok: true },
				{ label: 'roll-up rebuild', value: rollupMs, unit: 'ms', target: null, ok: true },
				{
					label: '(a) 12-month figures from raw rows, median of 5',
					value: a,
					unit: 'ms',
					target: null,
					ok: true
				},
				{
					label: '(b) 12-month figures through roll-ups, median of 5',
					value: b,
					unit: 'ms',
					target: '< 100',
					ok: b < 100
				},
				{ label: 'speed-up (a)/(b)', value: ratio, unit: '×', target: '≥ 5', ok: ratio >= 5 },
				{
					label: 'raw and roll-up figures identical',
					value: same ? 1 : 0,
					unit: 'bool',
					target: '1',
					ok: same
				},
				{
					label: 'one-day roll-up refresh, median of 5',
					value: median(refresh),
					unit: 'ms',
					target: null,
					ok: true
				}
			]
		};
		const out = path.join(import.meta.dirname, 'results', 'metrics.json');
		mkdirSync(path.dirname(out), { recursive: true });
		writeFileSync(out, JSON.stringify(result, null, '\t') + '\n');
		console.log(`Wrote ${path.relative(process.cwd(), out)}`);
	} finally {
		store.close();
		if (tempRoot) rmSync(tempRoot, { recursive: true, force: true });
		else if (!existsSync(file)) console.error(`warning: ${file} is missing`);
	}
}

main().catch((error: unknown) => {
	if (process.env.DEBUG) console.error(error);
	console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
});
