import { describe, expect, it } from 'vitest';
import { remainderExposed, suppressedKeys, tooFew } from './suppression';

describe('tooFew', () => {
	it.each([
		[0, 5, false],
		[1, 5, true],
		[4, 5, true],
		[5, 5, false],
		[1, 1, false]
	])('%i answers with minimum %i → %s', (n, min, expected) => {
		expect(tooFew(n, min)).toBe(expected);
	});
});

describe('suppressedKeys', () => {
	/** The hidden keys of groups given as { key: answers }, sorted. */
	const hidden = (groups: Record<string, number>, min = 5) =>
		[
			...suppressedKeys(
				Object.entries(groups).map(([key, n]) => ({ key, n })),
				min
			)
		].sort();

	it.each([
		['hides nothing when every group is large enough or empty', { a: 10, b: 5, c: 0 }, []],
		// total 20 is published; hiding only b (3) would leave it as 20 − 10 − 7
		[
			'hides a small group and, by the remainder rule, the next smallest one',
			{ a: 10, b: 3, c: 7 },
			['b', 'c']
		],
		[
			'needs no second group when the hidden ones together reach the minimum',
			{ a: 10, b: 3, c: 4 },
			['b', 'c']
		],
		[
			'needs no second group when the hidden ones together reach the minimum (three small)',
			{ a: 10, b: 2, c: 3, d: 6 },
			['b', 'c']
		],
		[
			'hides everything when one small group stands beside a single other',
			{ a: 40, b: 1 },
			['a', 'b']
		],
		['hides a single small group', { only: 3 }, ['only']]
	])('%s', (_, groups, expected) => {
		expect(hidden(groups)).toEqual(expected);
	});

	it('breaks ties in order and works with null keys', () => {
		const hidden = suppressedKeys(
			[
				{ key: null, n: 2 },
				{ key: 'x', n: 8 },
				{ key: 'y', n: 8 }
			],
			5
		);
		expect([...hidden]).toEqual([null, 'x']);
	});
});

describe('remainderExposed', () => {
	it.each([
		[97, 100, 5, true], // 3 answers outside the filter
		[95, 100, 5, false], // 5 outside: large enough
		[100, 100, 5, false], // nothing outside
		[3, 100, 5, false], // the subset itself is not published
		[6, 10, 5, true]
	])('subset %i of %i (min %i) → %s', (subset, parent, min, expected) => {
		expect(remainderExposed(subset, parent, min)).toBe(expected);
	});
});
