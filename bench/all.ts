// npm run bench [-- --report-only] [-- --skip NAME,NAME]
// Runs every `bench:*` script of package.json in turn (a new one is picked up by its name), then
// writes bench/RESULTS.md from bench/results/*.json: the machine, each figure with its target and
// pass or fail. --report-only regenerates RESULTS.md from the JSON already there.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseFlags, runCli, UsageError } from '../scripts/cli';
import { renderResults, type BenchResult, type ScriptRun } from './results-report';

const root = path.resolve(import.meta.dirname, '..');
const resultsDir = path.join(root, 'bench', 'results');
const usage = 'npm run bench [-- --report-only] [-- --skip NAME,NAME]';

function benchScripts(): string[] {
	const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
		scripts: Record<string, string>;
	};
	return Object.keys(pkg.scripts).filter((name) => name.startsWith('bench:'));
}

function readResults(): BenchResult[] {
	if (!existsSync(resultsDir)) return [];
	return readdirSync(resultsDir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => JSON.parse(readFileSync(path.join(resultsDir, f), 'utf8')) as BenchResult)
		.filter((r) => Array.isArray(r.figures));
}

runCli(async () => {
	const { values, positionals } = parseFlags(
		{ 'report-only': { type: 'boolean' }, skip: { type: 'string' } },
		usage
	);
	if (positionals.length) throw new UsageError(`Unexpected argument "${positionals[0]}". ${usage}`);
	const skip = new Set((values.skip ?? '').split(',').filter(Boolean));
	const scripts = benchScripts().filter((s) => !skip.has(s) && !skip.has(s.slice(6)));
	let runs: ScriptRun[] | undefined;
	if (!values['report-only']) {
		runs = [];
		for (const script of scripts) {
			console.error(`== npm run ${script}`);
			const started = performance.now();
			const result = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
			runs.push({ script, exitCode: result.status, seconds: (performance.now() - started) / 1000 });
		}
	}
	const results = readResults();
	const names = new Set(results.map((r) => r.name));
	const cpus = os.cpus();
	const markdown = renderResults({
		machine: {
			cores: cpus.length,
			cpu: cpus[0]?.model.trim() ?? 'unknown',
			memoryGb: os.totalmem() / 2 ** 30,
			node: process.version,
			os: `${os.type()} ${os.release()} ${os.arch()}`
		},
		generated: new Date(),
		results,
		runs,
		missing: scripts.filter((s) => !names.has(s.slice('bench:'.length)))
	});
	const out = path.join(root, 'bench', 'RESULTS.md');
	writeFileSync(out, markdown + '\n');
	console.log(`Wrote ${path.relative(root, out)} from ${results.length} result files.`);
	if (runs?.some((r) => r.exitCode !== 0)) {
		throw new Error(
			`benchmarks failed: ${runs
				.filter((r) => r.exitCode !== 0)
				.map((r) => r.script)
				.join(', ')}`
		);
	}
});
