// The field phone's queue in IndexedDB (through `idb`): every answer is put here first, with its
// submission id, the version it was shown, the time it was given and its values, and removed only
// once the server has confirmed it stored it. It outlives the tab, the browser and the phone
// restarting. Answers the server refused for good are moved aside (kept, counted, never resent).
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { FormValues } from '$lib/schemas/survey-answers';

export interface QueuedAnswer {
	sid: string;
	/** the device link it was given on: each page sends only its own device's answers */
	token: string;
	version: number;
	/** ISO time the person answered */
	answeredAt: string;
	lang: 'ar' | 'en';
	values: FormValues;
}

export interface SetAside extends QueuedAnswer {
	code: string;
	message: string;
}

interface FieldDb extends DBSchema {
	queue: { key: string; value: QueuedAnswer; indexes: { token: string } };
	refused: { key: string; value: SetAside; indexes: { token: string } };
}

export type Queue = IDBPDatabase<FieldDb>;

export function openQueue(): Promise<Queue> {
	return openDB<FieldDb>('tahseen-field', 1, {
		upgrade(db) {
			db.createObjectStore('queue', { keyPath: 'sid' }).createIndex('token', 'token');
			db.createObjectStore('refused', { keyPath: 'sid' }).createIndex('token', 'token');
		}
	});
}

/** The device's answers waiting to be sent, oldest first. */
export async function waiting(db: Queue, token: string): Promise<QueuedAnswer[]> {
	const all = await db.getAllFromIndex('queue', 'token', token);
	return all.sort((a, b) => a.answeredAt.localeCompare(b.answeredAt));
}

export function countWaiting(db: Queue, token: string): Promise<number> {
	return db.countFromIndex('queue', 'token', token);
}

export function countSetAside(db: Queue, token: string): Promise<number> {
	return db.countFromIndex('refused', 'token', token);
}

/** Confirmed by the server: off the device. */
export function confirmed(db: Queue, sid: string): Promise<void> {
	return db.delete('queue', sid);
}

/** Refused for good: out of the queue, kept aside with the reason (one transaction). */
export async function setAside(db: Queue, answer: QueuedAnswer, code: string, message: string) {
	const tx = db.transaction(['queue', 'refused'], 'readwrite');
	await Promise.all([
		tx.objectStore('refused').put({ ...answer, code, message }),
		tx.objectStore('queue').delete(answer.sid),
		tx.done
	]);
}
