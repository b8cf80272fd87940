// Password hashing with argon2id (@node-rs/argon2 defaults to argon2id) and random passwords.
import { hash, verify } from '@node-rs/argon2';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

const options = { memoryCost: 19_456, timeCost: 2, outputLen: 32, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
	return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

/** A random password of 20 base-32 characters (100 bits). */
export function randomPassword(): string {
	const bytes = new Uint8Array(13);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes).slice(0, 20);
}
