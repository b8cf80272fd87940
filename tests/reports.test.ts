// Board reports: frozen when issued, versioned, and a real PDF with Arabic text.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onDataChanged } from '../src/lib/server/data-changes';
import { Store } from '../src/lib/server/db';
import { seedDemo } from '../src/lib/server/demo/load';
import { migrate } from '../src/lib/server/migrate';
import { buildReport } from '../src/lib/server/reports/build';
import { renderReportHtml } from '../src/lib/server/reports/html';
import { closePdfBrowser, htmlToPdf } from '../src/lib/server/reports/pdf';
import {
	dataFingerprint,
	getIssued,
	issueReport,
	recordMeeting
} from '../src/lib/server/reports/snapshots';
import { removeTempDirs, tempDir } from './helpers/temp';

let store: Store;
const period = '2026-Q1';

beforeAll(async () => {
	store = await Store.open(':memory:');
	await migrate(store);
	await seedDemo(store, { asOf: '2026-06-15' });
});
afterAll(async () => {
	store.close();
	await closePdfBrowser();
	removeTempDirs();
});

/** A later ingest: new interactions and answers inside the reported quarter. */
async function laterIngest() {
	await store.transaction(async (tx) => {
		await tx.run(
			`insert into interaction (id, channel, type, received_at) select 'LATE-' || i, 'phone', 'inquiry',
				'2026-02-10T09:00:00Z'::timestamptz from range(50) t(i)`
		);
		await tx.run(
			`insert into response (id, submitted_at, channel, csat, source) select 'LATE-R-' || i,
				'2026-02-11T09:00:00Z'::timestamptz, 'phone', 1, 'ingest' from range(40) t(i)`
		);
		const at = new Date('2026-02-10T09:00:00Z');
		await onDataChanged(tx, {
			interactions: { from: at, to: at },
			responses: { from: new Date('2026-02-11T09:00:00Z'), to: new Date('2026-02-11T09:00:00Z') }
		});
	});
}

describe('report figures', () => {
	it('show CSAT, NPS and CES with their 95% intervals, and say what the CES scale means', async () => {
		const report = await buildReport(store, { periodKey: period, lang: 'en' });
		const [csat, nps, ces] = report.keyFigures;
		// e.g. "72.4% (70.1–74.6%)", "31.2 (27.0–35.3)", "5.61 (5.52–5.70)"
		expect(csat!.current).toMatch(/^[\d.]+% \([\d.]+–[\d.]+%\)$/);
		expect(nps!.current).toMatch(/^−?-?[\d.]+ \(−?-?[\d.]+–−?-?[\d.]+\)$/);
		expect(ces!.current).toMatch(/^\d\.\d\d \(\d\.\d\d–\d\.\d\d\)$/);
		expect(ces!.label).toBe('Ease (CES: 1 = very difficult … 7 = very easy)');
		expect(report.method.lines.join(' ')).toContain("Fisher's exact test");
	});
});

