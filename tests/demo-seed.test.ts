import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../src/lib/server/db';
import { seedDemo } from '../src/lib/server/demo/load';
import { migrate } from '../src/lib/server/migrate';
import { sql } from '../src/lib/server/sql';

interface Fingerprint extends Record<string, unknown> {
	interactions: number;
	responses: number;
	fingerprint: string;
}

async function seededStore(options: { asOf: string; seed?: number }) {
	const store = await Store.open(':memory:');
	await migrate(store);
	const result = await seedDemo(store, options);
	const fingerprint = (await store.one<Fingerprint>(sql('demo/fingerprint')))!;
	return { store, result, fingerprint };
}

describe('the demo organisation', () => {
	let a: Awaited<ReturnType<typeof seededStore>>;
	let b: Awaited<ReturnType<typeof seededStore>>;

	beforeAll(async () => {
		a = await seededStore({ asOf: '2026-06-15' });
		b = await seededStore({ asOf: '2026-06-15' });
	});
	afterAll(async () => {
		a.store.close();
		b.store.close();
	});

	it('is the same data for the same seed and date', () => {
		expect(b.fingerprint).toEqual(a.fingerprint);
		expect(a.fingerprint.fingerprint).toMatch(/^[0-9a-f]{32}$/);
	});

	it('is different data for another seed', async () => {
		const other = await seededStore({ asOf: '2026-06-15', seed: 7 });
		expect(other.fingerprint.fingerprint).not.toBe(a.fingerprint.fingerprint);
		other.store.close();
	});

	it('covers twelve months ending on the seed date with at least 50,000 interactions', async () => {
		expect(a.result.from).toBe('2025-07-01');
		expect(a.result.to).toBe('2026-06-15');
		expect(a.fingerprint.interactions).toBeGreaterThanOrEqual(50_000);
		const months = await a.store.all<{ month: string; n: number }>(
			"select strftime(timezone('Asia/Riyadh', received_at), '%Y-%m') as month, count(*) as n from interaction group by 1 order by 1"
		);
		expect(months.map((m) => m.month)).toEqual([
			'2025-07',
			'2025-08',
			'2025-09',
			'2025-10',
			'2025-11',
			'2025-12',
			'2026-01',
			'2026-02',
			'2026-03',
			'2026-04',
			'2026-05',
			'2026-06'
		]);
		const last = await a.store.one<{ last: Date }>(
			'select max(received_at) as last from interaction'
		);
		expect(last!.last.getTime()).toBeLessThan(Date.parse('2026-06-15T21:00:00Z'));
	});

	it('has about a third support requests, decided around the window, some late and some overdue', async () => {
		const row = await a.store.one<{
			share: number;
			decided: number;
			late: number;
			overdue: number;
			bad_order: number;
			other_decided: number;
		}>(`
			select
				avg(case when type = 'support_request' then 1 else 0 end) as share,
				count(decided_at) filter (where type = 'support_request') as decided,
				count(*) filter (where decided_at - received_at > interval 14 day) as late,
				count(*) filter (where type = 'support_request' and decided_at is null
					and received_at < '2026-06-15T21:00:00Z'::timestamptz - interval 14 day) as overdue,
				count(*) filter (where decided_at < received_at) as bad_order,
				count(*) filter (where type <> 'support_request' and decided_at is not null) as other_decided
			from interaction`);
		expect(row!.share).toBeGreaterThan(0.28);
		expect(row!.share).toBeLessThan(0.42);
		expect(row!.late / row!.decided).toBeGreaterThan(0.1);
		expect(row!.late / row!.decided).toBeLessThan(0.5);
		expect(row!.overdue).toBeGreaterThan(50);
		expect(row!.bad_order).toBe(0);
		expect(row!.other_decided).toBe(0);
	});

	it('has at least 8,000 answers with CSAT, mostly NPS, some CES and Arabic comments', async () => {
		const row = await a.store.one<{
			n: number;
			csat: number;
			nps: number;
			ces: number;
			arabic_comments: number;
			channels: number;
			branches: number;
			services: number;
			teams: number;
		}>(`
			select
				count(*) as n,
				count(csat) as csat,
				count(nps) as nps,
				count(ces) as ces,
				count(*) filter (where regexp_matches(comment, '[\\x{0600}-\\x{06FF}]')) as arabic_comments,
				count(distinct channel) as channels,
				count(distinct branch) as branches,
				count(distinct service) as services,
				(select count(distinct team) from interaction) as teams
			from response`);
		expect(row!.n).toBeGreaterThanOrEqual(8_000);
		expect(row!.csat).toBe(row!.n);
		expect(row!.nps / row!.n).toBeGreaterThan(0.7);
		expect(row!.ces / row!.n).toBeGreaterThan(0.2);
		expect(row!.ces / row!.n).toBeLessThan(0.7);
		expect(row!.arabic_comments).toBeGreaterThan(1000);
		expect(row!.channels).toBe(10);
		expect(row!.branches).toBeGreaterThanOrEqual(5);
		expect(row!.services).toBeGreaterThanOrEqual(5);
		expect(row!.teams).toBeGreaterThanOrEqual(3);
	});

	it('links answers to interactions that exist, and never answers before the contact', async () => {
		const row = await a.store.one<{ dangling: number; early: number; linked: number }>(`
			select
				count(*) filter (where r.interaction_id is not null and i.id is null) as dangling,
				count(*) filter (where r.submitted_at < i.received_at) as early,
				count(i.id) as linked
			from response r left join interaction i on i.id = r.interaction_id`);
		expect(row!.dangling).toBe(0);
		expect(row!.early).toBe(0);
		expect(row!.linked).toBeGreaterThan(0);
	});

	it('has one active public survey with the slug "satisfaction"', async () => {
		const surveys = await a.store.all<{ slug: string; status: string; active_version: number }>(
			'select slug, status, active_version from survey'
		);
		expect(surveys).toEqual([{ slug: 'satisfaction', status: 'active', active_version: 1 }]);
	});
});
