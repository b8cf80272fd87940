// Sign-in throttling rules: each failure makes the next attempt wait longer, and enough failures
// lock the key (an account or a client address) for some minutes.

export interface ThrottleState {
	failures: number;
	lastFailureAt: Date | null;
	lockedUntil: Date | null;
}

export interface ThrottlePolicy {
	/** Failures allowed before any delay. */
	freeFailures: number;
	/** First delay in ms; doubled for each further failure, up to maxDelayMs. */
	baseDelayMs: number;
	maxDelayMs: number;
	/** Failures that lock the key, and for how long. */
	lockAfter: number;
	lockMs: number;
	/** Failures older than this are forgotten. */
	resetAfterMs: number;
}

export const accountPolicy: ThrottlePolicy = {
	freeFailures: 3,
	baseDelayMs: 2_000,
	maxDelayMs: 60_000,
	lockAfter: 10,
	lockMs: 15 * 60_000,
	resetAfterMs: 60 * 60_000
};

/** An address may try several accounts (a shared office connection), so it gets more room. */
export const addressPolicy: ThrottlePolicy = {
	freeFailures: 10,
	baseDelayMs: 1_000,
	maxDelayMs: 60_000,
	lockAfter: 30,
	lockMs: 15 * 60_000,
	resetAfterMs: 60 * 60_000
};

/** Milliseconds to wait before the next attempt may be checked; 0 when it may go ahead. */
export function waitBeforeAttempt(
	state: ThrottleState | undefined,
	policy: ThrottlePolicy,
	now: Date
): number {
	if (!state) return 0;
	const t = now.getTime();
	if (state.lockedUntil && state.lockedUntil.getTime() > t) return state.lockedUntil.getTime() - t;
	if (!state.lastFailureAt || t - state.lastFailureAt.getTime() > policy.resetAfterMs) return 0;
	const over = state.failures - policy.freeFailures;
	if (over < 0) return 0;
	const delay = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** over);
	return Math.max(0, state.lastFailureAt.getTime() + delay - t);
}

/** The state after one more failure at `now`. */
export function afterFailure(
	state: ThrottleState | undefined,
	policy: ThrottlePolicy,
	now: Date
): ThrottleState {
	const stale =
		!state?.lastFailureAt || now.getTime() - state.lastFailureAt.getTime() > policy.resetAfterMs;
	const failures = (stale ? 0 : state!.failures) + 1;
	return {
		failures,
		lastFailureAt: now,
		lockedUntil:
			failures >= policy.lockAfter
				? new Date(now.getTime() + policy.lockMs)
				: (state?.lockedUntil ?? null)
	};
}
