// Property-based tests of the dashboard filter on arbitrary URL parameters (thousands of cases):
// never a crash, always a valid period, every invalid value reported (never silently dropped), and
// the URL a filter writes reads back as the same filter.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzText, pureRuns } from '../../../tests/helpers/fuzz-text';
import { resolvePreset } from '../domain/period-presets';
import {
	dashboardQuerySchema,
	filterFields,
	filterQuery,
	parseDashboardFilter
} from './dashboard-filter';

const value = fc.oneof(
	...fuzzText(
		'this-month',
		'last-12-months',
		'custom',
		'2026-02-30',
		'2026-01-01',
		'1900-01-01',
		'9999-12-31',
		'phone',
		'support_request',
		'relief',
		"' OR 1=1 --",
		'<script>',
		'\u202E',
		'   '
	),
	fc
		.date({ noInvalidDate: true, min: new Date('1800-01-01'), max: new Date('2300-01-01') })
		.map((d) => d.toISOString().slice(0, 10))
);
const params = fc
	.dictionary(fc.oneof(fc.constantFrom(...filterFields), fc.string({ maxLength: 8 })), value, {
		maxKeys: 9
	})
	.map((d) => new URLSearchParams(d));
// the calendars the app supports end in 2077 (Gregorian) and 1500 AH
const today = fc
	.date({ noInvalidDate: true, min: new Date('2000-01-01'), max: new Date('2076-12-31') })
	.map((d) => d.toISOString().slice(0, 10));
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

describe('the dashboard filter on arbitrary parameters', () => {
	it('always gives a valid period and reports exactly the fields it could not use', () => {
		fc.assert(
			fc.property(params, today, (p, day) => {
				const filter = parseDashboardFilter(p, day);
				expect(filter.from).toMatch(isoDate);
				expect(filter.to).toMatch(isoDate);
				expect(filter.from <= filter.to).toBe(true);
				expect(dashboardQuerySchema.safeParse(filter.query).success).toBe(true);
				const custom = (p.get('period') ?? '').trim() === 'custom';
				for (const field of filter.invalid) {
					expect(filterFields).toContain(field);
					// only a field that was given can be invalid (a custom period also needs its dates)
					if (!(custom && (field === 'from' || field === 'to'))) {
						expect((p.get(field) ?? '').trim()).not.toBe('');
					}
				}
				for (const field of ['channel', 'type', 'service', 'branch'] as const) {
					const given = (p.get(field) ?? '').trim() !== '';
					// a value given is used or reported, never silently dropped
					if (given)
						expect(filter[field] !== undefined || filter.invalid.includes(field)).toBe(true);
					else expect(filter[field]).toBeUndefined();
				}
			}),
			{ numRuns: pureRuns }
		);
	});

	it('reads the URL it writes back as the same filter', () => {
		fc.assert(
			fc.property(params, today, (p, day) => {
				const filter = parseDashboardFilter(p, day);
				const again = parseDashboardFilter(new URLSearchParams(filterQuery(filter.query)), day);
				// the written URL adds no invalid value (a custom period without dates stays incomplete)
				for (const field of again.invalid) expect(filter.invalid).toContain(field);
				expect({ from: again.from, to: again.to }).toEqual({ from: filter.from, to: filter.to });
				expect(filterQuery(again.query)).toBe(filterQuery(filter.query));
			}),
			{ numRuns: pureRuns }
		);
	});
});

describe('a typed date that is no date', () => {
	it('is reported with a preset period instead of being dropped', () => {
		const filter = parseDashboardFilter(
			new URLSearchParams('period=this-month&to=!'),
			'2026-11-22'
		);
		expect(filter.invalid).toEqual(['to']);
		const preset = resolvePreset('this-month', '2026-11-22');
		expect({ from: filter.from, to: filter.to }).toEqual({ from: preset.from, to: preset.to });
	});
});
