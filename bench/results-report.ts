// Renders bench/RESULTS.md from the JSON every benchmark writes to bench/results/<name>.json
// ({ name, date, machine, figures: [{ label, value, unit, target, ok }] }): the machine, each figure
// with its target and pass or fail. Pure, so the table is tested on the stored results.

export interface BenchFigure {
	label: string;
	value: number;
	unit: string;
	/** e.g. "< 150", "≤ 1.5", "≥ 5", "1"; null when the figure is for information. */
	target: string | null;
	ok: boolean | null;
}

export interface BenchResult {
	name: string;
	date: string;
	machine: string;
	figures: BenchFigure[];
}

export interface Machine {
	cores: number;
	cpu: string;
	memoryGb: number;
	node: string;
	os: string;
}

/** How one `bench:*` script ran (absent with --report-only). */
export interface ScriptRun {
	script: string;
	exitCode: number | null;
	seconds: number;
}

/**
 * Targets for figures whose benchmark writes none (target null in its JSON); a target in the JSON
 * always wins. `bench` is the JSON's name, `label` matches the figure's label.
 */
export const fallbackTargets: { bench: string; label: RegExp; target: string }[] = [
	// the public survey's benchmark (bench:survey) may write its rate and p99 without targets
	{ bench: 'survey', label: /submissions? per second/i, target: '≥ 100' },
	{ bench: 'survey', label: /\bp99\b/i, target: '< 1000' }
];

/** Whether `value` meets `target` ("< 150", "≤ 1.5", ">= 5", "1"); null when it cannot be read. */
export function meets(value: number, target: string): boolean | null {
	const match = /^\s*(<=|>=|≤|≥|<|>|=)?\s*(-?\d+(?:\.\d+)?)\s*$/.exec(target.replace(/,/g, ''));
	if (!match) return null;
	const bound = Number(match[2]);
	switch (match[1]) {
		case '<':
			return value < bound;
		case '<=':
		case '≤':
			return value <= bound;
		case '>':
			return value > bound;
		case '>=':
		case '≥':
			return value >= bound;
		default:
			return value === bound;
	}
}

export interface CheckedFigure extends BenchFigure {
	bench: string;
	/** Where the target came from. */
	source: 'benchmark' | 'table' | null;
	result: 'pass' | 'fail' | 'info';
}

/** Every figure with its target (from the JSON or the fallback table) and its result. */
export function checkFigures(result: BenchResult): CheckedFigure[] {
	return result.figures.map((figure) => {
		let target = figure.target;
		let source: CheckedFigure['source'] = target ? 'benchmark' : null;
		if (!target) {
			const fallback = fallbackTargets.find(
				(t) => t.bench === result.name && t.label.test(figure.label)
			);
			if (fallback) {
				target = fallback.target;
				source = 'table';
			}
		}
		if (!target) return { ...figure, bench: result.name, target, source, result: 'info' };
		const ok = meets(figure.value, target) ?? figure.ok;
		return {
			...figure,
			bench: result.name,
			target,
			source,
			result: ok === null ? 'info' : ok ? 'pass' : 'fail'
		};
	});
}

function formatValue(value: number, unit: string): string {
	const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
	const text = value.toLocaleString('en', { maximumFractionDigits: digits });
	return unit === 'bool' ? (value ? 'yes' : 'no') : `${text} ${unit}`;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const mark = { pass: '✅ pass', fail: '❌ fail', info: '—' };

export function renderResults(input: {
	machine: Machine;
	generated: Date;
	results: BenchResult[];
	runs?: ScriptRun[];
	/** bench:* scripts of package.json that wrote no JSON. */
	missing?: string[];
}): string {
	const checked = input.results.map((r) => ({ result: r, figures: checkFigures(r) }));
	const all = checked.flatMap((c) => c.figures);
	const targeted = all.filter((f) => f.result !== 'info');
	const passed = targeted.filter((f) => f.result === 'pass').length;
	const m = input.machine;
	const lines: string[] = [
		'# Benchmark results',
		'',
		`Generated ${input.generated.toISOString()} by \`npm run bench\`${input.runs ? '' : ' --report-only (from the JSON each benchmark last wrote)'}.`,
		'',
		'## Machine',
		'',
		'| cores | CPU | memory | Node.js | OS |',
		'| --- | --- | --- | --- | --- |',
		`| ${m.cores} | ${cell(m.cpu)} | ${m.memoryGb.toFixed(0)} GB | ${m.node} | ${cell(m.os)} |`,
		'',
		'Each benchmark also records the machine it ran on (below), since a report can gather results of earlier runs.',
		'',
		`## Targets: ${passed} of ${targeted.length} met`,
		'',
		'| benchmark | figure | value | target | result |',
		'| --- | --- | --- | --- | --- |',
		...targeted.map(
			(f) =>
				`| ${f.bench} | ${cell(f.label)} | ${formatValue(f.value, f.unit)} | ${cell(f.target!)}${f.source === 'table' ? ' ¹' : ''} | ${mark[f.result]} |`
		),
		''
	];
	if (targeted.some((f) => f.source === 'table')) {
		lines.push(
			'¹ target from the table in bench/results-report.ts (the benchmark wrote none).',
			''
		);
	}
	if (input.runs?.length) {
		lines.push('## Runs', '', '| script | exit | time |', '| --- | --- | --- |');
		for (const run of input.runs) {
			lines.push(
				`| npm run ${run.script} | ${run.exitCode === 0 ? '0' : `**${run.exitCode ?? 'killed'}**`} | ${run.seconds.toFixed(0)} s |`
			);
		}
		lines.push('');
	}
	if (input.missing?.length) {
		lines.push(
			`Scripts without results in bench/results/: ${input.missing.map((s) => `\`npm run ${s}\``).join(', ')}.`,
			''
		);
	}
	for (const { result, figures } of checked) {
		lines.push(
			`## ${result.name}`,
			'',
			`Run ${result.date} on ${cell(result.machine)}.`,
			'',
			'| figure | value | target | result |',
			'| --- | --- | --- | --- |',
			...figures.map(
				(f) =>
					`| ${cell(f.label)} | ${formatValue(f.value, f.unit)} | ${f.target ? cell(f.target) : '—'} | ${mark[f.result]} |`
			),
			''
		);
	}
	return lines.join('\n');
}
