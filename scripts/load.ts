// npm run load -- [--seconds 60] [--connections 100] [--db PATH] [--url URL]
// Dashboard reads and improvement-action writes on 100 concurrent connections against the built
// server on a temporary copy of the store (the demo store, or a copy of --db), then checks there was
// no 5xx answer and that every write the server acknowledged is in the store. With --url it loads an
// already running server on this machine (signing in with TAHSEEN_EMAIL / TAHSEEN_PASSWORD) and
// cannot check the store, which that server holds. Exit 0 when all holds, 1 otherwise.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Store } from '../src/lib/server/db';
import { startServer } from '../tests/helpers/server';
import { parseFlags, runCli, UsageError } from './cli';
import {
	dashboardScenarios,
	loadServerEnv,
	runLoad,
	signIn,
	verifyAcknowledged,
	type LoadResult
} from './load-run';

const usage =
	'npm run load -- [--seconds N] [--connections N] [--db PATH (copied, never changed)] [--url http://127.0.0.1:PORT]';

function positiveInt(value: string | undefined, fallback: number, flag: string): number {
	if (value === undefined) return fallback;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} takes a whole number ≥ 1.`);
	return n;
}

function print(result: LoadResult): void {
	console.log(
		`${result.requests} requests in ${result.seconds.toFixed(1)} s on ${result.connections} connections ` +
			`(${result.perSecond.toFixed(0)}/s); 5xx: ${result.serverErrors}; no answer: ${result.noAnswer}`
	);
	for (const s of result.scenarios) {
		const statuses = Object.entries(s.statuses)
			.map(([status, n]) => `${status === '0' ? 'none' : status}×${n}`)
			.join(' ');
		console.log(
			`  ${s.name}: ${s.requests} (${statuses}), p50 ${s.p50Ms} ms, p99 ${s.p99Ms} ms` +
				(s.acknowledged.length ? `, acknowledged writes ${s.acknowledged.length}` : '')
		);
	}
	for (const sample of result.errorSamples) console.log(`  5xx: ${sample}`);
}

runCli(async () => {
	const { values, positionals } = parseFlags(
		{
			seconds: { type: 'string' },
			connections: { type: 'string' },
			db: { type: 'string' },
			url: { type: 'string' }
		},
		usage
	);
	if (positionals.length) throw new UsageError(`Unexpected argument "${positionals[0]}". ${usage}`);
	const seconds = positiveInt(values.seconds, 60, '--seconds');
	const connections = positiveInt(values.connections, 100, '--connections');
	const scenarios = dashboardScenarios;

	if (values.url) {
		const url = new URL(values.url);
		if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
			throw new UsageError(
				'--url must be a server on this machine (127.0.0.1, localhost or [::1]).'
			);
		}
		const email = process.env.TAHSEEN_EMAIL;
		const password = process.env.TAHSEEN_PASSWORD;
		if (!email || !password) {
			throw new UsageError(
				'with --url, set TAHSEEN_EMAIL and TAHSEEN_PASSWORD of a manager or admin.'
			);
		}
		const base = url.origin;
		const result = await runLoad({
			url: base,
			cookie: await signIn(base, email, password),
			seconds,
			connections,
			scenarios
		});
		print(result);
		console.log('(acknowledged writes not checked: the running server holds the store)');
		if (result.serverErrors) throw new Error(`${result.serverErrors} answers were 5xx.`);
		return;
	}

	const dir = mkdtempSync(path.join(tmpdir(), 'tahseen-load-'));
	const databasePath = path.join(dir, 'load.duckdb');
	if (values.db) {
		if (!existsSync(values.db)) throw new Error(`There is no database ${values.db}.`);
		copyFileSync(values.db, databasePath);
		if (existsSync(`${values.db}.wal`)) copyFileSync(`${values.db}.wal`, `${databasePath}.wal`);
	}
	const password = 'load-admin-password';
	try {
		console.log(`starting the server on ${databasePath} …`);
		const server = await startServer(
			{ DATABASE_PATH: databasePath, TAHSEEN_DEMO_ADMIN_PASSWORD: password, ...loadServerEnv },
			300_000
		);
		let result: LoadResult;
		try {
			const cookie = await signIn(server.url, 'admin@demo.tahseen.sa', password);
			console.log(`loading ${server.url} for ${seconds} s on ${connections} connections …`);
			result = await runLoad({ url: server.url, cookie, seconds, connections, scenarios });
		} finally {
			await server.stop();
		}
		print(result);
		const store = await Store.open(databasePath);
		let missing = 0;
		try {
			for (const [name, check] of Object.entries(
				await verifyAcknowledged(store, scenarios, [result])
			)) {
				console.log(
					`  ${name}: ${check.acknowledged} acknowledged, ${check.acknowledged - check.missing.length} stored` +
						(check.missing.length ? `, MISSING ${check.missing.slice(0, 5).join('; ')}` : '')
				);
				missing += check.missing.length;
			}
		} finally {
			store.close();
		}
		if (result.serverErrors || missing) {
			throw new Error(
				`${result.serverErrors} answers were 5xx; ${missing} acknowledged writes missing.`
			);
		}
		console.log('ok: no 5xx, every acknowledged write is stored');
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
