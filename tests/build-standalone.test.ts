// The build runs on its own: build/ copied to a folder without the project's sql/ and config/
// (only package.json and node_modules beside it) starts, applies the schema, loads the demo and
// serves the dashboard pages, whose queries and theme lexicon come bundled with the build.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, root } from './helpers/server';
import { removeTempDirs, tempDir } from './helpers/temp';

const password = 'standalone-admin-password';
let child: ChildProcess | undefined;
let url = '';
let output = '';
let dir = '';

beforeAll(async () => {
	if (!existsSync(path.join(root, 'build', 'index.js'))) {
		throw new Error('build/index.js is missing: run `npm run build` before these tests.');
	}
	dir = tempDir('tahseen-standalone-');
	cpSync(path.join(root, 'build'), path.join(dir, 'build'), { recursive: true });
	cpSync(path.join(root, 'package.json'), path.join(dir, 'package.json'));
	symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
	const port = await freePort();
	url = `http://127.0.0.1:${port}`;
	child = spawn(process.execPath, ['build/index.js'], {
		cwd: dir,
		env: {
			PATH: process.env.PATH,
			HOST: '127.0.0.1',
			PORT: String(port),
			ORIGIN: url,
			DATABASE_PATH: path.join(dir, 'tahseen.duckdb'),
			TAHSEEN_DEMO_ADMIN_PASSWORD: password
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const deadline = Date.now() + 150_000;
	while (!output.includes('Listening on')) {
		if (child.exitCode !== null) throw new Error(`the server exited:\n${output}`);
		if (Date.now() > deadline) throw new Error(`the server did not start:\n${output}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
});

afterAll(async () => {
	if (child && child.exitCode === null) {
		const exited = new Promise((resolve) => child!.once('exit', resolve));
		child.kill('SIGTERM');
		await exited;
	}
	removeTempDirs();
});

describe('the build copied away from the project', () => {
	it('has neither sql/ nor config/ beside it', () => {
		expect(existsSync(path.join(dir, 'sql'))).toBe(false);
		expect(existsSync(path.join(dir, 'config'))).toBe(false);
	});

	it('applies the schema and loads the demo', async () => {
		expect(output).toMatch(/applied schema 1, 2, 3/);
		expect(output).toMatch(/loaded the demo organisation/);
		const health = await fetch(`${url}/health`);
		expect(health.status).toBe(200);
	});

	it('serves the dashboard, its segments and the comments with their themes', async () => {
		const signIn = await fetch(`${url}/login`, {
			method: 'POST',
			headers: { origin: url, accept: 'text/html' },
			body: new URLSearchParams({ email: 'admin@demo.tahseen.sa', password }),
			redirect: 'manual'
		});
		expect(signIn.status).toBe(303);
		const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
		for (const page of [
			'/dashboard',
			'/dashboard?period=last-12-months&type=support_request',
			'/dashboard/branches',
			'/dashboard/comments'
		]) {
			const response = await fetch(`${url}${page}`, { headers: { cookie } });
			expect(response.status, page).toBe(200);
			// the first theme of config/themes.json, from the lexicon built in
			if (page === '/dashboard/comments')
				expect(await response.text()).toContain('الانتظار والتأخير');
		}
		expect(output).not.toMatch(/error/i);
	});
});
