// Storing public survey answers on a real (in-memory) DuckDB store: group commit keeps every
// acknowledged answer and the roll-ups exact, and a double submit stores one answer.
import { describe, expect, it } from 'vitest';
import { commitStats, responseIdOf, submitAnswer } from '../src/lib/server/survey/submissions';
import { onDataChanged } from '../src/lib/server/data-changes';
import { rebuildRollups } from '../src/lib/server/metrics/rollups';
import { count, expectRollupsExact, submission, uuid } from './helpers/submission-checks';
import { store, surveyId, useSubmissionStore } from './helpers/survey-submissions';

useSubmissionStore();

describe('group commit', () => {
	it('counts answers in the zone the roll-ups were rebuilt in since the last group', async () => {
		// 22:30 UTC: 01:30 the next day in Riyadh, still the same day in London
		const late = new Date('2026-11-22T22:30:00Z');
		await submitAnswer(store, submission(900, { submittedAt: late }));
		await store.run("update organisation set time_zone = 'Europe/London'");
		await rebuildRollups(store);
		await submitAnswer(store, submission(901, { submittedAt: late }));
		expect(
			await store.one(
				`select sum(responses)::integer as n from metrics_response_channel_daily where day = '2026-11-22'`
			)
		).toEqual({ n: 2 });
		await expectRollupsExact();
	});

	it('stores every acknowledged answer, in fewer commits than answers, with exact roll-ups', async () => {
		const outcomes = await Promise.all(
			Array.from({ length: 300 }, (_, i) =>
				submitAnswer(
					store,
					submission(i, {
						submittedAt: new Date(Date.UTC(2026, 10, 20 + (i % 3), 8, i % 60))
					})
				)
			)
		);
		expect(outcomes.every((o) => o === 'stored')).toBe(true);
		expect(await count("source = 'web'")).toBe(300);
		const stats = commitStats(store);
		expect(stats.submissions).toBe(300);
		expect(stats.commits).toBeLessThan(300);
		expect(stats.largestGroup).toBeGreaterThan(1);
		await expectRollupsExact();
	});

	it('keeps the roll-ups exact while another writer refreshes the same day at the same time', async () => {
		const at = new Date('2026-11-22T07:30:00Z');
		const other = (n: number) =>
			store.transaction(async (tx) => {
				await tx.run(
					`insert into response (id, submitted_at, channel, csat, nps, source)
					 values (?, ?, 'phone', 1, 0, 'ingest')`,
					[`row-${n}`, at]
				);
				await onDataChanged(tx, { responses: { from: at, to: at } });
			});
		await Promise.all([
			...Array.from({ length: 60 }, (_, i) => submitAnswer(store, submission(i))),
			...Array.from({ length: 5 }, (_, i) => other(i))
		]);
		expect(await count()).toBe(65);
		await expectRollupsExact();
	});

	it('a double submit (double tap, retry) stores one answer and both succeed', async () => {
		const same = submission(1, { answers: { csat: 5, comment: 'first' } });
		const retried = { ...same, submittedAt: new Date('2026-11-22T09:00:30Z') };
		expect(await Promise.all([submitAnswer(store, same), submitAnswer(store, same)])).toEqual([
			'stored',
			'stored'
		]);
		expect(
			await submitAnswer(store, { ...retried, answers: { csat: 1, visit: ['evening'] } })
		).toBe('stored');
		expect(await count()).toBe(1);
		const row = await store.one(`select csat, comment from response`);
		expect(row).toEqual({ csat: 5, comment: 'first' });
		// the retry's different answers are not mixed in
		expect(await store.all(`select * from response_answer`)).toEqual([]);
		await expectRollupsExact();
	});

	it('a retry of an answer stored before a restart is thanked, and its group is stored', async () => {
		// stored by an earlier process, which kept the roll-ups up as every writer does
		const at = new Date('2026-11-22T08:00:00Z');
		await store.transaction(async (tx) => {
			await tx.run(
				`insert into response (id, survey_id, survey_version, submitted_at, csat, source)
				 values (?, ?, 1, ?, 2, 'web')`,
				[responseIdOf(uuid(7)), surveyId, at]
			);
			await onDataChanged(tx, { responses: { from: at, to: at } });
		});
		const outcomes = await Promise.all(
			[6, 7, 8].map((n) => submitAnswer(store, submission(n, { answers: { csat: 5 } })))
		);
		expect(outcomes).toEqual(['stored', 'stored', 'stored']);
		expect(await store.all(`select id, csat from response order by id`)).toEqual([
			{ id: responseIdOf(uuid(6)), csat: 5 },
			{ id: responseIdOf(uuid(7)), csat: 2 },
			{ id: responseIdOf(uuid(8)), csat: 5 }
		]);
		await expectRollupsExact();
	});

	it('an answer the database refuses fails alone; the others of its group are stored', async () => {
		const results = await Promise.allSettled([
			submitAnswer(store, submission(1)),
			submitAnswer(store, submission(2)),
			submitAnswer(store, submission(3, { answers: { csat: 9 } })),
			submitAnswer(store, submission(4))
		]);
		expect(results.map((r) => r.status)).toEqual([
			'fulfilled',
			'fulfilled',
			'rejected',
			'fulfilled'
		]);
		expect(await count()).toBe(3);
		await expectRollupsExact();
	});
});
