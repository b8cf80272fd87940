// A token bucket per key (the public survey's per-address limit): each attempt takes a token; the
// bucket holds at most `burst` and refills at `perMinute` tokens a minute. Kept in memory only.

export interface BucketPolicy {
	/** Attempts allowed at once. */
	burst: number;
	/** Tokens added back per minute. */
	perMinute: number;
}

interface Bucket {
	tokens: number;
	at: number;
}

/**
 * Parses "BURST/PERMINUTE" (e.g. "30/30"); "0" or "off" turns the limit off (null).
 * Throws on anything else, so that a typo in the setting is noticed at start-up.
 */
export function parseBucketPolicy(text: string): BucketPolicy | null {
	const value = text.trim().toLowerCase();
	if (value === '0' || value === 'off') return null;
	const match = /^(\d{1,9})\/(\d{1,9})$/.exec(value);
	if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) {
		throw new Error(`Not a rate limit (BURST/PERMINUTE, or 0 for none): ${text}`);
	}
	return { burst: Number(match[1]), perMinute: Number(match[2]) };
}

export class TokenBuckets {
	private readonly buckets = new Map<string, Bucket>();

	constructor(
		private readonly policy: BucketPolicy,
		/** Keys kept before full buckets are forgotten (memory bound). */
		private readonly maxKeys = 10_000
	) {}

	/**
	 * Takes a token for `key` at `now` (ms): true when the attempt may go ahead. A bucket refills
	 * continuously: after t ms it has gained t × perMinute / 60,000 tokens, up to `burst`.
	 */
	take(key: string, now: number): boolean {
		const { burst, perMinute } = this.policy;
		const bucket = this.buckets.get(key);
		const tokens = bucket
			? Math.min(burst, bucket.tokens + ((now - bucket.at) * perMinute) / 60_000)
			: burst;
		if (tokens < 1) {
			if (bucket) Object.assign(bucket, { tokens, at: now });
			return false;
		}
		if (!bucket && this.buckets.size >= this.maxKeys) this.prune(now);
		this.buckets.set(key, { tokens: tokens - 1, at: now });
		return true;
	}

	/** How many keys are remembered. */
	get size(): number {
		return this.buckets.size;
	}

	/** Forgets buckets that have refilled (they behave as new ones), then the oldest if needed. */
	private prune(now: number): void {
		const { burst, perMinute } = this.policy;
		for (const [key, bucket] of this.buckets) {
			if (bucket.tokens + ((now - bucket.at) * perMinute) / 60_000 >= burst) {
				this.buckets.delete(key);
			}
		}
		for (const key of this.buckets.keys()) {
			if (this.buckets.size < this.maxKeys) break;
			this.buckets.delete(key);
		}
	}
}
