// Wrong PINs typed on a device (the kiosk's staff PIN): at most `max` in a sliding window; once
// that many are counted, every PIN is refused (even the right one) until the oldest leaves the
// window, so a PIN cannot be guessed by trying them all. Counted in memory per key (a device id).

export class PinAttempts {
	private readonly failures = new Map<string, number[]>();

	constructor(
		readonly max = 5,
		readonly windowMs = 15 * 60_000
	) {}

	/** The wrong PINs of `key` still in the window at `now`, oldest first. */
	private recent(key: string, now: number): number[] {
		const kept = (this.failures.get(key) ?? []).filter((at) => now - at < this.windowMs);
		if (kept.length) this.failures.set(key, kept);
		else this.failures.delete(key);
		return kept;
	}

	/** Milliseconds until `key` may try again (0: it may now). */
	lockedFor(key: string, now = Date.now()): number {
		const recent = this.recent(key, now);
		if (recent.length < this.max) return 0;
		return recent[recent.length - this.max]! + this.windowMs - now;
	}

	/** Counts a wrong PIN of `key`; true when that was the last one allowed in the window. */
	fail(key: string, now = Date.now()): boolean {
		const recent = this.recent(key, now);
		recent.push(now);
		this.failures.set(key, recent);
		if (this.failures.size > 10_000) this.forgetOld(now);
		return recent.length >= this.max;
	}

	private forgetOld(now: number): void {
		for (const key of [...this.failures.keys()]) this.recent(key, now);
	}
}
