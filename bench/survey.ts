// npm run bench:survey [-- --connections 100 --seconds 20 --rate 1500] [--http-only] [--cpu-prof DIR]
// Starts the built server on 127.0.0.1 with a fresh demo store, then sends public survey form
// submissions (the plain no-JavaScript POST, each with its own submission id) from `connections`
// concurrent keep-alive connections, in two runs of `seconds` seconds each:
//   1. flat out: each connection sends its next answer as soon as the reply to the last one is in
//      (the most the server takes: durable submissions per second);
//   2. paced: the same connections together send `rate` answers a second on a fixed schedule
//      (each connection every connections/rate seconds), and each latency is counted from the
//      moment the answer was due, so a reply that keeps the next one waiting counts against it.
// With connections that never pause (run 1), the mean latency is connections ÷ throughput by
// Little's law (100 connections at 1,500/s: 67 ms), whatever the server does, so the latency
// target (p99 < 50 ms at 1,500 submissions/s) is read from run 2.
// Prints durable submissions per second, p50 / p99 latency and the CPU time the server process
// (all its threads, from /proc) and this client used per answer in each run (on a shared machine,
// CPU per answer compares runs better than wall-clock figures), and checks that the answers stored
// equal the successful replies (303 to the thank-you page, sent only after the commit). The load
// is a bounded client of its own (one request at a time per connection, every request waited for),
// so that no reply is abandoned at the end; it writes requests on plain sockets and parses the
// replies itself, so that it takes little of the CPU the server needs. Writes
// bench/results/survey.json.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Store } from '../src/lib/server/db';
import type { BenchFigure } from './results-report';
import { startServer } from '../tests/helpers/server';
import { load, percentile, type LoadResult } from './http-load';

const { values } = parseArgs({
	options: {
		connections: { type: 'string' },
		seconds: { type: 'string' },
		// fill the honeypot: the same request path without storing anything (to see the HTTP cost)
		'http-only': { type: 'boolean' },
		// answers a second in the paced run (0: no paced run)
		rate: { type: 'string' },
		// write the server's CPU profile (node --cpu-prof) into this folder
		'cpu-prof': { type: 'string' }
	},
	allowPositionals: false
});
const connections = Number(values.connections ?? 100);
const seconds = Number(values.seconds ?? 20);
const rate = Number(values.rate ?? 1500);
const httpOnly = values['http-only'] ?? false;
const root = path.resolve(import.meta.dirname, '..');
// answers from the benchmark carry their own channel and branch, to find their roll-up rows
const channel = 'website';
const branch = 'al_hait';

// the form's fields that are the same in every answer, encoded once
const fixed = new URLSearchParams({
	q_comment: 'الخدمة سريعة والموظفون متعاونون، اتصلوا بي 0551234567',
	website: httpOnly ? 'bench' : ''
}).toString();

/** One answer as the form posts it (URL-encoded), with its own submission id. */
function body(): string {
	const n = Math.floor(Math.random() * 5) + 1;
	return `sid=${randomUUID()}&v=1&lang=ar&channel=${channel}&branch=${branch}&q_csat=${n}&q_nps=${n * 2}&q_ces=${n + 1}&${fixed}`;
}

