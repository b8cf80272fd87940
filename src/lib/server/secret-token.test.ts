import { describe, expect, it } from 'vitest';
import { randomToken, tokenHash } from './secret-token';

describe('secret tokens', () => {
	it('are 32 URL-safe characters, new every time', () => {
		const a = randomToken();
		expect(a).toMatch(/^[a-z2-7]{32}$/);
		expect(randomToken()).not.toBe(a);
	});

	it('are kept as their SHA-256 in lowercase hex', () => {
		expect(tokenHash('abc')).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
	});
});