describe('issued reports', () => {
	it('are frozen: a later ingest changes the draft but not the issued report', async () => {
		const v1 = await issueReport(store, {
			periodKey: period,
			lang: 'ar',
			userId: null,
			actor: 'test'
		});
		const before = (await getIssued(store, v1.id))!;
		expect(before.report.version).toBe(1);
		expect(before.content.meta.periodKey).toBe(period);
		const fingerprintBefore = await dataFingerprint(store, period);
		expect(before.report.fingerprint).toBe(fingerprintBefore);

		await laterIngest();

		const after = (await getIssued(store, v1.id))!;
		expect(after.content).toEqual(before.content);
		expect(after.report.fingerprint).toBe(fingerprintBefore);
		expect(await dataFingerprint(store, period)).not.toBe(fingerprintBefore);
		const draft = await buildReport(store, { periodKey: period, lang: 'ar' });
		expect(draft.keyFigures).not.toEqual(before.content.keyFigures);
	});

	it('are versioned: issuing again makes version 2 and keeps version 1', async () => {
		const v2 = await issueReport(store, {
			periodKey: period,
			lang: 'ar',
			userId: null,
			actor: 'test'
		});
		expect(v2.version).toBe(2);
		const v1 = (
			await store.all<{ id: number }>(
				"select id from report_snapshot where period_key = '2026-Q1' and version = 1"
			)
		)[0]!;
		const [one, two] = [(await getIssued(store, v1.id))!, (await getIssued(store, v2.id))!];
		expect(one.report.version).toBe(1);
		expect(two.content.keyFigures).not.toEqual(one.content.keyFigures);
		const english = await issueReport(store, {
			periodKey: period,
			lang: 'en',
			userId: null,
			actor: 'test'
		});
		expect(english.version).toBe(1);
	});

	it('record the approving board meeting without touching the figures', async () => {
		const issued = await issueReport(store, {
			periodKey: '2026-05',
			lang: 'ar',
			userId: null,
			actor: 'test'
		});
		const content = (await getIssued(store, issued.id))!.content;
		expect(await recordMeeting(store, issued.id, { number: '6', date: '2026-06-10' })).toBe(true);
		const after = (await getIssued(store, issued.id))!;
		expect(after.report.meetingNumber).toBe('6');
		expect(after.report.meetingDate).toBe('2026-06-10');
		expect(after.content).toEqual(content);
		const html = renderReportHtml(after.content, after.report);
		// the meeting date in both calendars: 10 June 2026 = 24 Dhu al-Hijjah 1447
		expect(html).toContain('١٤٤٧');
		expect(html).toContain('يونيو');
	});

	it('show turnaround with open requests counted, and still render reports issued before that', async () => {
		const content = await buildReport(store, { periodKey: period, lang: 'en' });
		const noMeeting = { version: null, issuedAt: null, meetingNumber: null, meetingDate: null };
		const html = renderReportHtml(content, noMeeting);
		expect(content.turnaround.note).toContain('Kaplan–Meier');
		expect(content.turnaround.months.length).toBeGreaterThan(0);
		for (const m of content.turnaround.months) {
			expect(m.received).toMatch(/^[\d,]+$/);
			expect(m.closed).toMatch(/^[\d,]+$/);
			expect(m.stillWithin).toMatch(/^[\d,]+$/);
		}
		expect(html).toContain('Median turnaround, Kaplan–Meier (days)');
		expect(html).toContain('Window closed');
		expect(html).toContain('Median of decided requests (days)');
		expect(content.keyFigures.map((f) => f.label)).toEqual(
			expect.arrayContaining([
				'Still within their window',
				'Median turnaround, Kaplan–Meier (days)',
				'Median of decided requests (days)',
				'Open requests past the window (received in any month)'
			])
		);
		expect(content.method.lines.join(' ')).toContain('Kaplan–Meier');

		// a snapshot issued before: no note and no new month fields; it renders its own figures
		// under the columns they were made for
		const old = structuredClone(content);
		delete old.turnaround.note;
		old.turnaround.months = old.turnaround.months.map((m) => ({
			label: m.label,
			decided: m.decided,
			median: '3.5',
			p90: '17.0',
			within: m.within,
			overdue: m.overdue
		}));
		const oldHtml = renderReportHtml(old, noMeeting);
		expect(oldHtml).toContain('<th scope="col">Median turnaround (days)</th>');
		expect(oldHtml).not.toContain('Window closed');
		expect(oldHtml).toContain('<td>17.0</td>');
		const arabic = await buildReport(store, { periodKey: period, lang: 'ar' });
		expect(renderReportHtml(arabic, noMeeting)).toContain('وسيط مدة البتّ، كابلان–ماير (يوم)');
	});

	it('escape every text in the print HTML', async () => {
		const content = await buildReport(store, { periodKey: period, lang: 'en' });
		content.summary = ['<script>alert(1)</script>'];
		const html = renderReportHtml(content, {
			version: null,
			issuedAt: null,
			meetingNumber: null,
			meetingDate: null
		});
		expect(html).not.toContain('<script>alert(1)</script>');
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
	});

	it('print as an A4 PDF with joined Arabic text on several pages', async () => {
		const issued = await issueReport(store, {
			periodKey: 'H1447-09',
			lang: 'ar',
			userId: null,
			actor: 'test'
		});
		const { report, content } = (await getIssued(store, issued.id))!;
		const pdf = await htmlToPdf(renderReportHtml(content, report));
		const file = path.join(tempDir(), 'report.pdf');
		writeFileSync(file, pdf);
		expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe('%PDF-');
		const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
		const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
		expect(pages).toBeGreaterThanOrEqual(5);
		expect(pages).toBeLessThanOrEqual(10);
		expect(info).toMatch(/Page size:\s+59\d\.\d+ x 841\.\d+ pts \(A4\)/);
		const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(
			/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
			''
		);
		for (const words of [
			'جمعية الوفاء الأهلية بحائل',
			'الملخص',
			'قلتم وفعلنا',
			'رمضان',
			'والتشهير'
		]) {
			expect(text).toContain(words);
		}
	});
});
