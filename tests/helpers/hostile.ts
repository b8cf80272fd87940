// Shared by tests/hostile-*.test.ts: the built server on a fresh store (no demo data), an admin and
// a manager signed in, and a check that the server still answers.
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { signIn, startServer, type RunningServer } from './server';
import { setUpStoreFile } from './setup-store';
import { removeTempDirs, tempDir } from './temp';

export { signIn };

export const adminEmail = 'admin@example.sa';
export const adminPassword = 'hostile-admin-password';
export const managerEmail = 'manager@example.sa';
export const managerPassword = 'hostile-manager-password';

export interface Hostile {
	server: RunningServer;
	databasePath: string;
	admin: string;
	manager: string;
	get: (pathname: string, cookie?: string, headers?: Record<string, string>) => Promise<Response>;
	post: (
		pathname: string,
		fields: Record<string, string>,
		cookie?: string,
		headers?: Record<string, string>
	) => Promise<Response>;
	/** The server answers /health with 200 and is the same process as before. */
	stillServing: (pid: number) => Promise<void>;
}

export async function startHostile(env: Record<string, string> = {}): Promise<Hostile> {
	const databasePath = path.join(tempDir(), 'hostile.duckdb');
	await setUpStoreFile(databasePath, { email: adminEmail, password: adminPassword });
	const server = await startServer({ DATABASE_PATH: databasePath, TAHSEEN_DEMO: '0', ...env });
	const get = (pathname: string, cookie?: string, headers: Record<string, string> = {}) =>
		fetch(`${server.url}${pathname}`, {
			headers: { ...(cookie ? { cookie } : {}), ...headers },
			redirect: 'manual'
		});
	const post = (
		pathname: string,
		fields: Record<string, string>,
		cookie?: string,
		headers: Record<string, string> = {}
	) =>
		fetch(`${server.url}${pathname}`, {
			method: 'POST',
			headers: {
				origin: server.url,
				accept: 'text/html',
				...(cookie ? { cookie } : {}),
				...headers
			},
			body: new URLSearchParams(fields),
			redirect: 'manual'
		});
	const admin = await signIn(server.url, adminEmail, adminPassword);
	await post(
		'/admin/users?/create',
		{ email: managerEmail, role: 'manager', password: managerPassword },
		admin
	);
	const manager = await signIn(server.url, managerEmail, managerPassword);
	return {
		server,
		databasePath,
		admin,
		manager,
		get,
		post,
		stillServing: async (pid: number) => {
			const health = await fetch(`${server.url}/health`);
			expect(health.status).toBe(200);
			expect(server.pid, 'the serving process was not replaced').toBe(pid);
		}
	};
}

/**
 * The hostile server of one test file: started before its tests, stopped (and its temporary
 * folders removed) after them. Read it inside tests; `pid` is the serving process it started with.
 */
export function useHostileServer(
	env: Record<string, string> = {}
): Hostile & { readonly pid: number } {
	let started: Hostile | undefined;
	let startPid = 0;
	const now = (): Hostile => {
		if (!started) throw new Error('the hostile server starts before the tests: use it inside one');
		return started;
	};
	beforeAll(async () => {
		started = await startHostile(env);
		startPid = started.server.pid;
	}, 90_000);
	afterAll(async () => {
		await started?.server.stop();
		removeTempDirs();
	});
	return {
		get server() {
			return now().server;
		},
		get databasePath() {
			return now().databasePath;
		},
		get admin() {
			return now().admin;
		},
		get manager() {
			return now().manager;
		},
		get pid() {
			now();
			return startPid;
		},
		get: (...args) => now().get(...args),
		post: (...args) => now().post(...args),
		stillServing: (pid) => now().stillServing(pid)
	};
}
