// Answers and checks for the survey-submissions-*.test.ts files: a submission by number, the answers
// stored, and the roll-ups against a full rebuild.
import { expect } from 'vitest';
import { rebuildRollups } from '../../src/lib/server/metrics/rollups';
import { responseIdOf, type Submission } from '../../src/lib/server/survey/submissions';
import { store, surveyId } from './survey-submissions';

export function uuid(n: number): string {
	return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

export function submission(n: number, extra: Partial<Submission> = {}): Submission {
	return {
		responseId: responseIdOf(uuid(n)),
		surveyId,
		surveyVersion: 1,
		submittedAt: new Date('2026-11-22T09:00:00Z'),
		lang: 'ar',
		channel: 'phone',
		branch: 'hail',
		answers: { csat: (n % 5) + 1 },
		...extra
	};
}

export async function count(where = 'true'): Promise<number> {
	return (await store.one<{ n: number }>(
		`select count(*)::integer as n from response where ${where}`
	))!.n;
}

/** What the answer roll-ups say, summed per key (they hold delta rows). */
export function rollupSums() {
	const measures = `sum(responses) a, sum(linked) b, sum(csat_n) c, sum(csat_positive) d,
		sum(csat_sum) e, sum(nps_n) f, sum(nps_promoters) g, sum(nps_detractors) h, sum(ces_n) i,
		sum(ces_sum) j, sum(ces_sq_sum) k`;
	return store.one(`
		with
			fine as (select day, channel, service, branch, ${measures} from metrics_response_daily
				group by all having sum(responses) <> 0),
			coarse as (select day, channel, ${measures} from metrics_response_channel_daily
				group by all having sum(responses) <> 0)
		select
			(select count(*) from fine) as fine_keys,
			(select sum(hash(fine)::hugeint)::varchar from fine) as fine_hash,
			(select count(*) from coarse) as coarse_keys,
			(select sum(hash(coarse)::hugeint)::varchar from coarse) as coarse_hash,
			(select sum(a)::integer from fine) as answers`);
}

/** The roll-ups kept up by the group commits equal a full rebuild from the raw answers. */
export async function expectRollupsExact(): Promise<void> {
	const kept = await rollupSums();
	await rebuildRollups(store);
	expect(kept).toEqual(await rollupSums());
	expect((kept as { answers: number }).answers).toBe(await count());
}
