// When a field phone's answer may be recorded: the time the beneficiary answered, as the phone's
// clock gave it. A phone may send it days later (it was offline), but not from the future (beyond a
// few minutes of clock drift) nor from long ago (a forgotten phone's queue or a wrong date).

/** How far ahead of the server's clock an answer's time may be: phones' clocks drift. */
export const FUTURE_SLACK_MS = 10 * 60 * 1000;
/** How old an answer may be when it arrives. */
export const MAX_AGE_MS = 90 * 24 * 60 * 60 * 1000;

/** Why an answer given at `answeredAt` cannot be recorded when it arrives at `now`, or null. */
export function answeredAtProblem(answeredAt: Date, now: Date): 'in_future' | 'too_old' | null {
	const at = answeredAt.getTime();
	if (Number.isNaN(at)) return 'too_old';
	if (at > now.getTime() + FUTURE_SLACK_MS) return 'in_future';
	if (at < now.getTime() - MAX_AGE_MS) return 'too_old';
	return null;
}