async function main() {
	if (!existsSync(path.join(root, 'build', 'handler.js'))) {
		const built = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
		if (built.status !== 0) throw new Error('the build failed');
	}
	const dir = path.join(tmpdir(), `tahseen-bench-survey-${process.pid}`);
	mkdirSync(dir, { recursive: true });
	const databasePath = path.join(dir, 'survey.duckdb');
	console.log('Starting the built server on a fresh demo store …');
	const server = await startServer(
		{ DATABASE_PATH: databasePath, TAHSEEN_SURVEY_RATE_LIMIT: '0' },
		300_000,
		values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(values['cpu-prof'])}`] : []
	);
	const url = `${server.url}/s/satisfaction?c=${channel}&b=${branch}`;
	const headers = {
		origin: server.url,
		accept: 'text/html',
		'content-type': 'application/x-www-form-urlencoded'
	};
	let flat: LoadResult;
	let paced: LoadResult | undefined;
	try {
		// warm up: the page, then a few answers (JIT, caches, connections)
		if ((await fetch(url)).status !== 200) throw new Error('the survey page did not answer 200');
		for (let i = 0; i < 50; i++) {
			const r = await fetch(url, { method: 'POST', headers, body: body(), redirect: 'manual' });
			if (r.status !== 303) throw new Error(`warm-up answer got ${r.status}`);
		}
		console.log(`Flat out: ${connections} connections for ${seconds} s …`);
		flat = await load(server.pid, url, headers, connections, seconds, body);
		if (rate > 0) {
			console.log(
				`Paced: ${rate} answers a second from ${connections} connections for ${seconds} s …`
			);
			paced = await load(server.pid, url, headers, connections, seconds, body, rate);
		}
	} finally {
		await server.stop();
	}

	const runs = paced ? [flat, paced] : [flat];
	const acknowledged = 50 + runs.reduce((n, run) => n + (run.statusCodes['303'] ?? 0), 0);
	const otherStatuses = runs.flatMap((run) =>
		Object.entries(run.statusCodes)
			.filter(([status]) => status !== '303')
			.map(([status, count]) => `${status}: ${count}`)
	);
	const errors = runs.reduce((n, run) => n + run.errors, 0);
	const store = await Store.open(databasePath);
	let stored: number;
	let deltaRows: number;
	let rollupMatches: boolean;
	try {
		stored = (await store.one<{ n: number }>(
			`select count(*)::integer as n from response where source = 'web'`
		))!.n;
		deltaRows = (await store.one<{ n: number }>(
			`select count(*)::integer as n from metrics_response_daily where channel = ? and branch = ?`,
			[channel, branch]
		))!.n;
		const counts = (await store.one<{ raw: number; rolled: number }>(
			`select (select count(*) from response)::integer as raw,
				(select sum(responses) from metrics_response_daily)::integer as rolled`
		))!;
		rollupMatches = counts.raw === counts.rolled;
	} finally {
		store.close();
		rmSync(dir, { recursive: true, force: true });
	}

	const perSecond = (run: LoadResult) => (run.statusCodes['303'] ?? 0) / run.duration;
	/** CPU ms the server (and the client) used per acknowledged answer in a run. */
	const cpuPerAnswer = (run: LoadResult, ms: number) =>
		ms / Math.max(1, run.statusCodes['303'] ?? 0);
	const cpuLine = (run: LoadResult) =>
		`  CPU per answer: server ${cpuPerAnswer(run, run.serverCpuMs).toFixed(3)} ms, ` +
		`client ${cpuPerAnswer(run, run.clientCpuMs).toFixed(3)} ms ` +
		`(server ${(run.serverCpuMs / 10 / run.duration).toFixed(0)}% of a core)`;
	const flatP50 = percentile(flat.latencies, 50);
	const flatP99 = percentile(flat.latencies, 99);
	const pacedP50 = paced ? percentile(paced.latencies, 50) : NaN;
	const pacedP99 = paced ? percentile(paced.latencies, 99) : NaN;
	// with --http-only every answer fills the honeypot: thanked, never stored
	const expectedStored = httpOnly ? 0 : acknowledged;
	const ms = (n: number) => `${n.toFixed(1)} ms`;
	const lines = [
		`flat out: ${flat.statusCodes['303'] ?? 0} submissions acknowledged (303 → thank-you page) in ${flat.duration.toFixed(1)} s`,
		`  durable submissions per second: ${perSecond(flat).toFixed(0)} (target ≥ 1,500)`,
		`  latency p50: ${ms(flatP50)}, p99: ${ms(flatP99)}, max: ${ms(flat.latencies.at(-1) ?? NaN)}` +
			` (mean ${ms(flat.latencies.reduce((a, b) => a + b, 0) / flat.latencies.length)}; ` +
			`${connections} connections ÷ ${perSecond(flat).toFixed(0)}/s = ${ms((1000 * connections) / perSecond(flat))})`,
		cpuLine(flat),
		...(paced
			? [
					`paced at ${rate}/s: ${paced.statusCodes['303'] ?? 0} acknowledged in ${paced.duration.toFixed(1)} s (${perSecond(paced).toFixed(0)}/s)`,
					`  latency from the moment each answer was due: p50 ${ms(pacedP50)}, p99 ${ms(pacedP99)}, ` +
						`max ${ms(paced.latencies.at(-1) ?? NaN)} (target p99 < 50 ms)`,
					cpuLine(paced)
				]
			: []),
		`stored answers: ${stored}, acknowledged: ${acknowledged} (with 50 warm-up)${httpOnly ? ' (honeypot: none to store)' : ''} → ${stored === expectedStored ? 'as expected' : 'DIFFERENT'}`,
		`other replies: ${otherStatuses.join(', ') || 'none'}; connection errors: ${errors}`,
		`group commits (roll-up delta rows of the benchmark's key): ~${deltaRows}, ~${(stored / Math.max(1, deltaRows)).toFixed(1)} answers each`,
		`roll-ups equal the raw answers: ${rollupMatches ? 'yes' : 'NO'}`
	];
	for (const line of lines) console.log(line);

	const machine = `${cpus()[0]?.model.split(' ')[0] ?? 'cpu'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GB, node ${process.version}`;
	mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
	writeFileSync(
		path.join(root, 'bench', 'results', 'survey.json'),
		JSON.stringify(
			{
				name: 'survey',
				date: new Date().toISOString(),
				machine,
				connections,
				seconds,
				rate: paced ? rate : null,
				figures: [
					{
						label: `durable submissions per second (${connections} connections flat out)`,
						value: perSecond(flat),
						unit: '/s',
						target: '≥ 1500',
						ok: perSecond(flat) >= 1500
					},
					// no target here: with connections that never pause, latency is connections ÷ rate
					{ label: 'latency p50 flat out', value: flatP50, unit: 'ms', target: null, ok: null },
					{
						label: 'latency 99th percentile flat out',
						value: flatP99,
						unit: 'ms',
						target: null,
						ok: null
					},
					{
						label: 'server CPU per answer flat out',
						value: cpuPerAnswer(flat, flat.serverCpuMs),
						unit: 'ms',
						target: null,
						ok: null
					},
					...(paced
						? [
								{
									label: `answers acknowledged a second in the paced run (due ${rate}/s)`,
									value: perSecond(paced),
									unit: '/s',
									target: null,
									ok: null
								},
								{
									label: `latency p50 at ${rate}/s`,
									value: pacedP50,
									unit: 'ms',
									target: null,
									ok: null
								},
								{
									// (named without "p99" below the target's pace: the results table would give it the target)
									label: `latency ${rate >= 1500 ? 'p99' : '99th percentile'} at ${rate}/s (${connections} connections)`,
									value: pacedP99,
									unit: 'ms',
									// the target holds at 1,500 answers a second; a lighter pace is for information
									target: rate >= 1500 ? '< 50' : null,
									ok: rate >= 1500 ? pacedP99 < 50 : null
								},
								{
									label: `server CPU per answer at ${rate}/s`,
									value: cpuPerAnswer(paced, paced.serverCpuMs),
									unit: 'ms',
									target: null,
									ok: null
								}
							]
						: []),
					{ label: 'stored answers', value: stored, unit: 'rows', target: null, ok: null },
					{
						label: 'acknowledged answers',
						value: acknowledged,
						unit: 'replies',
						target: null,
						ok: null
					},
					{
						label: 'stored answers equal the expected (1 = yes)',
						value: stored === expectedStored ? 1 : 0,
						unit: '',
						target: '1',
						ok: stored === expectedStored
					},
					{
						label: 'roll-ups equal the raw answers (1 = yes)',
						value: rollupMatches ? 1 : 0,
						unit: '',
						target: '1',
						ok: rollupMatches
					},
					{
						label: 'answers per group commit (approx.)',
						value: stored / Math.max(1, deltaRows),
						unit: 'answers',
						target: null,
						ok: null
					}
				] satisfies BenchFigure[]
			},
			null,
			'\t'
		) + '\n'
	);
	if (stored !== expectedStored || !rollupMatches) process.exitCode = 1;
}

await main();
