// Supervision by scripts/serve.js: the serving process killed with SIGKILL is started again within
// seconds, and every write acknowledged before the kill is kept; SIGTERM stops it cleanly; a server
// that cannot start (the database held by another process: exit 75) is not restarted in a loop.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useHostileServer } from './helpers/hostile';
import { startServer } from './helpers/server';

const h = useHostileServer();

async function createAction(title: string): Promise<number> {
	const response = await h.post(
		'/dashboard/actions?/create',
		{
			findingKind: 'channel',
			findingValue: 'phone',
			title,
			description: 'kept across a crash',
			team: 'team-1',
			dueDate: '2026-12-31',
			status: 'open'
		},
		h.manager,
		{ accept: 'application/json' }
	);
	return ((await response.json()) as { status?: number; type: string }).type === 'success'
		? 200
		: response.status;
}

async function waitForServing(previous: number, ms: number): Promise<number> {
	const started = Date.now();
	while (Date.now() - started < ms) {
		await new Promise((r) => setTimeout(r, 100));
		if (h.server.pid === previous) continue;
		const ok = await fetch(`${h.server.url}/health`).then(
			(r) => r.ok,
			() => false
		);
		if (ok) return Date.now() - started;
	}
	throw new Error(`not serving again after ${ms} ms:\n${h.server.output()}`);
}

describe('a killed server', () => {
	it('is serving again within seconds, with every acknowledged write kept', async () => {
		const titles = Array.from({ length: 12 }, (_, i) => `supervised action ${i}`);
		for (const title of titles) expect(await createAction(title)).toBe(200);

		const killed = h.server.pid;
		expect(killed).not.toBe(h.server.supervisorPid);
		process.kill(killed, 'SIGKILL');
		const ms = await waitForServing(killed, 15_000);
		expect(ms).toBeLessThan(10_000);
		expect(h.server.output()).toContain(
			`the server process ${killed} was killed (SIGKILL); starting it again`
		);

		// the session (stored) still holds, and every acknowledged action is there
		const page = await (await h.get('/dashboard/actions', h.manager)).text();
		for (const title of titles) expect(page).toContain(title);

		// and twice more: the pause stays short while the restarts are few
		for (let round = 0; round < 2; round++) {
			const pid = h.server.pid;
			process.kill(pid, 'SIGKILL');
			expect(await waitForServing(pid, 15_000)).toBeLessThan(10_000);
		}
		expect(await createAction('after three kills')).toBe(200);
	}, 90_000);

	it('stops cleanly on SIGTERM, serving process included', async () => {
		const worker = h.server.pid;
		const code = await h.server.stop();
		expect(code).toBe(0);
		expect(() => process.kill(worker, 0)).toThrow();
	}, 30_000);
});

describe('a server that cannot start', () => {
	it('is not restarted: the database held by another process ends it with 75', async () => {
		const holder = await startServer({
			DATABASE_PATH: path.join(path.dirname(h.databasePath), 'held.duckdb'),
			TAHSEEN_DEMO: '0'
		});
		try {
			const started = Date.now();
			const second = startServer({
				DATABASE_PATH: path.join(path.dirname(h.databasePath), 'held.duckdb'),
				TAHSEEN_DEMO: '0'
			});
			await expect(second).rejects.toThrow(/server exited with 75/);
			expect(Date.now() - started).toBeLessThan(20_000);
		} finally {
			await holder.stop();
		}
	}, 60_000);
});

describe('behind a proxy', () => {
	it('warns at start-up when ORIGIN is https and no address header is set', async () => {
		const dir = path.dirname(h.databasePath);
		const bare = await startServer({
			DATABASE_PATH: path.join(dir, 'proxy.duckdb'),
			TAHSEEN_DEMO: '0',
			ORIGIN: 'https://tahseen.example.sa'
		});
		await bare.stop();
		expect(bare.output()).toMatch(/warning: ORIGIN is https but ADDRESS_HEADER is not set/);
		const told = await startServer({
			DATABASE_PATH: path.join(dir, 'proxy.duckdb'),
			TAHSEEN_DEMO: '0',
			ORIGIN: 'https://tahseen.example.sa',
			ADDRESS_HEADER: 'X-Forwarded-For'
		});
		await told.stop();
		expect(told.output()).not.toMatch(/ADDRESS_HEADER/);
	}, 60_000);
});
