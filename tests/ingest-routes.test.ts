// The ingest routes on the built server are for signed-in admins and managers only, and the ingest
// command refuses clearly while the server holds the database file.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, startServer, type RunningServer } from './helpers/server';
import { setUpStoreFile } from './helpers/setup-store';
import { removeTempDirs, tempDir } from './helpers/temp';

const databasePath = path.join(tempDir(), 'tahseen.duckdb');
let server: RunningServer;

beforeAll(async () => {
	await setUpStoreFile(databasePath, {
		email: 'admin@example.sa',
		password: 'ingest-routes-password'
	});
	server = await startServer({ DATABASE_PATH: databasePath, TAHSEEN_DEMO: '0' });
});

afterAll(async () => {
	await server?.stop();
	removeTempDirs();
});

describe('ingest routes without a signed-in staff member', () => {
	it('the page sends to sign in', async () => {
		const response = await fetch(`${server.url}/ingest`, { redirect: 'manual' });
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('/login?redirectTo=%2Fingest');
	});

	it('the form actions refuse and store nothing', async () => {
		const body = new FormData();
		body.set('kind', 'interactions');
		body.set(
			'file',
			new Blob(['id,channel,type,received_at\nA,phone,inquiry,2026-11-22\n']),
			'a.csv'
		);
		for (const action of ['ingest', 'inspect', 'run']) {
			const response = await fetch(`${server.url}/ingest?/${action}`, {
				method: 'POST',
				body,
				headers: { origin: server.url, accept: 'application/json' },
				redirect: 'manual'
			});
			expect(response.status).toBe(401);
		}
	});

	it('the rejected-rows CSV and the progress endpoint answer 401', async () => {
		expect((await fetch(`${server.url}/api/ingest/runs/1/rejected.csv`)).status).toBe(401);
		expect(
			(await fetch(`${server.url}/api/ingest/progress/0123456789abcdef0123456789abcdef`)).status
		).toBe(401);
	});

	it('npm run ingest stops at once with a clear message while the server holds the file', () => {
		const result = spawnSync(
			process.execPath,
			[
				'--import',
				'tsx',
				'scripts/ingest.ts',
				'tests/fixtures/ingest/interactions-update.csv',
				'--kind',
				'interactions'
			],
			{ cwd: root, env: { ...process.env, DATABASE_PATH: databasePath }, encoding: 'utf8' }
		);
		expect(result.status).toBe(75);
		expect(result.stderr).toMatch(/^error: The database .* is in use by process \d+/);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
	});
});
