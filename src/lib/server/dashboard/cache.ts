// A small cache of dashboard figures: an entry is used only while the store has seen no committed
// change since it was computed (Store.generation), and for at most a few minutes, because figures
// of a running period ("overdue now") move with the clock.
import type { Store } from '../db';

const maxEntries = 300;
const maxAgeMs = 5 * 60_000;
const entries = new Map<string, { at: number; value: Promise<unknown> }>();

export function cached<T>(store: Store, key: string, compute: () => Promise<T>): Promise<T> {
	const full = `${store.generation}|${key}`;
	const now = Date.now();
	const hit = entries.get(full);
	if (hit && now - hit.at < maxAgeMs) {
		entries.delete(full);
		entries.set(full, hit); // most recently used last
		return hit.value as Promise<T>;
	}
	const value = compute();
	entries.set(full, { at: now, value });
	value.catch(() => entries.delete(full));
	while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
	return value;
}
