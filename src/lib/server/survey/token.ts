// One-time survey link tokens: random, shown once in the link, stored only as a SHA-256 hash
// (survey_token.token_hash), so a leaked database does not yield usable links.
import { randomToken, tokenHash } from '../secret-token';

/** A new token: 20 random bytes in lowercase base32 (32 characters, URL-safe). */
export const newSurveyToken = randomToken;

/** What the database keeps of a token: its SHA-256 in lowercase hex. */
export const hashSurveyToken = tokenHash;

/** Whether a path segment has the shape of a token (checked before any database look-up). */
export function looksLikeSurveyToken(value: string): boolean {
	return /^[a-z2-7]{32}$/.test(value);
}

/** The public one-time link of a token: `${origin}/s/${slug}/t/${token}`. */
export function surveyTokenLink(origin: string, slug: string, token: string): string {
	return `${origin.replace(/\/$/, '')}/s/${encodeURIComponent(slug)}/t/${token}`;
}
