// npm run bench:ingest [-- --rows N] [-- --big]
// Times (a) a bare CREATE TABLE AS SELECT * FROM read_csv of a generated interaction log, (b) the full
// ingest into an empty store, (c) the same file again (all unchanged), each the best of three rounds,
// and the process's peak memory.
// --big: only the 5,000,000-row peak-memory run. Writes bench/results/ingest.json.
import {
	createWriteStream,
	existsSync,
	readFileSync,
	writeFileSync,
	mkdirSync,
	statSync
} from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Store } from '../src/lib/server/db';
import { ingestFile } from '../src/lib/server/ingest/ingest';
import type { IngestResult } from '../src/lib/server/ingest/types';
import { migrate } from '../src/lib/server/migrate';
import { sql } from '../src/lib/server/sql';
import { tempDir, removeTempDirs } from '../tests/helpers/temp';

const { values } = parseArgs({
	options: { rows: { type: 'string' }, big: { type: 'boolean' } },
	strict: true
});

const channels = [
	'phone',
	'الاتصالات الهاتفية',
	'website',
	'الموقع الإلكتروني للجمعية',
	'in_person',
	'المقابلة',
	'social_media',
	'service_form'
];
const types = ['inquiry', 'support_request', 'complaint', 'suggestion', 'طلب دعم', 'استفسار'];
const decisions = ['approved', 'rejected', 'pending', 'مقبول'];

/** A deterministic interaction log of `rows` rows (canonical headers, ISO local times). */
async function generate(file: string, rows: number): Promise<void> {
	const out = createWriteStream(file);
	const write = (text: string) =>
		out.write(text) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r()));
	await write(
		'id,channel,type,received_at,decided_at,decision,closed_at,service,branch,team,beneficiary_ref\n'
	);
	const base = Date.UTC(2024, 0, 1);
	let chunk = '';
	for (let i = 0; i < rows; i++) {
		const received = new Date(base + ((i * 7919) % (700 * 86400)) * 1000);
		const type = types[i % types.length]!;
		const decided = type === 'support_request' || type === 'طلب دعم';
		const iso = (d: Date) => d.toISOString().slice(0, 19);
		const decidedAt = decided ? iso(new Date(received.getTime() + (3 + (i % 20)) * 86400000)) : '';
		chunk +=
			`INT-${String(i).padStart(8, '0')},${channels[i % channels.length]},${type},${iso(received)},` +
			`${decidedAt},${decided ? decisions[i % decisions.length] : ''},` +
			`${i % 3 === 0 ? iso(new Date(received.getTime() + 30 * 86400000)) : ''},` +
			`service-${i % 12},branch-${i % 5},team-${i % 7},BEN-${(i * 31) % 200000}\n`;
		if (chunk.length > 1 << 20) {
			await write(chunk);
			chunk = '';
		}
	}
	await write(chunk);
	await new Promise<void>((resolve, reject) =>
		out.end((error?: Error | null) => (error ? reject(error) : resolve()))
	);
}

function peakRssMb(): number {
	const status = readFileSync('/proc/self/status', 'utf8');
	const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
	return Math.round(kb / 1024);
}

interface Figure {
	label: string;
	value: number;
	unit: string;
	target: string | null;
	ok: boolean | null;
}

