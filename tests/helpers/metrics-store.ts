// Small in-memory stores for the metrics tests: rows go in through a transaction followed by
// onDataChanged, the way ingest and the public survey write them.
import { expect } from 'vitest';
import { answeredChange, onDataChanged } from '../../src/lib/server/data-changes';
import { Store, type SqlValue } from '../../src/lib/server/db';
import { rebuildRollups } from '../../src/lib/server/metrics/rollups';
import { migrate } from '../../src/lib/server/migrate';
import { createOrganisation } from '../../src/lib/server/organisation';

/** The ten channels of the policy, as the schema seeds them (in their order). */
export const policyChannels = [
	'in_person',
	'phone',
	'social_media',
	'letter',
	'help_request',
	'volunteering',
	'website',
	'branch_rep',
	'service_form',
	'project_application'
];

export interface InteractionRow {
	id: string;
	channel: string;
	type: 'inquiry' | 'support_request' | 'complaint' | 'suggestion';
	receivedAt: Date;
	decidedAt?: Date | null;
	service?: string | null;
	branch?: string | null;
	team?: string | null;
}

export interface ResponseRow {
	id: string;
	submittedAt: Date;
	channel?: string | null;
	service?: string | null;
	branch?: string | null;
	interactionId?: string | null;
	csat?: number | null;
	nps?: number | null;
	ces?: number | null;
}

export interface TestSettings {
	reviewWindowDays?: number;
	windowCounting?: 'calendar' | 'working';
	weekendDays?: number[];
	minGroupSize?: number;
	holidays?: string[];
}

/** A migrated in-memory store with an organisation in Riyadh and built (empty) roll-ups. */
export async function metricsStore(settings: TestSettings = {}): Promise<Store> {
	const store = await Store.open(':memory:');
	await migrate(store);
	await createOrganisation(store, { nameAr: 'جمعية الاختبار', nameEn: 'Test association' });
	await applySettings(store, settings);
	await rebuildRollups(store);
	return store;
}

export async function applySettings(store: Store, s: TestSettings): Promise<void> {
	await store.run(
		'update organisation set review_window_days = ?, window_counting = ?, weekend_days = ?::varchar::integer[], min_group_size = ? where id = 1',
		[
			s.reviewWindowDays ?? 14,
			s.windowCounting ?? 'calendar',
			JSON.stringify(s.weekendDays ?? [5, 6]),
			s.minGroupSize ?? 5
		]
	);
	await store.run('delete from holiday');
	for (const day of s.holidays ?? [])
		await store.run('insert into holiday (day) values (?::date)', [day]);
}

function span(instants: Date[]): { from: Date; to: Date } | undefined {
	if (instants.length === 0) return undefined;
	const times = instants.map((d) => d.getTime());
	return { from: new Date(Math.min(...times)), to: new Date(Math.max(...times)) };
}

/** Inserts interactions and answers in one transaction, then tells the roll-ups. */
export async function addRows(
	store: Store,
	interactions: InteractionRow[],
	responses: ResponseRow[] = []
): Promise<void> {
	await store.transaction(async (tx) => {
		for (const r of interactions) {
			const values: SqlValue[] = [
				r.id,
				r.channel,
				r.type,
				r.receivedAt,
				r.decidedAt ?? null,
				r.service ?? null,
				r.branch ?? null,
				r.team ?? null
			];
			await tx.run(
				'insert into interaction (id, channel, type, received_at, decided_at, service, branch, team) values (?, ?, ?, ?, ?, ?, ?, ?)',
				values
			);
		}
		for (const r of responses) {
			const values: SqlValue[] = [
				r.id,
				r.submittedAt,
				r.channel ?? null,
				r.service ?? null,
				r.branch ?? null,
				r.interactionId ?? null,
				r.csat ?? null,
				r.nps ?? null,
				r.ces ?? null
			];
			await tx.run(
				"insert into response (id, submitted_at, channel, service, branch, interaction_id, csat, nps, ces, source) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ingest')",
				values
			);
		}
		const i = span(interactions.map((r) => r.receivedAt));
		const a = span(responses.map((r) => r.submittedAt));
		const answered = await answeredChange(
			tx,
			responses.map((r) => r.interactionId)
		);
		await onDataChanged(tx, {
			...(i ? { interactions: i } : {}),
			...(a ? { responses: a } : {}),
			...(answered ? { answered } : {})
		});
	});
}

/** `YYYY-MM-DDTHH:mm:ss` read as Riyadh wall-clock time. */
export const riyadh = (local: string): Date => new Date(`${local}+03:00`);

/** Deep equality where numbers may differ by floating-point noise (relative 1e-9). */
export function expectClose(actual: unknown, expected: unknown, where = 'figures'): void {
	if (typeof expected === 'number' && typeof actual === 'number') {
		expect(Math.abs(actual - expected), where).toBeLessThanOrEqual(
			1e-9 * Math.max(1, Math.abs(expected))
		);
	} else if (expected && typeof expected === 'object' && !(expected instanceof Date)) {
		expect(actual, where).toBeTypeOf('object');
		expect(Object.keys(actual as object).sort(), where).toEqual(Object.keys(expected).sort());
		for (const [k, v] of Object.entries(expected)) {
			expectClose((actual as Record<string, unknown>)[k], v, `${where}.${k}`);
		}
	} else {
		expect(actual, where).toEqual(expected);
	}
}
