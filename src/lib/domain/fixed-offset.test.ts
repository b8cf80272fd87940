import { describe, expect, it } from 'vitest';
import { fixedOffsetSpan, type OffsetSample } from './fixed-offset';

const month = (year: number, m: number) => new Date(Date.UTC(year, m - 1, 1));
const hour = 3600 * 1e6;

/** Monthly samples from 2000 to 2009 with the given offset (in hours) for each month. */
function samples(offsetAt: (year: number, m: number) => number): OffsetSample[] {
	const out: OffsetSample[] = [];
	for (let year = 2000; year < 2010; year++) {
		for (let m = 1; m <= 12; m++)
			out.push({ local: month(year, m), offset_us: offsetAt(year, m) * hour });
	}
	return out;
}

describe('fixedOffsetSpan', () => {
	it('spans every sample when the offset never changes', () => {
		expect(
			fixedOffsetSpan(
				samples(() => 3),
				month(2005, 6)
			)
		).toEqual({
			from: month(2000, 1),
			to: month(2009, 12),
			offsetUs: 3 * hour
		});
	});

	it('stops at the samples on either side of a change', () => {
		// UTC+3:07 until 2003, UTC+3 from then on, UTC+4 from 2008
		const span = fixedOffsetSpan(
			samples((year) => (year < 2003 ? 3.12 : year < 2008 ? 3 : 4)),
			new Date(Date.UTC(2005, 5, 15))
		);
		expect(span).toEqual({ from: month(2003, 1), to: month(2007, 12), offsetUs: 3 * hour });
	});

	it('finds no span in daylight-saving time, where the offset changes twice a year', () => {
		const summer = (m: number) => m >= 4 && m <= 10;
		expect(
			fixedOffsetSpan(
				samples((_, m) => (summer(m) ? 1 : 0)),
				month(2005, 6)
			)
		).toEqual({
			from: month(2005, 4),
			to: month(2005, 10),
			offsetUs: hour
		});
		expect(
			fixedOffsetSpan(
				samples((_, m) => (m % 2 ? 1 : 0)),
				month(2005, 6)
			)
		).toBeNull();
	});

	it('finds none for a time outside the samples', () => {
		expect(
			fixedOffsetSpan(
				samples(() => 3),
				month(1999, 1)
			)
		).toBeNull();
		expect(
			fixedOffsetSpan(
				samples(() => 3),
				month(2011, 1)
			)
		).toBeNull();
	});
});
