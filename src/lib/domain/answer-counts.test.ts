import { describe, expect, it } from 'vitest';
import { countAnswersByDay, type CountedAnswer } from './answer-counts';

function answer(at: string, extra: Partial<CountedAnswer> = {}): CountedAnswer {
	return {
		submittedAt: new Date(at),
		channel: 'website',
		service: null,
		branch: 'hail',
		linked: false,
		csat: null,
		nps: null,
		ces: null,
		...extra
	};
}

const zero = {
	responses: 0,
	linked: 0,
	csat_n: 0,
	csat_positive: 0,
	csat_sum: 0,
	nps_n: 0,
	nps_promoters: 0,
	nps_detractors: 0,
	ces_n: 0,
	ces_sum: 0,
	ces_sq_sum: 0
};

describe('countAnswersByDay', () => {
	it('counts nothing for no answers', () => {
		expect(countAnswersByDay([], 'Asia/Riyadh')).toEqual({ fine: [], coarse: [] });
	});

	it('applies the roll-ups’ thresholds: csat ≥ 4 positive, nps ≥ 9 promoter, nps ≤ 6 detractor', () => {
		const answers = [
			answer('2026-03-01T08:00:00Z', { csat: 4, nps: 9, ces: 2, linked: true }),
			answer('2026-03-01T09:00:00Z', { csat: 3, nps: 7 }),
			answer('2026-03-01T10:00:00Z', { csat: 5, nps: 6, ces: 7 }),
			answer('2026-03-01T11:00:00Z', { nps: 0 })
		];
		const { fine, coarse } = countAnswersByDay(answers, 'Asia/Riyadh');
		const expected = {
			...zero,
			responses: 4,
			linked: 1,
			csat_n: 3,
			csat_positive: 2,
			csat_sum: 12,
			nps_n: 4,
			nps_promoters: 1,
			nps_detractors: 2,
			ces_n: 2,
			ces_sum: 9,
			// 2² + 7²
			ces_sq_sum: 53
		};
		expect(fine).toEqual([
			{ day: '2026-03-01', channel: 'website', service: null, branch: 'hail', ...expected }
		]);
		expect(coarse).toEqual([{ day: '2026-03-01', channel: 'website', ...expected }]);
	});

	it('splits by local day in the zone, and by segment (the coarse rows by channel only)', () => {
		// 20:59 UTC is 23:59 in Riyadh (UTC+3); 21:00 UTC is the next local day
		const answers = [
			answer('2026-03-01T20:59:00Z', { csat: 5 }),
			answer('2026-03-01T21:00:00Z', { csat: 1 }),
			answer('2026-03-01T21:30:00Z', { csat: 2, branch: 'sakaka' }),
			answer('2026-03-01T22:00:00Z', { csat: 3, channel: 'phone', branch: null })
		];
		const { fine, coarse } = countAnswersByDay(answers, 'Asia/Riyadh');
		const key = (r: { day: string; channel: string | null; branch?: string | null }) =>
			`${r.day} ${r.channel} ${r.branch ?? ''}`;
		expect(fine.map((r) => [key(r), r.responses, r.csat_sum])).toEqual([
			['2026-03-01 website hail', 1, 5],
			['2026-03-02 website hail', 1, 1],
			['2026-03-02 website sakaka', 1, 2],
			['2026-03-02 phone ', 1, 3]
		]);
		expect(coarse.map((r) => [key(r), r.responses, r.csat_sum])).toEqual([
			['2026-03-01 website ', 1, 5],
			['2026-03-02 website ', 2, 3],
			['2026-03-02 phone ', 1, 3]
		]);
		// the same answers are one UTC day
		expect(countAnswersByDay(answers, 'UTC').coarse.map((r) => r.day)).toEqual([
			'2026-03-01',
			'2026-03-01'
		]);
	});
});
