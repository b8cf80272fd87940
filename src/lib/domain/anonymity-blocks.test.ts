import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	anonymityBlocks,
	blocksInside,
	pieceEnd,
	pieceStart,
	timeGroups,
	type BlockUnit
} from './anonymity-blocks';
import { parsePeriodKey } from './periods';

const unit = (group: string, path: (string | null)[], n: number, day = group): BlockUnit<null> => ({
	group,
	path,
	n,
	firstDay: day,
	lastDay: day,
	sums: null
});

const keyOf = (u: BlockUnit<null>) => JSON.stringify([u.group, u.path]);

describe('calendar pieces', () => {
	it('start where a Gregorian or an Umm al-Qura month starts, whichever is later', () => {
		// 1 Shaban 1447 = 20 January 2026; 1 Ramadan 1447 = 18 February 2026
		expect(pieceStart('2026-01-05')).toBe('2026-01-01');
		expect(pieceStart('2026-01-19')).toBe('2026-01-01');
		expect(pieceStart('2026-01-20')).toBe('2026-01-20');
		expect(pieceStart('2026-01-31')).toBe('2026-01-20');
		expect(pieceStart('2026-02-01')).toBe('2026-02-01');
		expect(pieceStart('2026-02-18')).toBe('2026-02-18');
		expect(pieceEnd('2026-01-01')).toBe('2026-01-19');
		expect(pieceEnd('2026-01-20')).toBe('2026-01-31');
		expect(pieceEnd('2026-02-18')).toBe('2026-02-28');
	});

	it('make every Gregorian and Hijri month a union of whole pieces', () => {
		for (const key of ['2026-01', '2026-02', '2026-03', 'H1447-08', 'H1447-09', 'H1447-10']) {
			const { from, to } = parsePeriodKey(key);
			expect(pieceStart(from), key).toBe(from);
			expect(pieceEnd(pieceStart(to)) >= to, key).toBe(true);
			// the piece holding the last day ends on it
			expect(pieceEnd(pieceStart(to)), key).toBe(to);
		}
	});
});

describe('time groups', () => {
	it('join consecutive pieces until they hold the minimum; a short tail joins the group before', () => {
		const groups = timeGroups(
			[
				{ piece: 'a', n: 7 },
				{ piece: 'b', n: 2 },
				{ piece: 'c', n: 2 },
				{ piece: 'd', n: 1 },
				{ piece: 'e', n: 9 },
				{ piece: 'f', n: 3 }
			],
			5
		);
		expect(Object.fromEntries(groups)).toEqual({
			a: 'a',
			b: 'b',
			c: 'b',
			d: 'b',
			e: 'e',
			f: 'e'
		});
	});

	it('leave one short group when the whole store is short', () => {
		expect(Object.fromEntries(timeGroups([{ piece: 'a', n: 2 }], 5))).toEqual({ a: 'a' });
	});
});

describe('anonymity blocks', () => {
	it('keep a segment of at least the minimum whole, and pool the small ones', () => {
		const units = [
			unit('g', ['phone', 'S1', 'B1'], 20),
			unit('g', ['website', 'S1', 'B1'], 6),
			unit('g', ['letter', 'S1', 'B1'], 3)
		];
		const blocks = anonymityBlocks(units, 5);
		// letter's 3 join the smallest block (website's 6): website is no longer a block of its own
		expect(blocks.map((b) => b.units.map((u) => u.path[0]).sort())).toEqual([
			['phone'],
			['letter', 'website']
		]);
	});

	it('split a pool of small values by the later dimensions', () => {
		// three services of 4 answers each: too few alone, pooled, and the pool kept apart by branch
		const units = [
			unit('g', ['phone', 'S1', 'B1'], 3),
			unit('g', ['phone', 'S1', 'B2'], 1),
			unit('g', ['phone', 'S2', 'B1'], 3),
			unit('g', ['phone', 'S2', 'B2'], 1),
			unit('g', ['phone', 'S3', 'B2'], 4)
		];
		const blocks = anonymityBlocks(units, 5);
		expect(blocks.map((b) => [...new Set(b.units.map((u) => u.path[2]))])).toEqual([
			['B1'],
			['B2']
		]);
	});

	it('split one cell by the finer request attributes when asked, with the same rules', () => {
		const cell = unit('g', ['phone', 'S1', 'B1'], 14);
		const finer = [
			unit('g', ['phone', 'S1', 'B1', 'inquiry', 'T1'], 6),
			unit('g', ['phone', 'S1', 'B1', 'complaint', 'T1'], 5),
			unit('g', ['phone', 'S1', 'B1', 'complaint', 'T2'], 3)
		];
		const blocks = anonymityBlocks([cell], 5, (b) => (b.units[0] === cell ? finer : undefined));
		expect(blocks.map((b) => b.units.map((u) => u.path.slice(3).join('/')).sort())).toEqual([
			['complaint/T1', 'complaint/T2'],
			['inquiry/T1']
		]);
	});

	it('publish only blocks wholly inside a group and its days', () => {
		const a = unit('g', ['phone', 'S1', 'B1'], 6, '2026-01-05');
		const b = { ...unit('g', ['phone', 'S2', 'B1'], 6, '2026-01-05'), lastDay: '2026-01-15' };
		const blocks = anonymityBlocks([a, b], 5);
		const phone = (u: BlockUnit<null>) => u.path[0] === 'phone';
		expect(blocksInside(blocks, 5, '2026-01-01', '2026-01-31', phone)).toHaveLength(2);
		expect(blocksInside(blocks, 5, '2026-01-01', '2026-01-10', phone)).toHaveLength(1);
		expect(blocksInside(blocks, 5, '2026-01-01', '2026-01-31', (u) => u.path[1] === 'S1')).toEqual([
			blocks[0]
		]);
	});

	const unitsArb = fc
		.uniqueArray(
			fc.record({
				group: fc.constantFrom('g1', 'g2'),
				path: fc.tuple(
					fc.constantFrom('phone', 'website', 'letter'),
					fc.constantFrom('S1', 'S2', null),
					fc.constantFrom('B1', 'B2')
				),
				n: fc.integer({ min: 0, max: 9 })
			}),
			{ selector: (u) => JSON.stringify([u.group, u.path]), maxLength: 30 }
		)
		.map((list) => list.map((u) => unit(u.group, u.path, u.n)));

	it('partition the answers: every unit in one block, every block of a full group ≥ min', () => {
		fc.assert(
			fc.property(unitsArb, fc.integer({ min: 2, max: 10 }), (units, min) => {
				const blocks = anonymityBlocks(units, min);
				const seen = blocks.flatMap((b) => b.units.map(keyOf));
				expect(seen.sort()).toEqual(
					units
						.filter((u) => u.n > 0)
						.map(keyOf)
						.sort()
				);
				for (const b of blocks) {
					expect(new Set(b.units.map((u) => u.group)).size).toBe(1);
					const groupN = units
						.filter((u) => u.group === b.units[0]!.group)
						.reduce((s, u) => s + u.n, 0);
					if (groupN >= min) expect(b.n).toBeGreaterThanOrEqual(min);
					else expect(b.n).toBe(groupN);
				}
			})
		);
	});

	it('are the same whatever order the units come in', () => {
		fc.assert(
			fc.property(unitsArb, (units) => {
				const canonical = (list: BlockUnit<null>[]) =>
					anonymityBlocks(list, 5)
						.map((b) => b.units.map(keyOf).sort().join(' + '))
						.sort();
				expect(canonical([...units].reverse())).toEqual(canonical(units));
			})
		);
	});
});
