// In-process mutual exclusion per key, so parallel sign-in attempts for one account or address are
// judged one after another against the throttle state (the server is the only writer of the store).

const tails = new Map<string, Promise<void>>();

/** Runs `work` while holding every key (taken in sorted order, so two callers never deadlock). */
export async function withKeys<T>(keys: string[], work: () => Promise<T>): Promise<T> {
	const sorted = [...new Set(keys)].sort();
	const releases: (() => void)[] = [];
	for (const key of sorted) {
		const previous = tails.get(key) ?? Promise.resolve();
		let release!: () => void;
		const mine = new Promise<void>((resolve) => (release = resolve));
		const tail = previous.then(() => mine);
		tails.set(key, tail);
		releases.push(() => {
			release();
			if (tails.get(key) === tail) tails.delete(key);
		});
		await previous;
	}
	try {
		return await work();
	} finally {
		for (const release of releases.reverse()) release();
	}
}
