// npm test checks for Chromium once, first (scripts/check-chromium.js): without it, one line saying
// how to install it, instead of seven browser-test files failing with "executable doesn't exist".
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const run = (chromium: string) =>
	spawnSync(process.execPath, ['scripts/check-chromium.js'], {
		env: { ...process.env, CHROMIUM_PATH: chromium },
		encoding: 'utf8'
	});

describe('the Chromium check before npm test', () => {
	it('fails with one line saying how to install Chromium or which CHROMIUM_PATH to set', () => {
		const result = run('/nonexistent/chromium');
		expect(result.status).toBe(1);
		const lines = result.stderr.trim().split('\n');
		expect(lines).toHaveLength(1);
		expect(lines[0]).toContain('/nonexistent/chromium');
		expect(lines[0]).toContain('apt-get install -y chromium');
		expect(lines[0]).toContain('CHROMIUM_PATH');
	});

	it('passes quietly when CHROMIUM_PATH names an executable', () => {
		const result = run(process.execPath);
		expect(result.status).toBe(0);
		expect(result.stderr).toBe('');
	});

	it('runs first in npm test', () => {
		const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { test: string } };
		expect(pkg.scripts.test.startsWith('node scripts/check-chromium.js && ')).toBe(true);
	});
});