function writeResults(figures: Figure[]): void {
	const file = path.join(import.meta.dirname, 'results', 'ingest.json');
	mkdirSync(path.dirname(file), { recursive: true });
	const previous = existsSync(file)
		? (JSON.parse(readFileSync(file, 'utf8')) as { figures: Figure[] }).figures
		: [];
	const labels = new Set(figures.map((f) => f.label));
	const merged = [...previous.filter((f) => !labels.has(f.label)), ...figures];
	writeFileSync(
		file,
		JSON.stringify(
			{
				name: 'ingest',
				date: new Date().toISOString(),
				machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GB, node ${process.version}`,
				figures: merged
			},
			null,
			'\t'
		) + '\n'
	);
}

/** Process CPU seconds (all threads, DuckDB's included) of each timed step, printed beside the wall time. */
const cpuSeconds: number[] = [];

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
	const start = performance.now();
	const cpu = process.cpuUsage();
	const result = await work();
	const used = process.cpuUsage(cpu);
	cpuSeconds.push((used.user + used.system) / 1e6);
	return [result, (performance.now() - start) / 1000];
}

/** Reads the file once into a throwaway store, so the first timed read does not also fill the cache. */
async function warmUp(file: string, databasePath: string): Promise<void> {
	const store = await Store.open(databasePath);
	await store.run(sql('bench/bare_read'), { path: file });
	store.close();
}

async function main() {
	const dir = tempDir('tahseen-bench-');
	try {
		if (values.big) {
			const rows = Number(values.rows ?? 5_000_000);
			const file = path.join(dir, `interactions-${rows}.csv`);
			console.log(`generating ${rows.toLocaleString('en')} rows …`);
			await generate(file, rows);
			const store = await Store.open(path.join(dir, 'big.duckdb'));
			await migrate(store);
			await store.run(sql('ingest/cli_settings'));
			const before = peakRssMb();
			const [result, seconds] = await timed(() =>
				ingestFile(store, { path: file, kind: 'interactions', actor: 'bench' })
			);
			store.close();
			const peak = peakRssMb();
			console.log(
				`${rows.toLocaleString('en')} rows (${(statSync(file).size / 2 ** 20).toFixed(0)} MB): ingest ${seconds.toFixed(2)} s, ` +
					`inserted ${result.inserted}; peak RSS ${peak} MB (before ingest ${before} MB; target < 2048 MB)`
			);
			writeResults([
				{
					label: `peak RSS, ingest of ${rows} rows`,
					value: peak,
					unit: 'MB',
					target: '< 2048',
					ok: peak < 2048
				},
				{
					label: `ingest of ${rows} rows`,
					value: Number(seconds.toFixed(2)),
					unit: 's',
					target: null,
					ok: null
				}
			]);
			return;
		}
		const rows = Number(values.rows ?? 1_000_000);
		const file = path.join(dir, `interactions-${rows}.csv`);
		console.log(`generating ${rows.toLocaleString('en')} rows …`);
		await generate(file, rows);
		// Each figure is the best of three rounds of (a), (b) and (c), taken in turn: the machine is
		// shared and one run can be slowed by a neighbour. Each round ingests into a new, empty store.
		const best = { bare: Infinity, full: Infinity, again: Infinity };
		const bestCpu = { bare: Infinity, full: Infinity, again: Infinity };
		let first: IngestResult | undefined;
		let second: IngestResult | undefined;
		// a first read warms the file cache and DuckDB's reader
		await warmUp(file, path.join(dir, 'warm.duckdb'));
		for (let round = 1; round <= 3; round++) {
			const store = await Store.open(path.join(dir, `bench-${round}.duckdb`));
			await migrate(store);
			await store.run(sql('ingest/cli_settings'));
			const [, bare] = await timed(() => store.run(sql('bench/bare_read'), { path: file }));
			const bareCpu = cpuSeconds.at(-1)!;
			await store.run(sql('bench/drop_bare'));
			const [ingested, full] = await timed(() =>
				ingestFile(store, { path: file, kind: 'interactions', actor: 'bench' })
			);
			const fullCpu = cpuSeconds.at(-1)!;
			const [reingested, again] = await timed(() =>
				ingestFile(store, { path: file, kind: 'interactions', actor: 'bench' })
			);
			const againCpu = cpuSeconds.at(-1)!;
			store.close();
			if (ingested.inserted !== rows || reingested.unchanged !== rows) {
				throw new Error(`unexpected counts: ${JSON.stringify({ ingested, reingested })}`);
			}
			first = ingested;
			second = reingested;
			console.log(
				`round ${round}: (a) ${bare.toFixed(2)} s, (b) ${full.toFixed(2)} s (${ingested.method}), ` +
					`(c) ${again.toFixed(2)} s (${reingested.method})`
			);
			if (bare < best.bare) [best.bare, bestCpu.bare] = [bare, bareCpu];
			if (full < best.full) [best.full, bestCpu.full] = [full, fullCpu];
			if (again < best.again) [best.again, bestCpu.again] = [again, againCpu];
		}
		const peak = peakRssMb();
		const { bare, full, again } = best;
		const bareCpu = bestCpu.bare;
		const b = full / bare;
		const c = again / bare;
		console.log(`(a) bare read_csv into a table: ${bare.toFixed(2)} s`);
		console.log(
			`(b) full ingest, empty store:   ${full.toFixed(2)} s   b/a = ${b.toFixed(2)} (target ≤ 1.5; ${first!.method})`
		);
		console.log(
			`(c) same file again, unchanged: ${again.toFixed(2)} s   c/a = ${c.toFixed(2)} (target ≤ 1.5; ${second!.method})`
		);
		const { full: fullCpu, again: againCpu } = bestCpu;
		console.log(
			`CPU seconds (all threads): (a) ${bareCpu.toFixed(2)}, (b) ${fullCpu.toFixed(2)} ` +
				`(${(fullCpu / bareCpu).toFixed(2)}×), (c) ${againCpu.toFixed(2)} (${(againCpu / bareCpu).toFixed(2)}×)`
		);
		console.log(`peak RSS: ${peak} MB`);
		writeResults([
			{
				label: `(a) bare read_csv, ${rows} rows`,
				value: Number(bare.toFixed(3)),
				unit: 's',
				target: null,
				ok: null
			},
			{
				label: `(b) full ingest, ${rows} rows`,
				value: Number(full.toFixed(3)),
				unit: 's',
				target: null,
				ok: null
			},
			{
				label: `(c) same file again, ${rows} rows`,
				value: Number(again.toFixed(3)),
				unit: 's',
				target: null,
				ok: null
			},
			{ label: 'ratio b/a', value: Number(b.toFixed(2)), unit: '×', target: '≤ 1.5', ok: b <= 1.5 },
			{ label: 'ratio c/a', value: Number(c.toFixed(2)), unit: '×', target: '≤ 1.5', ok: c <= 1.5 },
			{ label: `peak RSS, 1M-row run`, value: peak, unit: 'MB', target: null, ok: null }
		]);
	} finally {
		removeTempDirs();
	}
}

main().catch((error: unknown) => {
	console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
});
