import { describe, expect, it } from 'vitest';
import { generateDemo } from './generate';
import { Random } from './random';

describe('demo generator', () => {
	const small = () => generateDemo({ asOf: '2026-03-10', interactionsPerYear: 3000 });

	it('repeats itself exactly for the same options', () => {
		expect(JSON.stringify(small())).toBe(JSON.stringify(small()));
	});

	it('writes consistent rows', () => {
		const data = small();
		const ids = new Set(data.interactions.map((r) => r.id));
		expect(ids.size).toBe(data.interactions.length);
		for (const r of data.interactions) {
			if (r.decidedAt) expect(r.decidedAt.getTime()).toBeGreaterThanOrEqual(r.receivedAt.getTime());
			if (r.type !== 'support_request') expect(r.decision).toBeNull();
			else expect(r.decision === 'pending').toBe(r.decidedAt === null);
		}
		for (const a of data.responses) {
			expect(a.csat).toBeGreaterThanOrEqual(1);
			expect(a.csat).toBeLessThanOrEqual(5);
			if (a.nps !== null) expect(a.nps).toBeGreaterThanOrEqual(0);
			if (a.nps !== null) expect(a.nps).toBeLessThanOrEqual(10);
			if (a.ces !== null) expect(a.ces).toBeGreaterThanOrEqual(1);
			if (a.ces !== null) expect(a.ces).toBeLessThanOrEqual(7);
		}
	});
});

describe('seeded random numbers', () => {
	it('give the same sequence for the same seed and another for another seed', () => {
		const sequence = (seed: number) => {
			const random = new Random(seed);
			return Array.from({ length: 8 }, () => random.int(0, 1_000_000));
		};
		expect(sequence(1)).toEqual(sequence(1));
		expect(sequence(1)).not.toEqual(sequence(2));
	});

	it('stay in range', () => {
		const random = new Random(3);
		for (let i = 0; i < 1000; i++) {
			const x = random.int(2, 4);
			expect(x).toBeGreaterThanOrEqual(2);
			expect(x).toBeLessThanOrEqual(4);
		}
	});
});
