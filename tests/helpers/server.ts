// Starts the built server (scripts/serve.js over build/) on 127.0.0.1 with its own database file, for tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

export interface RunningServer {
	url: string;
	/** The process that serves (under scripts/serve.js's supervisor, the latest one it started). */
	readonly pid: number;
	/** The process started (the supervisor, unless TAHSEEN_SUPERVISE=off). */
	supervisorPid: number;
	output: () => string;
	stop: () => Promise<number | null>;
}

/** Starts the built app (scripts/serve.js) and resolves once it listens; rejects with its output if it exits first. */
export async function startServer(
	env: Record<string, string>,
	timeoutMs = 90_000,
	/** Extra Node.js options before the script (e.g. `--cpu-prof` for a benchmark's profile). */
	nodeArgs: string[] = []
): Promise<RunningServer> {
	if (!existsSync(path.join(root, 'build', 'index.js'))) {
		throw new Error(
			'build/index.js is missing: run `npm run build` before these tests (npm test does).'
		);
	}
	const port = await freePort();
	const child: ChildProcess = spawn(process.execPath, [...nodeArgs, 'scripts/serve.js'], {
		cwd: root,
		env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const exited = new Promise<number | null>((resolve) =>
		child.once('exit', (code) => resolve(code))
	);

	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(
			() => reject(new Error(`server did not start:\n${output}`)),
			timeoutMs
		);
		const check = setInterval(() => {
			if (output.includes('Listening on')) {
				clearInterval(check);
				clearTimeout(timer);
				resolve();
			}
		}, 50);
		void exited.then((code) => {
			clearInterval(check);
			clearTimeout(timer);
			reject(new Error(`server exited with ${code}:\n${output}`));
		});
	});

	return {
		url: `http://127.0.0.1:${port}`,
		get pid() {
			const pids = [...output.matchAll(/Listening on \S+ \(process (\d+)\)/g)];
			return pids.length ? Number(pids.at(-1)![1]) : child.pid!;
		},
		supervisorPid: child.pid!,
		output: () => output,
		stop: async () => {
			if (child.exitCode === null) child.kill('SIGTERM');
			return exited;
		}
	};
}

/** Signs in over HTTP with the login form; the session cookie (`name=value`) it sets. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
	const response = await fetch(`${url}/login`, {
		method: 'POST',
		headers: { origin: url, accept: 'text/html' },
		body: new URLSearchParams({ email, password }),
		redirect: 'manual'
	});
	const cookie = response.headers.get('set-cookie');
	if (response.status !== 303 || !cookie)
		throw new Error(`sign-in as ${email} failed: ${response.status}`);
	return cookie.split(';')[0]!;
}
