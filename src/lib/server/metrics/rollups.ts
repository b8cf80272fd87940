// The metrics roll-ups (sql/schema/003_metrics.sql): full rebuild, exact refresh of the days a
// change touches, and a self-check that rebuilds them when missing or built in another zone.
//
// What is stored depends only on the raw rows and the organisation's zone (days are local days).
// The review window, window counting (calendar/working), weekend days, holidays and the minimum
// group size are applied at query time, so changing those settings needs no rebuild. Changing the
// time zone does: the next read notices (metrics_rollup_state.time_zone) and rebuilds.
// A full rebuild (which deletes) conflicts with a concurrent one only, so builds run one at a time
// per store and concurrent first reads share one build (ensureRollups); refreshes never delete
// summed rows.
import { countAnswersByDay, type CountedAnswer } from '../../domain/answer-counts';
import { addDays, isoDateIn, parseIsoDate, instantOf } from '../../domain/zoned-time';
import type { DataChange } from '../../domain/data-change';
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
	what: { interactions: boolean; responses: boolean; answered?: boolean }
): Promise<void> {
	const all = { ...range, zone };
	const days = { from_day: range.from_day, to_day: range.to_day };
	if (what.answered && !what.interactions) {
		// only which interactions have a linked answer changed: their counts, not the requests
		await session.run(sql('metrics/interaction_daily_refresh'), all);
		await session.run(sql('metrics/interaction_channel_daily_refresh'), days);
	}
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
async function rebuildNow(store: Store): Promise<void> {
	await store.transaction(async (tx) => {
		const org = await getOrganisation(tx);
		if (!org) throw new Error('The store has no organisation yet.');
		await rebuildRollupsIn(tx, org.timeZone);
	});
}

/**
 * The last build (or build check) queued on each store. Builds delete every roll-up row, so two
 * at once conflict (`Duplicate key "id: 1"`, `Conflict on tuple deletion`): they run one at a time.
 */
const buildQueue = new WeakMap<Store, Promise<unknown>>();

/** Runs `work` after every build queued on `store` before it has finished (failed or not). */
function oneBuildAtATime<T>(store: Store, work: () => Promise<T>): Promise<T> {
	const before = buildQueue.get(store) ?? Promise.resolve();
	const next = before.then(work, work);
	buildQueue.set(
		store,
		next.catch(() => undefined)
	);
	return next;
}

/** Rebuilds every roll-up in one transaction, in the organisation's zone, after any build under way. */
export function rebuildRollups(store: Store): Promise<void> {
	return oneBuildAtATime(store, () => rebuildNow(store));
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
	if (change.interactions || change.answered || recomputeResponses) {
		const state = await session.one<{ time_zone: string }>(sql('metrics/state_get'));
		if (!state) return;
		const zone = state.time_zone;
		if (change.interactions) {
			await refreshRange(session, zone, dayRange(change.interactions, zone), {
				interactions: true,
				responses: false
			});
		}
		const answered = change.answered && dayRange(change.answered, zone);
		const recounted = change.interactions && dayRange(change.interactions, zone);
		// the interactions' refresh recounts the answered interactions of its days too
		if (
			answered &&
			!(recounted && recounted.from_day <= answered.from_day && answered.to_day <= recounted.to_day)
		) {
			await refreshRange(session, zone, answered, {
				interactions: false,
				responses: false,
				answered: true
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

/** The check (and build) under way on each store, and the zone it makes the roll-ups be in. */
const checks = new WeakMap<Store, { zone: string; done: Promise<void> }>();

/**
 * Makes sure the roll-ups exist and are in the organisation's zone; rebuilds them if not. Callers
 * that arrive while a check for the same zone is under way wait for that one (its build, if any,
 * serves them all); a check for another zone (the zone just changed) waits for it, then checks
 * again. Between the lookup and the registration there is no await, so concurrent first reads
 * cannot each start a build.
 */
export async function ensureRollups(store: Store, timeZone?: string): Promise<void> {
	const zone = timeZone ?? (await getOrganisation(store))?.timeZone;
	if (!zone) return;
	const under = checks.get(store);
	if (under?.zone === zone) return under.done;
	const done = oneBuildAtATime(store, async () => {
		const state = await store.one<{ time_zone: string }>(sql('metrics/state_get'));
		if (state?.time_zone !== zone) await rebuildNow(store);
	}).finally(() => {
		if (checks.get(store)?.done === done) checks.delete(store);
	});
	checks.set(store, { zone, done });
	return done;
}
