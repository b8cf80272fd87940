// Reports over HTTP: a manager issues, the board reads issued reports only and downloads the PDF.
import { describe, expect, it } from 'vitest';
import { useStaffServer } from './helpers/staff-server';

const { cookie, get, post } = useStaffServer('reports');

describe('board reports over HTTP', () => {
	it('never shows drafts to the board', async () => {
		expect((await get('/reports/draft?period=2026-Q1&lang=ar', cookie.board)).status).toBe(403);
		expect((await get('/reports/preview?period=2026-Q1&lang=ar', cookie.board)).status).toBe(403);
		expect(
			(await post('/reports/draft?/issue', { period: '2026-Q1', lang: 'ar' }, cookie.board)).status
		).toBe(403);
		const list = await (await get('/reports', cookie.board)).text();
		expect(list).toContain('لم يصدر تقرير بعد');
	});

	it('lets a manager preview a draft and issue it; the board then opens and downloads it', async () => {
		const draft = await (await get('/reports/draft?period=2026-Q1&lang=ar', cookie.manager)).text();
		expect(draft).toContain('أداة للتقويم والتطوير لا للعقاب والتشهير');
		const preview = await get('/reports/preview?period=2026-Q1&lang=en', cookie.manager);
		expect(preview.headers.get('content-type')).toContain('text/html');
		expect(await preview.text()).toContain('Draft — not issued');

		const issued = await post(
			'/reports/draft?/issue',
			{ period: '2026-Q1', lang: 'ar' },
			cookie.manager
		);
		expect(issued.status).toBe(303);
		const location = issued.headers.get('location')!;
		expect(location).toMatch(/^\/reports\/\d+$/);

		const list = await (await get('/reports', cookie.board)).text();
		expect(list).toContain('2026-Q1');
		const html = await (await get(location, cookie.board)).text();
		expect(html).toContain('<html lang="ar" dir="rtl">');
		expect(html).toContain('الإصدار 1');
		expect(html).not.toContain('مسودة');

		const pdf = await get(`${location}/pdf`, cookie.board);
		expect(pdf.status).toBe(200);
		expect(pdf.headers.get('content-type')).toBe('application/pdf');
		expect(
			Buffer.from(await pdf.arrayBuffer())
				.subarray(0, 5)
				.toString()
		).toBe('%PDF-');
	});

	it('refuses an invalid period with a clear message', async () => {
		const preview = await get('/reports/preview?period=2026-Q5', cookie.manager);
		expect(preview.status).toBe(400);
		const draft = await (await get('/reports/draft?period=next-year', cookie.manager)).text();
		expect(draft).toContain('فترة غير صالحة');
	});

	it('publishes "you said, we did" only when the association turns it on', async () => {
		expect((await get('/you-said-we-did')).status).toBe(404);
		const settings = await post(
			'/admin/settings?/save',
			{
				nameAr: 'جمعية الوفاء الأهلية بحائل',
				nameEn: 'Al-Wafa Community Association, Hail',
				timeZone: 'Asia/Riyadh',
				reviewWindowDays: '14',
				windowCounting: 'calendar',
				weekendDays: '5',
				minGroupSize: '5',
				publicActionsPage: 'on'
			},
			cookie.admin
		);
		expect(settings.status).toBe(200);
		const page = await get('/you-said-we-did');
		expect(page.status).toBe(200);
		expect(await page.text()).toContain('قلتم وفعلنا');
	});
});
