// Shared by tests/hostile-*.test.ts: the built server on a fresh store (no demo data), an admin and
// a manager signed in, and a check that the server still answers.
import path from 'node:path';
import { expect } from 'vitest';
import { startServer, type RunningServer } from './server';
import { setUpStoreFile } from './setup-store';
import { tempDir } from './temp';

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

export async function signIn(url: string, email: string, password: string): Promise<string> {
	const response = await fetch(`${url}/login`, {
		method: 'POST',
		headers: { origin: url, accept: 'text/html' },
		body: new URLSearchParams({ email, password }),
		redirect: 'manual'
	});
	const cookie = response.headers.get('set-cookie');
	if (!cookie) throw new Error(`sign-in as ${email} failed: ${response.status}`);
	return cookie.split(';')[0]!;
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
