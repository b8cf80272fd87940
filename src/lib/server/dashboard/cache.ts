// A small cache of dashboard figures: an entry is used only while the store has seen no committed
// change since it was computed (Store.generation), and for at most a few minutes, because figures
// of a running period ("overdue now") move with the clock.
//
// Under a stream of writes (survey answers arriving every few milliseconds) every read would find
// the store changed and compute again, and many readers at once would each start the same heavy
// computation. So one key computes at most once at a time: a reader who finds a computation under
// way for an older generation waits for one more computation, started when that one ends, shared by
// everyone who asked meanwhile; it still sees every change committed before it asked. And at most
// `concurrentComputations` computations run at once across all keys, so figures never crowd out
// the writes. A computation must not wait on another cached() itself: two such, each holding a
// place, would wait for each other for ever.
import type { Store } from '../db';

const maxEntries = 300;
const maxAgeMs = 5 * 60_000;
const concurrentComputations = 2;

interface Slot {
	generation: number;
	at: number;
	value: Promise<unknown>;
	settled: boolean;
}

interface KeyState {
	current: Slot;
	/** The computation that follows the one under way, shared by the readers waiting for it. */
	following?: Promise<unknown>;
}

const states = new Map<string, KeyState>();
const storeIds = new WeakMap<Store, number>();
let nextStoreId = 1;

let running = 0;
const queue: (() => void)[] = [];

async function limited<T>(compute: () => Promise<T>): Promise<T> {
	if (running >= concurrentComputations) await new Promise<void>((go) => queue.push(go));
	running++;
	try {
		return await compute();
	} finally {
		running--;
		queue.shift()?.();
	}
}

function storeKey(store: Store, key: string): string {
	let id = storeIds.get(store);
	if (id === undefined) storeIds.set(store, (id = nextStoreId++));
	return `${id}|${key}`;
}

function start<T>(store: Store, full: string, compute: () => Promise<T>): Promise<T> {
	const slot: Slot = {
		generation: store.generation,
		at: Date.now(),
		value: limited(compute),
		settled: false
	};
	const state = states.get(full);
	if (state) {
		state.current = slot;
		state.following = undefined;
		states.delete(full);
		states.set(full, state); // most recently used last
	} else {
		states.set(full, { current: slot });
	}
	slot.value.then(
		() => (slot.settled = true),
		() => {
			slot.settled = true;
			// a failed computation is not kept
			if (states.get(full)?.current === slot) states.delete(full);
		}
	);
	while (states.size > maxEntries) states.delete(states.keys().next().value!);
	return slot.value as Promise<T>;
}

export function cached<T>(store: Store, key: string, compute: () => Promise<T>): Promise<T> {
	const full = storeKey(store, key);
	const state = states.get(full);
	if (!state) return start(store, full, compute);
	const { current } = state;
	if (current.generation === store.generation && Date.now() - current.at < maxAgeMs) {
		states.delete(full);
		states.set(full, state); // most recently used last
		return current.value as Promise<T>;
	}
	if (current.settled) return start(store, full, compute);
	state.following ??= current.value.then(
		() => start(store, full, compute),
		() => start(store, full, compute)
	);
	return state.following as Promise<T>;
}
