// One-time survey link tokens: random, shown once in the link, stored only as a SHA-256 hash
// (survey_token.token_hash), so a leaked database does not yield usable links.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

/** A new token: 20 random bytes in lowercase base32 (32 characters, URL-safe). */
export function newSurveyToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

/** What the database keeps of a token: its SHA-256 in lowercase hex. */
export function hashSurveyToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** Whether a path segment has the shape of a token (checked before any database look-up). */
export function looksLikeSurveyToken(value: string): boolean {
	return /^[a-z2-7]{32}$/.test(value);
}

/** The public one-time link of a token: `${origin}/s/${slug}/t/${token}`. */
export function surveyTokenLink(origin: string, slug: string, token: string): string {
	return `${origin.replace(/\/$/, '')}/s/${encodeURIComponent(slug)}/t/${token}`;
}
