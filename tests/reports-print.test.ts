// The printed board pack, checked by looking: the quarterly report of the demo data as PDF, each
// page as an image (pdftoppm; the PNGs are kept in test-results/report-pages/ to look at), no page
// mostly blank, a cover with the association and the period in both calendars, "page X of Y" in
// the report's language, trends that end with the period, and the period form's choices.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePeriodKey } from '../src/lib/domain/periods';
import { Store } from '../src/lib/server/db';
import { seedDemo } from '../src/lib/server/demo/load';
import { migrate } from '../src/lib/server/migrate';
import { buildReport } from '../src/lib/server/reports/build';
import { renderReportHtml } from '../src/lib/server/reports/html';
import { closePdfBrowser, htmlToPdf } from '../src/lib/server/reports/pdf';
import { reportPeriodOptions } from '../src/lib/server/reports/period-choices';
import { latestIssuedReport } from '../src/lib/server/reports/latest';
import { getIssued, issueReport } from '../src/lib/server/reports/snapshots';
import { pdfPages, requirePdftoppm } from './helpers/pdf-pages';
import { removeTempDirs, tempDir } from './helpers/temp';

let store: Store;
// the demo's twelve months end on 15 October 2026: its last complete quarter is 2026-Q3
const asOf = '2026-10-15';
const quarter = '2026-Q3';
const shots = path.resolve(import.meta.dirname, '..', 'test-results', 'report-pages');

beforeAll(async () => {
	requirePdftoppm();
	store = await Store.open(':memory:');
	await migrate(store);
	await seedDemo(store, { asOf });
}, 120_000);
afterAll(async () => {
	store.close();
	await closePdfBrowser();
	removeTempDirs();
});

/** The PDF's text without direction marks or white space (pdftotext spaces Arabic and digits oddly). */
const pdfText = (file: string, ...pages: string[]) =>
	execFileSync('pdftotext', [...pages, file, '-'], { encoding: 'utf8' }).replace(
		/[\u200e\u200f\u202a-\u202e\u2066-\u2069\s]/g,
		''
	);
const squash = (s: string) => s.replace(/\s/g, '');

describe.each(['ar', 'en'] as const)('the quarterly board report (%s) on paper', (lang) => {
	let file = '';
	let pages: { file: string; blank: number }[] = [];

	beforeAll(async () => {
		const issued = await issueReport(store, {
			periodKey: quarter,
			lang,
			userId: null,
			actor: 'test'
		});
		const { report, content } = (await getIssued(store, issued.id))!;
		file = path.join(tempDir(), `report-${lang}.pdf`);
		writeFileSync(file, await htmlToPdf(renderReportHtml(content, report)));
		pages = pdfPages(file);
		mkdirSync(shots, { recursive: true });
		execFileSync('pdftoppm', ['-png', '-r', '50', file, path.join(shots, `${quarter}-${lang}`)]);
	}, 120_000);

	it('has no page that is mostly white space (one chart alone on a page)', () => {
		expect(pages.length).toBeGreaterThanOrEqual(4);
		const blank = pages.map((p) => Math.round(p.blank * 100));
		// every page but the last is at most 60% blank bands; the document's last page holds the
		// end of the text, whatever its length, but never (almost) nothing
		expect(
			blank.slice(0, -1).every((b) => b <= 60),
			`blank % per page: ${blank}`
		).toBe(true);
		expect(blank.at(-1)!, `blank % per page: ${blank}`).toBeLessThanOrEqual(85);
	});

	it('numbers its pages "page X of Y" in its language and digits', () => {
		const text = pdfText(file);
		const n = pages.length;
		if (lang === 'ar') {
			const arabic = (v: number) => v.toLocaleString('ar-SA-u-nu-arab');
			expect(text).toContain(squash(`صفحة ${arabic(1)} من ${arabic(n)}`));
			expect(text).toContain(squash(`صفحة ${arabic(n)} من ${arabic(n)}`));
		} else {
			expect(text).toContain(squash(`Page 1 of ${n}`));
			expect(text).toContain(squash(`Page ${n} of ${n}`));
		}
	});

	it('opens with a cover: the association, the period in both calendars and the approval block', () => {
		const first = pdfText(file, '-f', '1', '-l', '1');
		if (lang === 'ar') {
			for (const words of [
				'جمعية الوفاء الأهلية بحائل',
				'الربع ٣ من ٢٠٢٦',
				'بالتقويم الهجري',
				'بالتقويم الميلادي',
				'سبتمبر',
				'١٤٤٨',
				'الاعتماد',
				'رقم اجتماع مجلس الإدارة'
			])
				expect(first).toContain(squash(words));
		} else {
			for (const words of [
				'Q3 2026',
				'Gregorian calendar',
				'Hijri calendar',
				'September',
				'1448',
				'Approval'
			])
				expect(first).toContain(squash(words));
		}
		// the summary starts on the next page, not on the cover
		expect(first).not.toContain(lang === 'ar' ? 'الملخص' : 'Summary');
	});
});

