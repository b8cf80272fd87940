import { describe, expect, it } from 'vitest';
import { answeredAtProblem, FUTURE_SLACK_MS, MAX_AGE_MS } from './field-time';

const now = new Date('2026-12-03T10:00:00Z');
const at = (offsetMs: number) => new Date(now.getTime() + offsetMs);

describe('when a field answer may be recorded', () => {
	it('accepts answers from just now back to 90 days, and a few minutes of clock drift', () => {
		expect(answeredAtProblem(now, now)).toBeNull();
		expect(answeredAtProblem(at(FUTURE_SLACK_MS), now)).toBeNull();
		expect(answeredAtProblem(at(-3 * 24 * 3600_000), now)).toBeNull();
		expect(answeredAtProblem(at(-MAX_AGE_MS), now)).toBeNull();
	});

	it('refuses a time more than ten minutes ahead, or older than 90 days', () => {
		expect(answeredAtProblem(at(FUTURE_SLACK_MS + 1), now)).toBe('in_future');
		expect(answeredAtProblem(at(24 * 3600_000), now)).toBe('in_future');
		expect(answeredAtProblem(at(-MAX_AGE_MS - 1), now)).toBe('too_old');
		expect(answeredAtProblem(new Date(Number.NaN), now)).toBe('too_old');
	});
});
