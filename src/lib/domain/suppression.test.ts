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
	const keys = (segments: { key: string; n: number }[], min = 5) =>
		[...suppressedKeys(segments, min)].sort();

	it('hides nothing when every group is large enough or empty', () => {
		expect(
			keys([
				{ key: 'a', n: 10 },
				{ key: 'b', n: 5 },
				{ key: 'c', n: 0 }
			])
		).toEqual([]);
	});

	it('hides a small group and, by the remainder rule, the next smallest one', () => {
		// total 20 is published; hiding only b (3) would leave it as 20 − 10 − 7
		expect(
			keys([
				{ key: 'a', n: 10 },
				{ key: 'b', n: 3 },
				{ key: 'c', n: 7 }
			])
		).toEqual(['b', 'c']);
	});

	it('needs no second group when the hidden ones together reach the minimum', () => {
		expect(
			keys([
				{ key: 'a', n: 10 },
				{ key: 'b', n: 3 },
				{ key: 'c', n: 4 }
			])
		).toEqual(['b', 'c']);
		expect(
			keys([
				{ key: 'a', n: 10 },
				{ key: 'b', n: 2 },
				{ key: 'c', n: 3 },
				{ key: 'd', n: 6 }
			])
		).toEqual(['b', 'c']);
	});

	it('hides everything when one small group stands beside a single other', () => {
		expect(
			keys([
				{ key: 'a', n: 40 },
				{ key: 'b', n: 1 }
			])
		).toEqual(['a', 'b']);
		expect(keys([{ key: 'only', n: 3 }])).toEqual(['only']);
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
