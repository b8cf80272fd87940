// The lint rule that keeps a stored promise from failing unheard (eslint-rules/promise-awaited-in-
// time.js): reports exactly the lines of the fixture marked `// bad`, among them the shape that
// took the server down (src/lib/server/reports/build.ts before the fix).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/server';

const fixture = path.join(root, 'tests/fixtures/lint/promise-awaited-in-time.ts');

describe('tahseen/promise-awaited-in-time', () => {
	it('reports a promise kept while something else is awaited, and nothing else', async () => {
		const eslint = new ESLint({
			cwd: root,
			ignore: false,
			overrideConfig: {
				files: ['tests/fixtures/lint/**/*.ts'],
				rules: { 'tahseen/promise-awaited-in-time': 'error' }
			}
		});
		const [result] = await eslint.lintFiles([fixture]);
		const reported = result!.messages
			.filter((m) => m.ruleId === 'tahseen/promise-awaited-in-time')
			.map((m) => m.line)
			.sort((a, b) => a - b);
		const marked = readFileSync(fixture, 'utf8')
			.split('\n')
			.flatMap((line, i) => (/\/\/ bad$/.test(line) ? [i + 1] : []));
		expect(marked).toHaveLength(4);
		expect(reported).toEqual(marked);
	}, 120_000);
});
