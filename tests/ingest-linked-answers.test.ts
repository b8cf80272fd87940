// Answers linked to an interaction take its service and branch (and its channel when they have
// none), whichever of the two is ingested first, and follow a later change of the interaction;
// the interaction counts as answered in the response rate. The roll-ups stay equal to a rebuild.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../src/lib/server/db';
import { ingestFile } from '../src/lib/server/ingest/ingest';
import type { IngestOptions } from '../src/lib/server/ingest/types';
import { computeFigures, computeSegments, rebuildRollups } from '../src/lib/server/metrics';
import { metricsStore } from './helpers/metrics-store';
import { removeTempDirs, tempDir } from './helpers/temp';

let store: Store;
let dir: string;
beforeEach(async () => {
	store = await metricsStore({ minGroupSize: 1 });
	dir = tempDir();
});
afterEach(() => store.close());
afterAll(() => removeTempDirs());

let files = 0;
async function ingest(kind: IngestOptions['kind'], text: string) {
	const file = path.join(dir, `${kind}-${++files}.csv`);
	writeFileSync(file, text);
	return ingestFile(store, { path: file, kind, actor: 'cli' });
}

const interactionsFile = (lines: string[]) =>
	['id,channel,type,received_at,service,branch', ...lines].join('\n') + '\n';
const answersFile = (lines: string[]) =>
	['id,submitted_at,channel,interaction_id,csat', ...lines].join('\n') + '\n';

const answers = () =>
	store.all<{ id: string; channel: string | null; service: string | null; branch: string | null }>(
		'select id, channel, service, branch from response order by id'
	);

const may = { from: '2026-05-01', to: '2026-05-31' };

/** The segments that have any interaction or answer (delta rows may leave empty ones behind). */
async function segmentsWithRows(filter: { from: string; to: string }) {
	const { dimensions } = await computeSegments(store, filter);
	return Object.fromEntries(
		Object.entries(dimensions).map(([d, list]) => [
			d,
			list.filter((s) => s.interactions > 0 || s.responses > 0)
		])
	);
}

/** Figures through the roll-ups equal the raw rows, and the roll-ups equal a fresh build. */
async function expectExact(filter: { from: string; to: string; service?: string } = may) {
	const kept = await computeFigures(store, filter);
	expect(kept).toEqual(await computeFigures(store, filter, { source: 'raw' }));
	const segments = await segmentsWithRows(filter);
	await rebuildRollups(store);
	expect(await computeFigures(store, filter)).toEqual(kept);
	expect(await segmentsWithRows(filter)).toEqual(segments);
	return kept;
}

describe('answers linked to an interaction', () => {
	it('take its service and branch, and its channel when they name none, at ingest', async () => {
		await ingest(
			'interactions',
			interactionsFile([
				'R-1,phone,support_request,2026-05-03 10:00,food_basket,baqaa',
				'R-2,in_person,inquiry,2026-05-04 10:00,rent,hail'
			])
		);
		const answered = answersFile([
			'A-1,2026-05-06 09:00,,R-1,5',
			'A-2,2026-05-07 09:00,website,R-2,4',
			'A-3,2026-05-07 10:00,website,,3',
			'A-4,2026-05-08 10:00,,R-9,2'
		]);
		await ingest('responses', answered);
		expect(await answers()).toEqual([
			{ id: 'A-1', channel: 'phone', service: 'food_basket', branch: 'baqaa' },
			// its own channel is kept
			{ id: 'A-2', channel: 'website', service: 'rent', branch: 'hail' },
			{ id: 'A-3', channel: 'website', service: null, branch: null },
			// linked to an interaction not stored (yet)
			{ id: 'A-4', channel: null, service: null, branch: null }
		]);
		const f = await expectExact();
		expect(f.response_rate_overall).toEqual({
			answered: 2,
			interactions: 2,
			ratio: 1,
			unlinked: 1
		});
		const food = await expectExact({ ...may, service: 'food_basket' });
		expect(food.csat.n).toBe(1);
		// the same file again changes nothing
		const again = await ingest('responses', answered);
		expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 4 });
	});

	it('stored before their interaction take its service and branch when it arrives', async () => {
		await ingest(
			'responses',
			answersFile(['A-1,2026-05-20 09:00,,R-1,5', 'A-2,2026-05-21 09:00,,R-1,4'])
		);
		expect((await answers()).map((a) => a.service)).toEqual([null, null]);
		const before = await expectExact();
		expect(before.response_rate_overall).toEqual({
			answered: 0,
			interactions: 0,
			ratio: null,
			unlinked: 0
		});
		// the interaction came in earlier in May, on another day than its answers
		await ingest(
			'interactions',
			interactionsFile(['R-1,phone,support_request,2026-05-02 10:00,food_basket,baqaa'])
		);
		expect(await answers()).toEqual([
			{ id: 'A-1', channel: 'phone', service: 'food_basket', branch: 'baqaa' },
			{ id: 'A-2', channel: 'phone', service: 'food_basket', branch: 'baqaa' }
		]);
		const after = await expectExact();
		expect(after.response_rate_overall).toEqual({
			answered: 1,
			interactions: 1,
			ratio: 1,
			unlinked: 0
		});
		expect((await expectExact({ ...may, service: 'food_basket' })).csat.n).toBe(2);
	});

	it('follow a later change of the interaction’s service or branch', async () => {
		await ingest(
			'interactions',
			interactionsFile(['R-1,phone,support_request,2026-05-02 10:00,food_basket,baqaa'])
		);
		await ingest('responses', answersFile(['A-1,2026-05-28 09:00,,R-1,5']));
		await ingest(
			'interactions',
			interactionsFile(['R-1,phone,support_request,2026-05-02 10:00,rent,hail'])
		);
		expect(await answers()).toEqual([
			{ id: 'A-1', channel: 'phone', service: 'rent', branch: 'hail' }
		]);
		expect((await expectExact({ ...may, service: 'rent' })).csat.n).toBe(1);
		expect((await expectExact({ ...may, service: 'food_basket' })).csat.n).toBe(0);
	});

	it('moved to another interaction by a later export: the first is no longer answered', async () => {
		await ingest(
			'interactions',
			interactionsFile([
				'R-1,phone,support_request,2026-05-02 10:00,food_basket,baqaa',
				'R-2,phone,support_request,2026-05-25 10:00,rent,hail'
			])
		);
		await ingest('responses', answersFile(['A-1,2026-05-28 09:00,,R-1,5']));
		expect((await expectExact()).response_rate.phone).toMatchObject({ answered: 1 });
		const moved = await ingest('responses', answersFile(['A-1,2026-05-28 09:00,,R-2,5']));
		expect(moved).toMatchObject({ updated: 1 });
		expect(await answers()).toEqual([
			{ id: 'A-1', channel: 'phone', service: 'rent', branch: 'hail' }
		]);
		const f = await expectExact();
		expect(f.response_rate.phone).toEqual({
			answered: 1,
			interactions: 2,
			ratio: 0.5,
			unlinked: 0
		});
		const segments = await computeSegments(store, may);
		const rate = (key: string) =>
			segments.dimensions.service.find((s) => s.key === key)!.response_rate;
		expect(rate('food_basket')).toMatchObject({ answered: 0, interactions: 1 });
		expect(rate('rent')).toMatchObject({ answered: 1, interactions: 1 });
	});
});
