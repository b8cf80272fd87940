// npm run bench:dashboard [-- --store PATH] [--runs N]
// Loads the 10,000,000-interaction store of the metrics benchmark (building it with
// `bench:metrics --keep PATH` when missing), starts the built server on it and times the overview
// page's server response and each endpoint it uses (chart data as Arrow, charts drawn as SVG images)
// for a 12-month period: median of N (20),
// both computed (a URL the cache has not seen, as after new data) and repeated (served from the cache).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from '../tests/helpers/server';

const { values } = parseArgs({
	options: { store: { type: 'string' }, runs: { type: 'string' } },
	allowPositionals: false
});
const store = path.resolve(values.store ?? '/tmp/tahseen-bench/metrics-10m.duckdb');
const runs = Number(values.runs ?? 20);
const root = path.resolve(import.meta.dirname, '..');

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

async function main() {
	if (!existsSync(store)) {
		console.log(`Building the 10M-interaction store at ${store} (bench:metrics --keep) …`);
		mkdirSync(path.dirname(store), { recursive: true });
		const built = spawnSync('npx', ['tsx', 'bench/metrics.ts', '--keep', store], {
			cwd: root,
			stdio: 'inherit'
		});
		if (built.status !== 0) throw new Error('building the benchmark store failed');
	}
	if (!existsSync(path.join(root, 'build', 'handler.js'))) {
		const built = spawn('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
		await new Promise((resolve) => built.on('exit', resolve));
	}
	const password = 'bench-admin-password';
	const server = await startServer(
		{ DATABASE_PATH: store, TAHSEEN_DEMO_ADMIN_PASSWORD: password },
		600_000
	);
	try {
		let signIn = await fetch(`${server.url}/login`, {
			method: 'POST',
			headers: { origin: server.url, accept: 'text/html' },
			body: new URLSearchParams({ email: 'admin@demo.tahseen.sa', password }),
			redirect: 'manual'
		});
		if (signIn.status !== 303) {
			// the store already had an admin from an earlier run: add one for this run
			spawnSync(
				'npx',
				['tsx', 'scripts/user-create.ts', '--email', 'bench@example.sa', '--role', 'admin'],
				{
					cwd: root,
					env: { ...process.env, DATABASE_PATH: store, TAHSEEN_PASSWORD: password }
				}
			);
			signIn = await fetch(`${server.url}/login`, {
				method: 'POST',
				headers: { origin: server.url, accept: 'text/html' },
				body: new URLSearchParams({ email: 'bench@example.sa', password }),
				redirect: 'manual'
			});
		}
		const cookie = signIn.headers.get('set-cookie')?.split(';')[0];
		if (!cookie) throw new Error(`could not sign in (${signIn.status})`);

		const query = '?period=last-12-months';
		const targets = [
			['overview page (HTML)', `/dashboard${query}`],
			...[
				'csat-trend',
				'channel-volume',
				'turnaround-distribution',
				'overdue-age',
				'response-rate'
			].flatMap((d) => [
				[`endpoint ${d} (Arrow)`, `/api/dashboard/${d}${query}`],
				[`endpoint ${d} (SVG image)`, `/api/dashboard/${d}${query}&format=svg`]
			])
		] as const;
		const figures = [];
		const time = async (url: string) => {
			const started = performance.now();
			const response = await fetch(`${server.url}${url}`, { headers: { cookie } });
			await response.arrayBuffer();
			if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
			return performance.now() - started;
		};
		for (const [label, url] of targets) {
			// cold: a query string the cache has not seen (as after new data); warm: the same URL again
			const cold: number[] = [];
			for (let i = 0; i < runs; i++) cold.push(await time(`${url}&bench=${Date.now()}-${i}`));
			await time(url);
			const warm: number[] = [];
			for (let i = 0; i < runs; i++) warm.push(await time(url));
			const [c, w] = [median(cold), median(warm)];
			figures.push(
				{
					label: `${label}, computed (cache miss), median of ${runs}`,
					value: c,
					unit: 'ms',
					target: '< 150',
					ok: c < 150
				},
				{
					label: `${label}, repeated (cached), median of ${runs}`,
					value: w,
					unit: 'ms',
					target: '< 150',
					ok: w < 150
				}
			);
			console.log(
				`${label.padEnd(40)} computed: median ${c.toFixed(1)} ms (min ${Math.min(...cold).toFixed(1)}) · repeated: median ${w.toFixed(1)} ms · target < 150 ms`
			);
		}
		const result = {
			name: 'dashboard',
			date: new Date().toISOString(),
			machine: `${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GB, node ${process.version}`,
			figures
		};
		mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
		writeFileSync(
			path.join(root, 'bench', 'results', 'dashboard.json'),
			JSON.stringify(result, null, '\t') + '\n'
		);
	} finally {
		await server.stop();
	}
}

main().catch((error: unknown) => {
	console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
});
