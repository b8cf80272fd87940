// npm run report -- --period 2026-Q2|2026-05|2026|H1447-Q1|H1447-05 --lang ar|en --out FILE.pdf|FILE.html
// Renders a draft report for the period from the current data.
import { writeFileSync } from 'node:fs';
import { PeriodError } from '../src/lib/domain/periods';
import { buildReport } from '../src/lib/server/reports/build';
import { renderReportHtml } from '../src/lib/server/reports/html';
import { closePdfBrowser, htmlToPdf } from '../src/lib/server/reports/pdf';
import { openStore, parseFlags, runCli, UsageError } from './cli';

const usage =
	'npm run report -- --period 2026-Q2|2026-05|2026|H1447-Q1|H1447-05 [--lang ar|en] --out FILE.pdf|FILE.html';

/** The CLI speaks English; the report's language by name. */
const languageNames = { ar: 'Arabic', en: 'English' } as const;

runCli(async () => {
	const { values } = parseFlags(
		{ period: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' } },
		usage
	);
	if (!values.period || !values.out)
		throw new UsageError(`--period and --out are needed.\nUsage: ${usage}`);
	const lang = values.lang ?? 'ar';
	if (lang !== 'ar' && lang !== 'en') throw new UsageError('--lang is ar or en.');
	const format = values.out.toLowerCase().endsWith('.pdf')
		? 'pdf'
		: values.out.toLowerCase().endsWith('.html')
			? 'html'
			: null;
	if (!format) throw new UsageError('--out must end in .pdf or .html.');

	const store = await openStore();
	try {
		const content = await buildReport(store, { periodKey: values.period, lang }).catch(
			(error: unknown) => {
				if (error instanceof PeriodError) throw new UsageError(error.message);
				throw error;
			}
		);
		const html = renderReportHtml(content, {
			version: null,
			issuedAt: null,
			meetingNumber: null,
			meetingDate: null
		});
		if (format === 'html') writeFileSync(values.out, html);
		else writeFileSync(values.out, await htmlToPdf(html));
		console.log(
			`Wrote the ${languageNames[lang]} draft report for ${values.period} to ${values.out}.`
		);
	} finally {
		await closePdfBrowser();
		store.close();
	}
});
