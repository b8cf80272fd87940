// bench/RESULTS.md is rendered from the JSON the benchmarks write: every stored figure is shown,
// targets are checked against the values, and figures without a target take the table's.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFigures, meets, renderResults, type BenchResult } from '../bench/results-report';
import { root } from './helpers/server';

const resultsDir = path.join(root, 'bench', 'results');
const stored: BenchResult[] = readdirSync(resultsDir)
	.filter((f) => f.endsWith('.json'))
	.sort()
	.map((f) => JSON.parse(readFileSync(path.join(resultsDir, f), 'utf8')) as BenchResult);
const machine = { cores: 2, cpu: 'Test CPU', memoryGb: 24, node: 'v20.0.0', os: 'Linux' };

describe('target checks', () => {
	it.each([
		[451, '< 150', false],
		[11.5, '< 150', true],
		[1.5, '≤ 1.5', true],
		[1.51, '<= 1.5', false],
		[7.9, '≥ 5', true],
		[4.99, '>= 5', false],
		[1, '1', true],
		[0, '1', false],
		[2048, '< 2,048', false],
		[3, 'fast', null]
	])('%d against "%s" is %s', (value, target, expected) => {
		expect(meets(value, target)).toBe(expected);
	});
});

describe('the report of the stored results', () => {
	const markdown = renderResults({
		machine,
		generated: new Date('2026-11-29T12:00:00Z'),
		results: stored
	});

	it('shows the machine and every figure of every benchmark', () => {
		expect(stored.length).toBeGreaterThanOrEqual(4);
		expect(markdown).toContain('| 2 | Test CPU | 24 GB | v20.0.0 | Linux |');
		for (const result of stored) {
			expect(markdown).toContain(`## ${result.name}`);
			for (const figure of result.figures) expect(markdown).toContain(figure.label);
		}
	});

	it('counts the targets met as the values say', () => {
		const targeted = stored.flatMap((r) => r.figures).filter((f) => f.target !== null);
		const met = targeted.filter((f) => meets(f.value, f.target!) ?? f.ok).length;
		expect(markdown).toContain(`## Targets: ${met} of ${targeted.length} met`);
		// the stored ingest ratios miss their 1.5× target: shown as failures, not hidden
		const ingest = checkFigures(stored.find((r) => r.name === 'ingest')!);
		expect(ingest.find((f) => f.label === 'ratio b/a')?.result).toBe(
			meets(
				stored.find((r) => r.name === 'ingest')!.figures.find((f) => f.label === 'ratio b/a')!
					.value,
				'≤ 1.5'
			)
				? 'pass'
				: 'fail'
		);
		expect(markdown).toMatch(
			/\| ingest \| ratio b\/a \| [\d.]+ × \| ≤ 1\.5 \| (✅ pass|❌ fail) \|/
		);
	});

	it('takes a target from its own table for a benchmark that writes none (the survey)', () => {
		const survey: BenchResult = {
			name: 'survey',
			date: '2026-11-29T12:00:00Z',
			machine: 'test',
			figures: [
				{ label: 'submissions per second', value: 240, unit: '/s', target: null, ok: null },
				{ label: 'submission p99', value: 1800, unit: 'ms', target: null, ok: null },
				{ label: 'submissions stored', value: 5000, unit: 'rows', target: null, ok: null }
			]
		};
		expect(checkFigures(survey).map((f) => [f.target, f.source, f.result])).toEqual([
			['≥ 100', 'table', 'pass'],
			['< 1000', 'table', 'fail'],
			[null, null, 'info']
		]);
		const text = renderResults({
			machine,
			generated: new Date(),
			results: [survey],
			runs: [{ script: 'bench:survey', exitCode: 0, seconds: 61.2 }],
			missing: ['bench:other']
		});
		expect(text).toContain('| survey | submissions per second | 240 /s | ≥ 100 ¹ | ✅ pass |');
		expect(text).toContain('| npm run bench:survey | 0 | 61 s |');
		expect(text).toContain('`npm run bench:other`');
	});
});