describe('the report trends', () => {
	it("end with the period and start with the data, in the period's calendar", async () => {
		const p = parsePeriodKey(quarter);
		const content = await buildReport(store, { periodKey: quarter, lang: 'ar' });
		// the monthly table: the quarter's three Gregorian months, not the four Hijri months it touches
		expect(content.turnaround.months.map((m) => m.label)).toEqual([
			'يوليو ٢٠٢٦',
			'أغسطس ٢٠٢٦',
			'سبتمبر ٢٠٢٦'
		]);
		const trend = content.charts[0]!.svg;
		expect(trend).not.toContain('أكتوبر ٢٠٢٦');
		expect(p.to).toBe('2026-09-30');
		const hijri = await buildReport(store, { periodKey: 'H1447-Q4', lang: 'en' });
		expect(hijri.turnaround.months.length).toBe(3);
	}, 60_000);
});

describe("the report form's period choices", () => {
	it('offer the periods with data first and preselect the last complete quarter', async () => {
		const options = await reportPeriodOptions(
			store,
			{ lang: 'en', digits: 'latn' },
			new Date('2026-10-15T09:00:00Z')
		);
		expect(options.hasData).toBe(true);
		expect(options.preselected).toBe(quarter);
		const [gregorianQuarters, hijriQuarters] = options.groups;
		expect(gregorianQuarters!.label).toBe('Quarters (Gregorian)');
		expect(gregorianQuarters!.options[0]).toEqual({
			key: '2026-Q4',
			label: 'Q4 2026 (in progress)'
		});
		expect(gregorianQuarters!.options.map((o) => o.key)).toContain(quarter);
		expect(hijriQuarters!.label).toBe('Quarters (Hijri)');
		const all = options.groups.flatMap((g) => g.options);
		expect(all.map((o) => o.key)).toEqual(
			expect.arrayContaining(['2026-H1', 'H1447', '2026-09', 'H1448-04'])
		);
		// a period without data says so, after the ones with data
		const years = options.groups.find((g) => g.label === 'Years (Gregorian)')!.options;
		expect(years.map((o) => o.label)).toEqual(['Year 2026 (in progress)', 'Year 2025']);
	});
});

describe("the board member's home", () => {
	it("shows the latest issued report in the reader's language, its summary in one paragraph", async () => {
		// the quarter was issued in both languages above, Arabic first
		const ar = (await latestIssuedReport(store, 'ar'))!;
		const en = (await latestIssuedReport(store, 'en'))!;
		expect([ar.periodKey, ar.lang, en.periodKey, en.lang]).toEqual([quarter, 'ar', quarter, 'en']);
		const { content } = (await getIssued(store, en.id))!;
		// the figures' paragraphs of the frozen summary, joined: the same words as the report
		expect(en.summary).toBe(content.summary.slice(1).join(' '));
		expect(en.summary).not.toContain('\n');
		expect(en.summary).toMatch(/CSAT|satisf/i);
		expect(en.periodLabel).toBe('Q3 2026');
		const empty = await Store.open(':memory:');
		await migrate(empty);
		expect(await latestIssuedReport(empty, 'ar')).toBeNull();
		empty.close();
	});
});
