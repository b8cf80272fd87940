// The dashboard over HTTP: the board's summary view, Arrow and CSV endpoints, filter rejection,
// improvement actions with their role checks.
import { describe, expect, it } from 'vitest';
import { arrowToRows } from '../src/lib/charts/arrow-rows';
import { useStaffServer } from './helpers/staff-server';

const { cookie, get, post } = useStaffServer('dashboard');

describe('the dashboard', () => {
	it('shows managers the figures, the charts as SVG and links to comments and actions', async () => {
		const html = await (await get('/dashboard?period=last-12-months', cookie.manager)).text();
		expect(html).toContain('نسبة الرضا');
		expect(html).toContain('/dashboard/comments');
		expect(html).toContain('/api/dashboard/csat-trend?period=last-12-months');
		// every chart is drawn on the server too, as an SVG image (pages without JavaScript)
		const images = [...html.matchAll(/<img src="([^"]+format=svg)"/g)].map((m) =>
			m[1]!.replaceAll('&amp;', '&')
		);
		expect(images).toHaveLength(5);
		for (const src of images) {
			const response = await get(src, cookie.manager);
			expect(response.status).toBe(200);
			expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
			const svg = await response.text();
			expect(svg).toMatch(/^<svg xml:lang="ar"/);
			expect(svg).toContain('</svg>');
		}
		// a table is not a chart: a code and the message in the request's language
		const table = await get('/api/dashboard/segments-branch?format=svg', cookie.manager);
		expect(table.status).toBe(400);
		expect(await table.json()).toEqual({
			code: 'not_a_chart',
			message: expect.stringContaining('جدول')
		});
		const tableEn = await get('/api/dashboard/segments-branch?format=svg&lang=en', cookie.manager);
		expect(tableEn.status).toBe(400);
		expect(await tableEn.json()).toEqual({
			code: 'not_a_chart',
			message: expect.stringContaining('table')
		});
	});

	it('gives the board the summary: figures and charts, no comments, no request ids', async () => {
		const html = await (await get('/dashboard?period=last-12-months', cookie.board)).text();
		expect(html).toContain('نسبة الرضا');
		// the CES card says what its scale means, and shows the NPS and CES intervals
		expect(html).toContain('١ = صعب جدًا … ٧ = سهل جدًا');
		expect(html.match(/فترة الثقة ٩٥٪/g)?.length).toBeGreaterThanOrEqual(3);
		// the response-rate card says what it divides, and counts unlinked answers apart
		expect(html).toContain('التعاملات التي أُجيب عنها ÷ التعاملات الواردة');
		expect(html).toContain('إجابة غير مرتبطة بتعامل');
		expect(html).not.toContain('/dashboard/comments');
		const turnaround = await (
			await get('/dashboard/turnaround?period=last-12-months', cookie.board)
		).text();
		expect(turnaround).not.toMatch(/INT-\d{6}-\d{6}/);
		const managerView = await (
			await get('/dashboard/turnaround?period=last-12-months', cookie.manager)
		).text();
		expect(managerView).toMatch(/INT-\d{6}-\d{6}/);
		expect((await get('/dashboard/comments', cookie.board)).status).toBe(403);
		expect((await get('/api/dashboard/overdue-requests', cookie.board)).status).toBe(403);
	});

	it('serves chart rows as Apache Arrow that decode to the same figures as the CSV', async () => {
		const arrow = await get('/api/dashboard/segments-channel?period=last-12-months', cookie.board);
		expect(arrow.headers.get('content-type')).toBe('application/vnd.apache.arrow.stream');
		const rows = arrowToRows(new Uint8Array(await arrow.arrayBuffer()));
		const csv = await (
			await get('/api/dashboard/segments-channel?period=last-12-months&format=csv', cookie.board)
		).text();
		const lines = csv
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		expect(lines.length - 1).toBe(rows.length);
		const header = lines[0]!.split(',');
		const interactions = header.indexOf('interactions');
		const total = lines
			.slice(1)
			.reduce((sum, line) => sum + Number(line.split(',')[interactions]), 0);
		expect(rows.reduce((sum, r) => sum + Number(r.interactions), 0)).toBe(total);
		const xlsx = await get(
			'/api/dashboard/segments-channel?period=last-12-months&format=xlsx',
			cookie.board
		);
		expect(xlsx.status).toBe(200);
		expect(new Uint8Array(await xlsx.arrayBuffer()).slice(0, 2)).toEqual(
			new Uint8Array([0x50, 0x4b])
		);
	});

	it('reports an invalid filter instead of ignoring it', async () => {
		const endpoint = await get(
			"/api/dashboard/csat-trend?period=forever&channel=x';drop",
			cookie.manager
		);
		expect(endpoint.status).toBe(400);
		expect(await endpoint.json()).toMatchObject({ fields: ['period', 'channel'] });
		const page = await (await get('/dashboard?type=praise', cookie.manager)).text();
		expect(page).toContain('قيم غير صالحة');
		expect((await get('/api/dashboard/unknown', cookie.manager)).status).toBe(404);
	});

	it('lets managers record, edit and close an improvement action, and the board only read figures', async () => {
		const created = await post(
			'/dashboard/actions?/create',
			{
				findingKind: 'channel',
				findingValue: 'phone',
				title: 'تحويل المكالمات الفائتة إلى رسالة نصية',
				team: 'reception',
				dueDate: '2026-12-31',
				status: 'open'
			},
			cookie.manager
		);
		expect(created.status).toBe(200);
		let page = await (await get('/dashboard/actions', cookie.manager)).text();
		expect(page).toContain('تحويل المكالمات الفائتة إلى رسالة نصية');
		const id = /name="id" value="(\d+)"[\s\S]*?تحويل المكالمات الفائتة/.exec(page)![1]!;

		const closed = await post(
			'/dashboard/actions?/update',
			{
				id,
				findingKind: 'channel',
				findingValue: 'phone',
				title: 'تحويل المكالمات الفائتة إلى رسالة نصية',
				team: 'reception',
				dueDate: '2026-12-31',
				status: 'done'
			},
			cookie.manager
		);
		expect(closed.status).toBe(200);
		page = await (await get('/dashboard/actions', cookie.manager)).text();
		expect(page).toMatch(
			new RegExp(`name="id" value="${id}"[\\s\\S]*?<option value="done" selected`)
		);

		const refused = await post(
			'/dashboard/actions?/create',
			{ findingKind: 'channel', findingValue: 'phone', title: 'x y z' },
			cookie.board
		);
		expect(refused.status).toBe(403);
		const invalid = await post(
			'/dashboard/actions?/create',
			{ findingKind: 'person', findingValue: 'Ahmad', title: 'x' },
			cookie.manager
		);
		expect(invalid.status).toBe(400);
	});
});
