import { describe, expect, it } from 'vitest';
import { filterQuery, parseDashboardFilter } from './dashboard-filter';

const today = '2026-11-22';
const parse = (query: string) => parseDashboardFilter(new URLSearchParams(query), today);

describe('dashboard filter', () => {
	it('defaults to this month, everything included', () => {
		expect(parse('')).toMatchObject({
			from: '2026-11-01',
			to: '2026-11-22',
			periodKey: '2026-11',
			invalid: []
		});
	});

	it('reads presets, custom dates and segment filters', () => {
		expect(parse('period=last-month&channel=phone&type=support_request&branch=hail')).toMatchObject(
			{
				from: '2026-10-01',
				to: '2026-10-31',
				channel: 'phone',
				type: 'support_request',
				branch: 'hail',
				invalid: []
			}
		);
		expect(parse('period=custom&from=2026-01-05&to=2026-02-10')).toMatchObject({
			from: '2026-01-05',
			to: '2026-02-10',
			periodKey: null,
			invalid: []
		});
		expect(parse('service=السلال الغذائية').service).toBe('السلال الغذائية');
	});

	it.each([
		['period=next-decade', ['period']],
		['channel=Phone%27;drop', ['channel']],
		['type=praise', ['type']],
		['period=custom&from=2026-02-30&to=2026-03-01', ['from']],
		['period=custom&from=2026-03-10&to=2026-03-01', ['to']],
		['branch=%3Cscript%3E', ['branch']]
	])('reports %s as invalid instead of ignoring it', (query, fields) => {
		const filter = parse(query);
		expect(filter.invalid).toEqual(fields);
		// the figures fall back to a safe default
		expect(filter.from <= filter.to).toBe(true);
	});

	it('takes dates typed into the form as a custom period', () => {
		const filter = parse('period=this-month&from=2026-06-01&to=2026-06-30');
		expect(filter).toMatchObject({ from: '2026-06-01', to: '2026-06-30', periodKey: null });
		expect(filter.query.period).toBe('custom');
		// the preset's own dates (as the form sends them back) keep the preset
		expect(parse('period=this-month&from=2026-11-01&to=2026-11-22').query.period).toBe(
			'this-month'
		);
	});

	it('writes the query back for links, dropping dates unless custom', () => {
		const filter = parse('period=last-month&channel=phone');
		expect(filterQuery(filter.query, { branch: 'hail' })).toBe(
			'?period=last-month&channel=phone&branch=hail'
		);
		expect(
			filterQuery(filter.query, { period: 'custom', from: '2026-01-01', to: '2026-01-31' })
		).toBe('?period=custom&from=2026-01-01&to=2026-01-31&channel=phone');
	});
});
