// The built server on the demo store with its admin, a manager and a board member signed in
// (the dashboard, reports, route-matrix and placeholder HTTP tests): started before a file's tests,
// stopped after them.
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { signIn as signInOver, startServer, type RunningServer } from './server';
import { removeTempDirs, tempDir } from './temp';

export type StaffRole = 'admin' | 'manager' | 'board';

export interface StaffServer {
	readonly server: RunningServer;
	/** The session cookie of each role, signed in before the tests. */
	readonly cookie: Readonly<Record<StaffRole, string>>;
	post: (pathname: string, fields: Record<string, string>, as?: string) => Promise<Response>;
	get: (pathname: string, as?: string) => Promise<Response>;
}

export function useStaffServer(name: string): StaffServer {
	const adminPassword = `${name}-admin-password`;
	let server: RunningServer | undefined;
	const cookie: Record<StaffRole, string> = { admin: '', manager: '', board: '' };
	const running = (): RunningServer => {
		if (!server) throw new Error('the server starts before the tests: use it inside one');
		return server;
	};
	const post = (pathname: string, fields: Record<string, string>, as?: string) =>
		fetch(`${running().url}${pathname}`, {
			method: 'POST',
			headers: { origin: running().url, accept: 'text/html', ...(as ? { cookie: as } : {}) },
			body: new URLSearchParams(fields),
			redirect: 'manual'
		});
	const get = (pathname: string, as?: string) =>
		fetch(`${running().url}${pathname}`, {
			headers: as ? { cookie: as } : {},
			redirect: 'manual'
		});
	const signIn = (email: string, password: string) => signInOver(running().url, email, password);

	beforeAll(async () => {
		server = await startServer({
			DATABASE_PATH: path.join(tempDir(), `${name}.duckdb`),
			TAHSEEN_DEMO_ADMIN_PASSWORD: adminPassword
		});
		cookie.admin = await signIn('admin@demo.tahseen.sa', adminPassword);
		for (const role of ['manager', 'board'] as const) {
			await post(
				'/admin/users?/create',
				{ email: `${role}@example.sa`, role, password: `${role}-password-1` },
				cookie.admin
			);
			cookie[role] = await signIn(`${role}@example.sa`, `${role}-password-1`);
		}
	});
	afterAll(async () => {
		await server?.stop();
		removeTempDirs();
	});

	return {
		get server() {
			return running();
		},
		cookie,
		post,
		get
	};
}
