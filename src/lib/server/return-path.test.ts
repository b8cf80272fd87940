import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path';

const origin = 'http://localhost:3000';

describe('safeReturnPath', () => {
	it.each([
		['/', '/'],
		['/dashboard?period=this-month', '/dashboard?period=this-month'],
		['/reports/3#top', '/reports/3#top'],
		['/dashboard?redirect=//evil.example', '/dashboard?redirect=//evil.example'],
		['/ingest?run=4&lang=en', '/ingest?run=4&lang=en'],
		['/%D8%AA%D9%82%D8%A7%D8%B1%D9%8A%D8%B1', '/%D8%AA%D9%82%D8%A7%D8%B1%D9%8A%D8%B1']
	])('keeps the local path %j', (input, expected) => {
		expect(safeReturnPath(input)).toBe(expected);
	});

	const nasty = [
		'//evil.example',
		'///evil.example',
		'////evil.example/x',
		'/\\evil.example',
		'\\/evil.example',
		'/\t/evil.example',
		'/%09/evil.example',
		'/\n/evil.example',
		'/ /evil.example',
		'/%20/evil.example',
		'/%2F/evil.example',
		'/%2f%2fevil.example',
		'/%5C/evil.example',
		'/%5cevil.example',
		'/.//evil.example',
		'/./\\evil.example',
		'https://evil.example/',
		'http:evil.example',
		'https:/evil.example',
		'HTTPS://evil.example',
		'//evil.example@localhost',
		'javascript:alert(1)',
		'JavaScript:alert(1)',
		' javascript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'/ok\r\nSet-Cookie: x=1',
		'/%0d%0aSet-Cookie:x=1',
		'evil.example',
		'',
		'/%E0%A4%A',
		'/' + 'a'.repeat(3000),
		undefined,
		null,
		42,
		['/dashboard']
	];

	it.each(nasty)('refuses %j', (input) => {
		const result = safeReturnPath(input);
		expect(result).toMatch(/^\/(?![/\\])/);
		// wherever a browser goes from this site with it, it stays on this site
		const resolved = new URL(result, origin);
		expect(resolved.origin).toBe(origin);
		if (typeof input === 'string' && /evil/.test(input)) expect(resolved.host).not.toMatch(/evil/);
	});

	it('never returns a value that a browser resolves off the site', () => {
		for (const input of nasty) {
			if (typeof input !== 'string') continue;
			expect(new URL(safeReturnPath(input), origin).origin, JSON.stringify(input)).toBe(origin);
		}
	});
});
