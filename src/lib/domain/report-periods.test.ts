import { describe, expect, it } from 'vitest';
import { lastCompleteQuarter, periodKeyOfDay, reportPeriodChoices } from './report-periods';
import { parsePeriodKey } from './periods';

describe('periodKeyOfDay', () => {
	it.each([
		['2026-05-14', 'year', 'gregory', '2026'],
		['2026-05-14', 'half', 'gregory', '2026-H1'],
		['2026-07-01', 'half', 'gregory', '2026-H2'],
		['2026-05-14', 'quarter', 'gregory', '2026-Q2'],
		['2026-05-14', 'month', 'gregory', '2026-05'],
		// 14 May 2026 = 27 Dhu al-Qadah 1447
		['2026-05-14', 'year', 'hijri', 'H1447'],
		['2026-05-14', 'half', 'hijri', 'H1447-H2'],
		['2026-05-14', 'quarter', 'hijri', 'H1447-Q4'],
		['2026-05-14', 'month', 'hijri', 'H1447-11']
	] as const)('%s as a %s (%s) is %s', (day, kind, calendar, key) => {
		expect(periodKeyOfDay(day, kind, calendar)).toBe(key);
		const p = parsePeriodKey(key);
		expect(p.from <= day && day <= p.to).toBe(true);
	});
});

describe('lastCompleteQuarter', () => {
	it.each([
		['2026-12-03', '2026-Q3'],
		['2026-10-01', '2026-Q3'],
		['2026-09-30', '2026-Q2'],
		['2026-02-10', '2025-Q4']
	])('on %s is %s', (today, key) => {
		expect(lastCompleteQuarter(today)).toBe(key);
	});
});

describe('reportPeriodChoices', () => {
	const dataDays = ['2026-03-02', '2026-05-20', '2026-08-31', '2026-07-01'];
	const { groups, preselected } = reportPeriodChoices({ today: '2026-12-03', dataDays });
	const group = (kind: string, calendar: string) =>
		groups.find((g) => g.kind === kind && g.calendar === calendar)!;

	it('offers years, halves, quarters and months in both calendars, quarters first', () => {
		expect(groups.map((g) => `${g.kind}/${g.calendar}`)).toEqual([
			'quarter/gregory',
			'quarter/hijri',
			'month/gregory',
			'month/hijri',
			'half/gregory',
			'half/hijri',
			'year/gregory',
			'year/hijri'
		]);
	});

	it('puts the periods with data first, newest first, then the others', () => {
		expect(group('quarter', 'gregory').choices.map((c) => [c.key, c.hasData])).toEqual([
			['2026-Q3', true],
			['2026-Q2', true],
			['2026-Q1', true],
			['2026-Q4', false],
			['2025-Q4', false]
		]);
		expect(group('half', 'gregory').choices.map((c) => c.key)).toEqual([
			'2026-H2',
			'2026-H1',
			'2025-H2'
		]);
		const months = group('month', 'gregory').choices;
		expect(months.slice(0, 4).map((c) => c.key)).toEqual([
			'2026-08',
			'2026-07',
			'2026-05',
			'2026-03'
		]);
		expect(months.at(-1)!.key).toBe('2025-12');
		expect(group('year', 'hijri').choices.map((c) => [c.key, c.hasData])).toEqual([
			['H1448', true],
			['H1447', true]
		]);
	});

	it('says which periods have ended, and preselects the last complete quarter', () => {
		expect(preselected).toBe('2026-Q3');
		const q = group('quarter', 'gregory').choices;
		expect(q.find((c) => c.key === '2026-Q4')!.complete).toBe(false);
		expect(q.find((c) => c.key === '2026-Q3')!.complete).toBe(true);
	});

	it('reaches back to the first day with data, and a year back without data', () => {
		const old = reportPeriodChoices({ today: '2026-12-03', dataDays: ['2023-02-01'] });
		const years = old.groups.find((g) => g.kind === 'year' && g.calendar === 'gregory')!;
		expect(years.choices.map((c) => c.key)).toEqual(['2023', '2026', '2025', '2024']);
		const none = reportPeriodChoices({ today: '2026-12-03', dataDays: [] });
		const quarters = none.groups[0]!.choices;
		expect(quarters.every((c) => !c.hasData)).toBe(true);
		expect(quarters.map((c) => c.key)).toEqual([
			'2026-Q4',
			'2026-Q3',
			'2026-Q2',
			'2026-Q1',
			'2025-Q4'
		]);
		expect(quarters.map((c) => c.key)).toContain(none.preselected);
		expect(none.preselected).toBe('2026-Q3');
	});

	it('preselects a period with data: the last complete quarter, else the newest complete month, else a running one', () => {
		const choose = (dataDays: string[]) =>
			reportPeriodChoices({ today: '2026-12-03', dataDays }).preselected;
		expect(choose(['2026-08-10', '2026-11-20'])).toBe('2026-Q3');
		// a new association whose first imported month has just ended
		expect(choose(['2026-11-05', '2026-11-20', '2026-12-01'])).toBe('2026-11');
		// an older complete month is still newer than any complete quarter with data
		expect(choose(['2026-02-05', '2026-10-20'])).toBe('2026-10');
		// only the running month has data
		expect(choose(['2026-12-01', '2026-12-02'])).toBe('2026-Q4');
	});
});
