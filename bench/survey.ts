// npm run bench:survey [-- --connections 100 --seconds 20] [--http-only]
// Starts the built server on 127.0.0.1 with a fresh demo store, then sends public survey form
// submissions (the plain no-JavaScript POST, each with its own submission id) from `connections`
// concurrent connections for `seconds` seconds. Prints durable submissions per
// second, p50 / p99 latency, and checks that the answers stored equal the successful replies
// (303 to the thank-you page, sent only after the commit). The load is a bounded client of its
// own (keep-alive connections, one request at a time each, every request waited for), so that no
// reply is abandoned at the end. Writes bench/results/survey.json.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Agent, request } from 'node:http';
import { Store } from '../src/lib/server/db';
import type { BenchFigure } from './results-report';
import { startServer } from '../tests/helpers/server';

const { values } = parseArgs({
	options: {
		connections: { type: 'string' },
		seconds: { type: 'string' },
		// fill the honeypot: the same request path without storing anything (to see the HTTP cost)
		'http-only': { type: 'boolean' }
	},
	allowPositionals: false
});
const connections = Number(values.connections ?? 100);
const seconds = Number(values.seconds ?? 20);
const httpOnly = values['http-only'] ?? false;
const root = path.resolve(import.meta.dirname, '..');
// answers from the benchmark carry their own channel and branch, to find their roll-up rows
const channel = 'website';
const branch = 'al_hait';

function body(): string {
	const n = Math.floor(Math.random() * 5) + 1;
	return new URLSearchParams({
		sid: randomUUID(),
		v: '1',
		lang: 'ar',
		channel,
		branch,
		q_csat: String(n),
		q_nps: String(n * 2),
		q_ces: String(n + 1),
		q_comment: 'الخدمة سريعة والموظفون متعاونون، اتصلوا بي 0551234567',
		website: httpOnly ? 'bench' : ''
	}).toString();
}

interface LoadResult {
	/** Seconds from the first request to the last reply. */
	duration: number;
	statusCodes: Record<string, number>;
	errors: number;
	/** Latency of every reply, in ms, sorted. */
	latencies: number[];
}

/**
 * `connections` keep-alive connections, each sending one answer, waiting for the reply, and
 * sending the next until `seconds` have passed; each finishes the request under way, so every
 * answer the server stored has been replied to (or counted as an error).
 */
async function load(
	url: string,
	headers: Record<string, string>,
	connections: number,
	seconds: number
): Promise<LoadResult> {
	const agent = new Agent({ keepAlive: true, maxSockets: connections });
	const target = new URL(url);
	const statusCodes: Record<string, number> = {};
	const latencies: number[] = [];
	let errors = 0;
	const started = performance.now();
	const end = started + seconds * 1000;
	const send = (body: string) =>
		new Promise<number>((resolve, reject) => {
			const req = request(
				target,
				{
					method: 'POST',
					agent,
					headers: { ...headers, 'content-length': Buffer.byteLength(body) }
				},
				(res) => {
					res.resume();
					res.on('end', () => resolve(res.statusCode ?? 0));
					res.on('error', reject);
				}
			);
			req.on('error', reject);
			req.end(body);
		});
	await Promise.all(
		Array.from({ length: connections }, async () => {
			while (performance.now() < end) {
				const sent = performance.now();
				try {
					const status = await send(body());
					latencies.push(performance.now() - sent);
					statusCodes[status] = (statusCodes[status] ?? 0) + 1;
				} catch {
					errors++;
				}
			}
		})
	);
	agent.destroy();
	latencies.sort((a, b) => a - b);
	return { duration: (performance.now() - started) / 1000, statusCodes, errors, latencies };
}

function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
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
		300_000
	);
	const url = `${server.url}/s/satisfaction?c=${channel}&b=${branch}`;
	const headers = {
		origin: server.url,
		accept: 'text/html',
		'content-type': 'application/x-www-form-urlencoded'
	};
	let result: LoadResult;
	try {
		// warm up: the page, then a few answers (JIT, caches, connections)
		if ((await fetch(url)).status !== 200) throw new Error('the survey page did not answer 200');
		for (let i = 0; i < 50; i++) {
			const r = await fetch(url, { method: 'POST', headers, body: body(), redirect: 'manual' });
			if (r.status !== 303) throw new Error(`warm-up answer got ${r.status}`);
		}
		console.log(`Sending answers: ${connections} connections for ${seconds} s …`);
		result = await load(url, headers, connections, seconds);
	} finally {
		await server.stop();
	}

	const acknowledged = (result.statusCodes['303'] ?? 0) + 50;
	const otherStatuses = Object.entries(result.statusCodes)
		.filter(([status]) => status !== '303')
		.map(([status, count]) => `${status}: ${count}`);
	const p50 = percentile(result.latencies, 50);
	const p99 = percentile(result.latencies, 99);
	const max = result.latencies.at(-1) ?? NaN;
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

	const perSecond = (acknowledged - 50) / result.duration;
	// with --http-only every answer fills the honeypot: thanked, never stored
	const expectedStored = httpOnly ? 0 : acknowledged;
	const lines = [
		`submissions acknowledged (303 → thank-you page): ${acknowledged - 50} in ${result.duration.toFixed(1)} s` +
			` (+ 50 warm-up)`,
		`durable submissions per second: ${perSecond.toFixed(0)} (target ≥ 1,500)`,
		`latency p50: ${p50.toFixed(1)} ms, p99: ${p99.toFixed(1)} ms, max: ${max.toFixed(1)} ms (target p99 < 50 ms)`,
		`stored answers: ${stored}, acknowledged: ${acknowledged}${httpOnly ? ' (honeypot: none to store)' : ''} → ${stored === expectedStored ? 'as expected' : 'DIFFERENT'}`,
		`other replies: ${otherStatuses.join(', ') || 'none'}; connection errors: ${result.errors}`,
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
				seconds: result.duration,
				figures: [
					{
						label: 'durable submissions per second',
						value: perSecond,
						unit: '/s',
						target: '≥ 1500',
						ok: perSecond >= 1500
					},
					{ label: 'latency p50', value: p50, unit: 'ms', target: null, ok: null },
					{ label: 'latency p99', value: p99, unit: 'ms', target: '< 50', ok: p99 < 50 },
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
