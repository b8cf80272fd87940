import { describe, expect, it } from 'vitest';
import { emptyMeasures, type AnswerMeasures } from './answer-counts';
import { groupScores, responseRate, type ScoredSums } from './group-scores';

const measures = (m: Partial<AnswerMeasures>): AnswerMeasures => ({ ...emptyMeasures(), ...m });
const scored = (sums: ScoredSums<string>['sums'], coverage: string[] = []) => ({ sums, coverage });

describe('groupScores', () => {
	it('scores only the answers in blocks inside the group, and counts them all', () => {
		const all = measures({ responses: 12, csat_n: 12, nps_n: 12, ces_n: 12 });
		const s = groupScores(all, {
			// 10 of the 12 csat answers lie in whole blocks: 8 satisfied, sum 42
			csat: scored({ csat_n: 10, csat_positive: 8, csat_sum: 42 }),
			nps: scored({ nps_n: 10, nps_promoters: 6, nps_detractors: 1 }),
			ces: scored({ ces_n: 10, ces_sum: 60, ces_sq_sum: 370 })
		});
		expect(s.csat).toMatchObject({ n: 12, scored_n: 10, positive: 8, percent: 80, mean: 4.2 });
		expect(s.nps).toMatchObject({ n: 12, scored_n: 10, promoters: 6, detractors: 1, score: 50 });
		expect(s.ces).toMatchObject({ n: 12, scored_n: 10, mean: 6, suppressed: false });
		expect(s.csat).not.toHaveProperty('coverage');
	});

	it('keeps the count of a group with nothing scored, and no sums of its answers', () => {
		const s = groupScores(measures({ responses: 3, csat_n: 3, nps_n: 3, ces_n: 0 }), {
			csat: scored({}),
			nps: scored({}),
			ces: scored({})
		});
		expect(s.csat).toMatchObject({
			n: 3,
			scored_n: 0,
			percent: null,
			positive: null,
			suppressed: true
		});
		expect(s.nps).toMatchObject({ n: 3, promoters: null, detractors: null, suppressed: true });
		// no answers at all is no data, not a suppressed score
		expect(s.ces).toMatchObject({ n: 0, mean: null, suppressed: false });
	});

	it('attaches the covered cells when asked to explain', () => {
		const cells = ['2026-05-01..2026-05-31'];
		const s = groupScores(
			measures({ csat_n: 5 }),
			{
				csat: scored({ csat_n: 5, csat_positive: 5, csat_sum: 25 }, cells),
				nps: scored({}),
				ces: scored({})
			},
			true
		);
		expect(s.csat.coverage).toEqual(cells);
	});
});

describe('responseRate', () => {
	it('is answered ÷ interactions, with unlinked answers apart', () => {
		expect(responseRate(3, 12, 7)).toEqual({
			answered: 3,
			interactions: 12,
			ratio: 0.25,
			unlinked: 7
		});
		expect(responseRate(0, 0, 2).ratio).toBeNull();
	});
});
