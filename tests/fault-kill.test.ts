// The server killed with SIGKILL — during a load of dashboard reads and improvement-action writes,
// and during an ingest uploaded through the page — then started again: every acknowledged write is
// there, the ingest is stored whole or not at all and never looks "running", and a re-run completes.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Store } from '../src/lib/server/db';
import {
	dashboardScenarios,
	loadServerEnv,
	runLoad,
	signIn,
	verifyAcknowledged,
	type LoadResult
} from '../scripts/load-run';
import { writeInteractionLog } from './helpers/ingest-data';
import { root, startServer, type RunningServer } from './helpers/server';
import { setUpStoreFile } from './helpers/setup-store';
import { removeTempDirs, tempDir } from './helpers/temp';

const password = 'kill-admin-password';
const admin = 'admin@demo.tahseen.sa';
/** Seconds of load before and after the kill (TAHSEEN_FAULT_LOAD_SECONDS for a longer run). */
const loadSeconds = Number(process.env.TAHSEEN_FAULT_LOAD_SECONDS ?? 6);
const servers: RunningServer[] = [];

afterAll(async () => {
	for (const server of servers) await server.stop();
	removeTempDirs();
});

async function start(env: Record<string, string>): Promise<RunningServer> {
	const server = await startServer({ ...loadServerEnv, ...env });
	servers.push(server);
	return server;
}

function kill(server: RunningServer): Promise<unknown> {
	process.kill(server.pid, 'SIGKILL');
	return server.stop();
}

async function openStore<T>(databasePath: string, work: (store: Store) => Promise<T>): Promise<T> {
	const store = await Store.open(databasePath);
	try {
		return await work(store);
	} finally {
		store.close();
	}
}

const scalar = async (store: Store, query: string, params?: Record<string, string>) =>
	(await store.one<{ n: number }>(query, params))!.n;

describe('killed right after start-up', () => {
	it('a process killed just after migrating leaves a store that opens', async () => {
		const db = path.join(tempDir(), 'migrated.duckdb');
		const child = spawnSync(
			process.execPath,
			['--import', 'tsx', 'tests/helpers/migrate-kill-child.ts', db],
			{ cwd: root, encoding: 'utf8' }
		);
		expect(child.signal).toBe('SIGKILL');
		expect(child.stdout).toContain('migrated 1,2,3,4');
		const tables = await openStore(db, (store) =>
			scalar(store, "select count(*) as n from duckdb_tables() where table_name = 'ingest_run'")
		);
		expect(tables).toBe(1);
	});
});

describe('SIGKILL during a dashboard and improvement-action load', () => {
	const databasePath = path.join(tempDir(), 'load.duckdb');
	const results: LoadResult[] = [];

	it(`keeps every acknowledged action, answers no 5xx, and a re-run completes (${loadSeconds} s loads)`, async () => {
		let server = await start({
			DATABASE_PATH: databasePath,
			TAHSEEN_DEMO_ADMIN_PASSWORD: password
		});
		let cookie = await signIn(server.url, admin, password);
		// kill once half the time has passed and some writes were acknowledged (writes wait behind
		// the first, uncached dashboard reads on a busy machine), then end the load a second later
		const stop = new AbortController();
		let acknowledgedSoFar = 0;
		let answersSoFar = 0;
		const started = Date.now();
		let killing: Promise<unknown> | undefined;
		const loading = runLoad({
			url: server.url,
			cookie,
			seconds: 120,
			connections: 40,
			scenarios: dashboardScenarios,
			run: 'killed',
			signal: stop.signal,
			onAnswer: (scenario, status, acknowledged) => {
				if (acknowledged) acknowledgedSoFar++;
				if (acknowledged && scenario === 'survey answer (write)') answersSoFar++;
				if (killing || status === 0) return;
				if (
					acknowledgedSoFar >= 5 &&
					answersSoFar >= 1 &&
					Date.now() - started >= (loadSeconds * 1000) / 2
				) {
					killing = kill(server);
					setTimeout(() => stop.abort(), 1000);
				}
			}
		});
		const killed = await loading;
		await killing;
		results.push(killed);
		expect(killed.serverErrors).toBe(0);
		expect(killed.noAnswer).toBeGreaterThan(0);
		const killedWrites = killed.scenarios.find((s) => s.name === 'improvement action (write)')!;
		expect(killedWrites.acknowledged.length).toBeGreaterThan(0);

		const check = await openStore(databasePath, (store) =>
			verifyAcknowledged(store, dashboardScenarios, [killed])
		);
		expect(check['improvement action (write)']!.missing).toEqual([]);
		// every survey answer acknowledged (thank-you redirect) before the kill is in the store
		const killedAnswers = killed.scenarios.find((s) => s.name === 'survey answer (write)')!;
		expect(killedAnswers.acknowledged.length).toBeGreaterThan(0);
		expect(check['survey answer (write)']!.missing).toEqual([]);

		server = await start({ DATABASE_PATH: databasePath });
		cookie = await signIn(server.url, admin, password);
		const rerun = await runLoad({
			url: server.url,
			cookie,
			seconds: loadSeconds,
			connections: 40,
			scenarios: dashboardScenarios,
			run: 'rerun'
		});
		results.push(rerun);
		await server.stop();
		expect(rerun.serverErrors).toBe(0);
		expect(rerun.noAnswer).toBe(0);
		expect(rerun.requests).toBeGreaterThan(0);
		const after = await openStore(databasePath, async (store) => ({
			check: await verifyAcknowledged(store, dashboardScenarios, results),
			audited: await scalar(
				store,
				"select count(*) as n from improvement_action a where a.title like 'load %' and not exists (select 1 from audit_log l where l.action = 'action.create' and l.target = a.id::varchar)"
			)
		}));
		expect(after.check['improvement action (write)']!.acknowledged).toBe(
			killedWrites.acknowledged.length +
				rerun.scenarios.find((s) => s.name === 'improvement action (write)')!.acknowledged.length
		);
		expect(after.check['improvement action (write)']!.missing).toEqual([]);
		expect(after.check['survey answer (write)']!.missing).toEqual([]);
		// each stored action has its audit entry: they are written together
		expect(after.audited).toBe(0);
	}, 120_000);
});

