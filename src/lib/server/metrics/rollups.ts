// The metrics roll-ups (sql/schema/003_metrics.sql): full rebuild, exact refresh of the days a
// change touches, and a self-check that rebuilds them when missing or built in another zone.
//
// What is stored depends only on the raw rows and the organisation's zone (days are local days).
// The review window, window counting (calendar/working), weekend days, holidays and the minimum
// group size are applied at query time, so changing those settings needs no rebuild. Changing the
// time zone does: the next read notices (metrics_rollup_state.time_zone) and rebuilds.
import { addDays, isoDateIn, parseIsoDate, instantOf } from '../../domain/zoned-time';
import type { DataChange } from '../data-changes';
import type { Session, Store } from '../db';
import { getOrganisation } from '../organisation';
import { sql } from '../sql';

const EARLIEST = new Date('0001-01-01T00:00:00Z');
const LATEST = new Date('9999-12-31T00:00:00Z');

/** Empties and refills every roll-up from the raw rows, with days in `timeZone`, in `tx`. */
export async function rebuildRollupsIn(tx: Session, timeZone: string): Promise<void> {
	await tx.run(sql('metrics/clear_all'));
	const range = { start: EARLIEST, end: LATEST, zone: timeZone };
	await tx.run(sql('metrics/interaction_daily_fill'), range);
	await tx.run(sql('metrics/response_daily_fill'), range);
	await tx.run(sql('metrics/request_fill'), range);
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
 * Recomputes the roll-up rows of the local days a change touches (interactions by received_at,
 * answers by submitted_at), inside the caller's transaction. Cost is proportional to those days'
 * rows. Does nothing before the first build: the first read builds everything.
 */
export async function refreshRollups(session: Session, change: DataChange): Promise<void> {
	const state = await session.one<{ time_zone: string }>(sql('metrics/state_get'));
	if (!state) return;
	const zone = state.time_zone;
	if (change.interactions) {
		const r = dayRange(change.interactions, zone);
		const days = { from_day: r.from_day, to_day: r.to_day };
		const fill = { start: r.start, end: r.end, zone };
		await session.run(sql('metrics/interaction_daily_clear'), days);
		await session.run(sql('metrics/interaction_daily_fill'), fill);
		await session.run(sql('metrics/request_clear'), days);
		await session.run(sql('metrics/request_fill'), fill);
	}
	if (change.responses) {
		const r = dayRange(change.responses, zone);
		await session.run(sql('metrics/response_daily_clear'), {
			from_day: r.from_day,
			to_day: r.to_day
		});
		await session.run(sql('metrics/response_daily_fill'), { start: r.start, end: r.end, zone });
	}
}

const pending = new WeakMap<Store, Promise<void>>();

/** Makes sure the roll-ups exist and are in the organisation's zone; rebuilds them (once) if not. */
export async function ensureRollups(store: Store): Promise<void> {
	const running = pending.get(store);
	if (running) return running;
	const org = await getOrganisation(store);
	if (!org) return;
	const state = await store.one<{ time_zone: string }>(sql('metrics/state_get'));
	if (state?.time_zone === org.timeZone) return;
	const work = rebuildRollups(store).finally(() => pending.delete(store));
	pending.set(store, work);
	return work;
}
