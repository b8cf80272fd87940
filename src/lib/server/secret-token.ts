// Secrets handed out once (a session cookie, a one-time survey link) and kept only as a hash, so a
// leaked database yields nothing usable.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

/** A new secret: 20 random bytes in lowercase base32 (32 characters, URL-safe). */
export function randomToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

/** What the database keeps of a secret: its SHA-256 in lowercase hex. */
export function tokenHash(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}
