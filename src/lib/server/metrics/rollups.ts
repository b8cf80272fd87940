// The metrics roll-ups (sql/schema/003_metrics.sql): full rebuild, exact refresh of the days a
// change touches, and a self-check that rebuilds them when missing or built in another zone.
//
// What is stored depends only on the raw rows and the organisation's zone (days are local days).
// The review window, window counting (calendar/working), weekend days, holidays and the minimum
// group size are applied at query time, so changing those settings needs no rebuild. Changing the
// time zone does: the next read notices (metrics_rollup_state.time_zone) and rebuilds.
// A full rebuild (which deletes) conflicts with a concurrent one only; refreshes never delete
// summed rows.
import { countAnswersByDay, type CountedAnswer } from '../../domain/answer-counts';
import { addDays, isoDateIn, parseIsoDate, instantOf } from '../../domain/zoned-time';
import type { DataChange } from '../data-changes';
import type { Session, Store } from '../db';
import { getOrganisation } from '../organisation';
import { sql } from '../sql';

const EARLIEST = new Date('0001-01-01T00:00:00Z');
const LATEST = new Date('9999-12-31T00:00:00Z');

/** Refreshes every roll-up for the interactions and/or answers of one range of local days. */
async function refreshRange(
	session: Session,
	zone: string,
	range: { start: Date; end: Date; from_day: string; to_day: string },
	what: { interactions: boolean; responses: boolean }
): Promise<void> {
	const all = { ...range, zone };
	const days = { from_day: range.from_day, to_day: range.to_day };
	if (what.interactions) {
		await session.run(sql('metrics/interaction_daily_refresh'), all);
		await session.run(sql('metrics/interaction_channel_daily_refresh'), days);
		await session.run(sql('metrics/request_sync_delete'), { ...range });
		await session.run(sql('metrics/request_sync_insert'), all);
		await session.run(sql('metrics/request_daily_refresh'), days);
		await session.run(sql('metrics/turnaround_sorted_sync_delete'), days);
		await session.run(sql('metrics/turnaround_sorted_sync_insert'), days);
	}
	if (what.responses) {
		await session.run(sql('metrics/response_daily_refresh'), all);
		await session.run(sql('metrics/response_channel_daily_refresh'), days);
	}
}

/** Empties and refills every roll-up from the raw rows, with days in `timeZone`, in `tx`. */
export async function rebuildRollupsIn(tx: Session, timeZone: string): Promise<void> {
	await tx.run(sql('metrics/clear_all'));
	await refreshRange(
		tx,
		timeZone,
		{ start: EARLIEST, end: LATEST, from_day: '0001-01-01', to_day: '9999-12-31' },
		{ interactions: true, responses: true }
	);
	await tx.run(sql('metrics/state_set'), { zone: timeZone });
}

/** Rebuilds every roll-up in one transaction, in the organisation's zone. */
export async function rebuildRollups(store: Store): Promise<void> {
	await store.transaction(async (tx) => {
		const org = await getOrganisation(tx);
		if (!org) throw new Error('The store has no organisation yet.');
		await rebuildRollupsIn(tx, org.timeZone);
	});
}

function dayRange(range: { from: Date; to: Date }, timeZone: string) {
	const [a, b] = range.from <= range.to ? [range.from, range.to] : [range.to, range.from];
	const fromDay = isoDateIn(a, timeZone);
	const toDay = isoDateIn(b, timeZone);
	return {
		from_day: fromDay,
		to_day: toDay,
		start: instantOf(parseIsoDate(fromDay)!, timeZone),
		end: instantOf(parseIsoDate(addDays(toDay, 1))!, timeZone)
	};
}

/**
 * Brings the roll-ups of the local days a change touches (interactions by received_at, answers by
 * submitted_at) up to date, inside the caller's transaction. Cost is proportional to those days'
 * rows. Summing roll-ups get delta rows (inserts only), the request tables lose and gain only the
 * rows that changed, so concurrent survey answers never conflict. Does nothing before the first
 * build: the first read builds everything.
 */
export async function refreshRollups(session: Session, change: DataChange): Promise<void> {
	const added = change.responses?.added?.length ? change.responses : undefined;
	const recomputeResponses = change.responses !== undefined && !added;
	if (change.interactions || recomputeResponses) {
		const state = await session.one<{ time_zone: string }>(sql('metrics/state_get'));
		if (!state) return;
		const zone = state.time_zone;
		if (change.interactions) {
			await refreshRange(session, zone, dayRange(change.interactions, zone), {
				interactions: true,
				responses: false
			});
		}
		if (recomputeResponses) {
			await refreshRange(session, zone, dayRange(change.responses!, zone), {
				interactions: false,
				responses: true
			});
		}
	}
	if (added) await addAnswers(session, added.added!);
}

/** The roll-ups' zone as last read (a hint: the statements that use it check it). */
let knownZone: string | undefined;

/**
 * Adds answers just inserted to the answer roll-ups, counted here per local day and segment
 * (countAnswersByDay) and written as a few delta rows: the public survey's group commit, many
 * times a second. The zone is the one last read; when the roll-ups are in another zone (rebuilt
 * meanwhile) nothing is added, and the state is read and the answers counted again. Nothing is
 * added before the first build.
 */
async function addAnswers(session: Session, answers: readonly CountedAnswer[]): Promise<void> {
	for (let attempt = 0; attempt < 2; attempt++) {
		const zone =
			(attempt === 0 && knownZone) ||
			(await session.one<{ time_zone: string }>(sql('metrics/state_get')))?.time_zone;
		if (!zone) return;
		const { fine, coarse } = countAnswersByDay(answers, zone);
		const added = await session.all(
			sql('metrics/response_daily_add_counts'),
			{ rows: JSON.stringify(fine), zone },
			{ reuse: true }
		);
		if (added.length === fine.length) {
			await session.run(
				sql('metrics/response_channel_daily_add_counts'),
				{ rows: JSON.stringify(coarse), zone },
				{ reuse: true }
			);
			knownZone = zone;
			return;
		}
		knownZone = undefined;
	}
	throw new Error('The roll-ups changed zone while answers were being added.');
}

const pending = new WeakMap<Store, Promise<void>>();

/**
 * Makes sure the roll-ups exist and are in the organisation's zone; rebuilds them (once) if not.
 * Calls made while one is checking or rebuilding wait for it: two rebuilds at once (the first
 * figures of a fresh store, asked for by several queries together) would both write the state row,
 * and the second commit would fail on its key.
 */
export function ensureRollups(store: Store, timeZone?: string): Promise<void> {
	const running = pending.get(store);
	if (running) return running;
	const work = (async () => {
		const zone = timeZone ?? (await getOrganisation(store))?.timeZone;
		if (!zone) return;
		const state = await store.one<{ time_zone: string }>(sql('metrics/state_get'));
		if (state?.time_zone === zone) return;
		await rebuildRollups(store);
	})().finally(() => pending.delete(store));
	pending.set(store, work);
	return work;
}