describe('SIGKILL during an ingest uploaded through the page', () => {
	const dir = tempDir();
	const databasePath = path.join(dir, 'ingest.duckdb');
	const file = path.join(dir, 'big-log.csv');
	const rows = 300_000;

	function upload(server: RunningServer, cookie: string, progress: string) {
		const body = new FormData();
		body.set('kind', 'interactions');
		body.set('progress', progress);
		body.set('file', new Blob([readFileSync(file)]), 'big-log.csv');
		return fetch(`${server.url}/ingest?/ingest`, {
			method: 'POST',
			headers: { origin: server.url, cookie, accept: 'application/json' },
			body
		});
	}

	it('stores none of the file, leaves no run "running", and the re-upload completes', async () => {
		await writeInteractionLog(file, rows, 'K');
		const env = { DATABASE_PATH: databasePath, TAHSEEN_DEMO: '0' };
		await setUpStoreFile(databasePath, { email: admin, password });
		let server = await start(env);
		let cookie = await signIn(server.url, admin, password);
		const token = 'c0ffee'.padEnd(32, '0');
		const answer = upload(server, cookie, token).then(
			(r) => r.status,
			() => 'no answer'
		);
		let stage: string | undefined;
		for (let i = 0; i < 600 && !stage; i++) {
			await new Promise((r) => setTimeout(r, 50));
			const progress = (await (
				await fetch(`${server.url}/api/ingest/progress/${token}`, { headers: { cookie } })
			).json()) as { stage: string } | null;
			if (progress && ['checking', 'merging'].includes(progress.stage)) stage = progress.stage;
		}
		expect(stage).toBeDefined();
		await kill(server);
		expect(await answer).toBe('no answer');

		const state = await openStore(databasePath, async (store) => ({
			stored: await scalar(store, "select count(*) as n from interaction where id like 'K-%'"),
			runs: await store.all('select id, status from ingest_run')
		}));
		expect(state).toEqual({ stored: 0, runs: [] });

		server = await start(env);
		cookie = await signIn(server.url, admin, password);
		const page = await (await fetch(`${server.url}/ingest`, { headers: { cookie } })).text();
		expect(page).not.toContain('big-log.csv');
		const again = await upload(server, cookie, token);
		expect(again.status).toBe(200);
		expect(((await again.json()) as { type: string }).type).toBe('success');
		await server.stop();

		const done = await openStore(databasePath, async (store) => ({
			stored: await scalar(store, "select count(*) as n from interaction where id like 'K-%'"),
			runs: await store.all<{ status: string; inserted: number }>(
				'select status, inserted from ingest_run'
			)
		}));
		expect(done).toEqual({ stored: rows, runs: [{ status: 'done', inserted: rows }] });
	}, 180_000);

	it('a run left "running" by a stopped process is marked failed at start-up', async () => {
		await openStore(databasePath, (store) =>
			store.run(
				"insert into ingest_run (kind, file_name, status) values ('interactions', 'cut-off.csv', 'running')"
			)
		);
		const server = await start({ DATABASE_PATH: databasePath, TAHSEEN_DEMO: '0' });
		await server.stop();
		expect(server.output()).toMatch(/Tahseen: marked interrupted ingest runs as failed: \d+\./);
		const runs = await openStore(databasePath, (store) =>
			store.all<{ status: string; error: string }>(
				"select status, error from ingest_run where file_name = 'cut-off.csv'"
			)
		);
		expect(runs).toEqual([
			{ status: 'failed', error: 'interrupted: the process stopped before the run finished' }
		]);
	}, 60_000);
});
