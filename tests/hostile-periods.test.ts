// Periods at and past the supported days (1937-03-14 to 2077-11-16, Hijri 1356–1500), sent to the
// built server: every one answers 400 with a code and a message in the asked language, and the server keeps
// serving (a report period past them used to end the process with an unhandled rejection).
import { describe, expect, it } from 'vitest';
import { useHostileServer } from './helpers/hostile';

const h = useHostileServer();

const reportPeriods = [
	'2077-Q4',
	'2077-11',
	'2077',
	'1937-01',
	'1937',
	'H1356-01',
	'H1356',
	'H1501-01'
];

describe('report periods past the supported days', () => {
	it.each(reportPeriods)('preview of %s answers 400 with a message', async (period) => {
		for (const [lang, word] of [
			['en', /period/i],
			['ar', /الفترة/]
		] as const) {
			const response = await h.get(`/reports/preview?period=${period}&lang=${lang}`, h.manager);
			expect(response.status).toBe(400);
			const body = (await response.json()) as { code: string; message: string };
			// Hijri 1501 is past the years a period key may name; the others parse but lie outside
			expect(body.code).toBe(period === 'H1501-01' ? 'yearRange' : 'unsupported');
			expect(body.message).toMatch(word);
		}
		await h.stillServing(h.pid);
	});

	it.each(reportPeriods)('draft of %s answers 400 with a message', async (period) => {
		const response = await h.get(`/reports/draft?period=${period}&lang=en`, h.manager, {
			accept: 'text/html'
		});
		expect(response.status).toBe(400);
		expect(await response.text()).toMatch(/الفترة|period/i);
		await h.stillServing(h.pid);
	});

	it.each(reportPeriods)('issuing %s answers 400 and stores nothing', async (period) => {
		const response = await h.post('/reports/draft?/issue', { period, lang: 'ar' }, h.manager);
		expect(response.status).toBe(400);
		await h.stillServing(h.pid);
	});

	it('periods just inside the supported days still make reports', async () => {
		for (const period of ['2077-Q3', 'H1357', 'H1500-11', '1938-Q3']) {
			const response = await h.get(`/reports/preview?period=${period}&lang=en`, h.manager);
			expect(response.status, period).toBe(200);
		}
		await h.stillServing(h.pid);
	}, 60_000);
});

describe('custom dashboard periods past the supported days', () => {
	const ranges = [
		['2078-01-01', '2078-01-31'],
		['2077-10-01', '2077-12-31'],
		['2077-11-17', '2077-11-30'],
		['1937-01-01', '1937-01-31'],
		['1900-01-01', '1900-12-31'],
		['9999-01-01', '9999-12-31']
	];
	for (const role of ['admin', 'manager'] as const) {
		it.each(ranges)(`%s to %s answers 400 to the ${role}`, async (from, to) => {
			for (const calendar of ['hijri', 'gregory']) {
				const cookie = `${h[role]}; calendar=${calendar}`;
				const query = `period=custom&from=${from}&to=${to}`;
				const data = await h.get(`/api/dashboard/csat-trend?${query}`, cookie);
				expect(data.status, `${calendar} data`).toBe(400);
				const svg = await h.get(`/api/dashboard/csat-trend?${query}&format=svg`, cookie);
				expect(svg.status, `${calendar} svg`).toBe(400);
				const page = await h.get(`/dashboard?${query}`, cookie, { accept: 'text/html' });
				expect(page.status, `${calendar} page`).toBeLessThan(500);
			}
			await h.stillServing(h.pid);
		});
	}

	it('a range just inside the supported days is answered', async () => {
		const data = await h.get(
			'/api/dashboard/csat-trend?period=custom&from=2077-10-01&to=2077-11-16',
			`${h.manager}; calendar=hijri`
		);
		expect(data.status).toBe(200);
	});
});
