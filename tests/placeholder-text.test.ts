// No page shows stale or placeholder text ("هذه صفحة أولى؛ لوحة المؤشرات الكاملة قادمة", "coming
// soon", "TODO", …): every page of the route matrix, as each role that may open it, in Arabic and
// in English, on the demo association (pages with figures) — and the phrase list itself checked.
import { beforeAll, describe, expect, it } from 'vitest';
import { routeCases, type Visitor } from './route-matrix';
import { placeholdersIn } from './helpers/placeholders';
import { useStaffServer } from './helpers/staff-server';

const staff = useStaffServer('placeholders');
const cookies: Partial<Record<Visitor, string>> = staff.cookie;

// one issued report, so that its pages exist
beforeAll(async () => {
	await staff.post('/reports/draft?/issue', { period: '2026-01', lang: 'ar' }, staff.cookie.admin);
}, 180_000);

describe('the placeholder check', () => {
	it('finds the stale sentence of the first home page, and not an input placeholder', () => {
		expect(
			placeholdersIn('<p class="note">هذه صفحة أولى؛ لوحة المؤشرات الكاملة قادمة.</p>')
		).toEqual(['قادمة', 'صفحة أولى']);
		expect(
			placeholdersIn('<p>This is a first page; the full dashboard is on its way.</p>')
		).toEqual(['on its way', 'first page']);
		expect(placeholdersIn('<h1>Reports</h1><p>TODO: charts</p>')).toEqual(['TODO']);
		expect(
			placeholdersIn(
				'<input placeholder="name@example.org"><script>const todo = "coming soon"</script><p>ok</p>'
			)
		).toEqual([]);
	});
});

const visitors: Visitor[] = ['anonymous', 'board', 'manager', 'admin'];
const pages = routeCases.filter((c) => c.kind === 'page' && c.method === 'GET');

describe.each(['ar', 'en'] as const)('no placeholder text in %s', (lang) => {
	for (const visitor of visitors) {
		it(`on every page ${visitor === 'anonymous' ? 'an anonymous visitor' : `the ${visitor}`} may open`, async () => {
			const found: string[] = [];
			let checked = 0;
			for (const c of pages.filter((p) => p.expect[visitor] === 200)) {
				const cookie = [cookies[visitor], `lang=${lang}`].filter(Boolean).join('; ');
				const response = await fetch(`${staff.server.url}${c.path}`, {
					headers: { accept: 'text/html', cookie },
					redirect: 'manual'
				});
				expect(response.status, c.path).toBe(200);
				const html = await response.text();
				expect(html, c.path).toContain(`<html lang="${lang}"`);
				checked++;
				for (const phrase of placeholdersIn(html)) found.push(`${c.path}: ${phrase}`);
			}
			expect(checked).toBeGreaterThan(visitor === 'anonymous' ? 3 : 8);
			expect(found).toEqual([]);
		}, 120_000);
	}
});
