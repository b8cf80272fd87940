import { describe, expect, it } from 'vitest';
import { hashPassword, randomPassword, verifyPassword } from './passwords';

describe('passwords', () => {
	it('are hashed with argon2id and verified', async () => {
		const hash = await hashPassword('correct horse');
		expect(hash.startsWith('$argon2id$')).toBe(true);
		expect(await verifyPassword(hash, 'correct horse')).toBe(true);
		expect(await verifyPassword(hash, 'wrong horse')).toBe(false);
		expect(await verifyPassword('not a hash', 'x')).toBe(false);
	});

	it('are generated at random, 20 characters long', () => {
		const a = randomPassword();
		expect(a).toMatch(/^[a-z2-7]{20}$/);
		expect(randomPassword()).not.toBe(a);
	});
});
