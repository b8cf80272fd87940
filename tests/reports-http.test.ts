// Reports over HTTP: a manager issues, the board reads issued reports only and downloads the PDF.
import { describe, expect, it } from 'vitest';
import { useStaffServer } from './helpers/staff-server';

const staff = useStaffServer('reports');
const { cookie, get, post } = staff;

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
		// the Arabic report writes its numbers, the version's too, in Arabic-Indic digits
		expect(html).toContain('الإصدار ١');
		expect(html).not.toContain('مسودة');

		const pdf = await get(`${location}/pdf`, cookie.board);
		expect(pdf.status).toBe(200);
		expect(pdf.headers.get('content-type')).toBe('application/pdf');
		expect(
			Buffer.from(await pdf.arrayBuffer())
				.subarray(0, 5)
				.toString()
		).toBe('%PDF-');

		// the board member's home opens on the latest issued report, with its PDF
		const home = await (await get('/', cookie.board)).text();
		expect(home).toContain('أحدث تقرير صدر للمجلس');
		// (SvelteKit writes links relative to the page: ./reports/1/pdf on the home page)
		expect(home).toMatch(new RegExp(`href="\\.?${location}/pdf"`));
		// the manager prepares the next one from a list, the last complete quarter preselected
		const form = await (await get('/reports', cookie.manager)).text();
		expect(form).toMatch(/<select[^>]*name="period"/);
		expect(form).toContain('<optgroup label="الأرباع (هجري)">');
	});

	it("takes the association's logo as PNG or JPEG only, and shows it on the report cover", async () => {
		const upload = (name: string, type: string, bytes: Uint8Array, as = cookie.admin) => {
			const body = new FormData();
			body.set('logo', new Blob([new Uint8Array(bytes)], { type }), name);
			return fetch(`${staff.server.url}/admin/settings/logo`, {
				method: 'POST',
				headers: { origin: staff.server.url, cookie: as },
				body,
				redirect: 'manual'
			});
		};
		const outcome = (r: Response) =>
			new URL(r.headers.get('location')!, staff.server.url).searchParams.get('logo');
		const svg = new TextEncoder().encode(
			'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
		);
		expect(outcome(await upload('logo.png', 'image/png', svg))).toBe('notImage');
		expect((await get('/admin/settings/logo', cookie.board)).status).toBe(404);
		const png = Buffer.from(
			'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
			'base64'
		);
		const big = new Uint8Array(600 * 1024);
		big.set(png);
		expect(outcome(await upload('big.png', 'image/png', big))).toBe('tooLarge');
		expect((await upload('logo.png', 'image/png', png, cookie.manager)).status).toBe(403);
		expect(outcome(await upload('logo.svg', 'image/svg+xml', png))).toBe('saved');

		const served = await get('/admin/settings/logo', cookie.board);
		expect(served.status).toBe(200);
		expect(served.headers.get('content-type')).toBe('image/png');
		expect(served.headers.get('x-content-type-options')).toBe('nosniff');
		expect(Buffer.from(await served.arrayBuffer())).toEqual(png);
		const settings = await (await get('/admin/settings?logo=saved', cookie.admin)).text();
		expect(settings).toContain('حُفظ الشعار.');

		const list = await (await get('/reports', cookie.board)).text();
		const id = /href="[^"]*\/reports\/(\d+)"/.exec(list)![1];
		const cover = await (await get(`/reports/${id}`, cookie.board)).text();
		expect(cover).toContain(`<img src="data:image/png;base64,${png.toString('base64')}"`);
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
