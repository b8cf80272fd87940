import { describe, expect, it } from 'vitest';
import { hashSurveyToken, looksLikeSurveyToken, newSurveyToken, surveyTokenLink } from './token';

describe('survey tokens', () => {
	it('are 32 base32 characters, distinct, and hashed to 64 hex characters', () => {
		const tokens = Array.from({ length: 200 }, newSurveyToken);
		expect(new Set(tokens).size).toBe(200);
		for (const token of tokens) expect(looksLikeSurveyToken(token)).toBe(true);
		expect(hashSurveyToken(tokens[0]!)).toMatch(/^[0-9a-f]{64}$/);
		expect(hashSurveyToken('abc')).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
	});

	it('refuses other shapes and builds the link', () => {
		expect(looksLikeSurveyToken("x' or 1=1")).toBe(false);
		expect(surveyTokenLink('https://x.org/', 'satisfaction', 'a'.repeat(32))).toBe(
			`https://x.org/s/satisfaction/t/${'a'.repeat(32)}`
		);
	});
});
