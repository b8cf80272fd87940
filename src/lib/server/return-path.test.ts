import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path';

describe('safeReturnPath', () => {
	it.each([
		['/', '/'],
		['/dashboard?period=this-month', '/dashboard?period=this-month'],
		['//evil.example', '/'],
		['/\\evil.example', '/'],
		['https://evil.example/', '/'],
		['javascript:alert(1)', '/'],
		['/ok\r\nSet-Cookie: x=1', '/'],
		[undefined, '/'],
		[42, '/']
	])('%j → %j', (input, expected) => {
		expect(safeReturnPath(input)).toBe(expected);
	});
});
