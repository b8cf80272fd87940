// The board report as one print-first HTML document (A4, page breaks, page numbers), readable
// without JavaScript; the same document is turned into PDF by Chromium. Every text is escaped;
// only the chart SVG, which the server drew itself, is inserted as markup.
import { formatDate, formatNumber } from '../../i18n/format';
import { parsePeriodKey } from '../../domain/periods';
import { reportMessages, type ReportMessages } from '../../i18n/report-messages';
import type { ReportContent } from './content';

export interface ReportStatus {
	/** null for a draft */
	version: number | null;
	issuedAt: Date | null;
	meetingNumber: string | null;
	/** YYYY-MM-DD */
	meetingDate: string | null;
}

const entities: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => entities[c]!);
}

const e = escapeHtml;

function table(headers: string[], rows: string[][], className = ''): string {
	return `<table class="${className}"><thead><tr>${headers.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead><tbody>${rows
		.map(
			(r) =>
				`<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${e(c)}</th>` : `<td>${e(c)}</td>`)).join('')}</tr>`
		)
		.join('')}</tbody></table>`;
}

const styles = (
	lang: 'ar' | 'en',
	t: { page: string; pageOf: string },
	digits: 'arab' | 'latn'
) => {
	const counter = (name: string) => `counter(${name}${digits === 'arab' ? ', arabic-indic' : ''})`;
	return `
@page {
	size: A4;
	margin: 16mm 16mm 18mm;
	@bottom-center {
		content: "${t.page} " ${counter('page')} " ${t.pageOf} " ${counter('pages')};
		font-family: 'Noto Sans Arabic', 'Noto Sans', 'DejaVu Sans', sans-serif;
		font-size: 9pt;
		color: #555;
	}
}
* { box-sizing: border-box; }
html { font-family: ${lang === 'ar' ? "'Noto Naskh Arabic', 'Noto Sans Arabic'" : "'Noto Sans', 'Noto Sans Arabic'"}, 'DejaVu Sans', serif; color: #1b2430; font-size: 10.5pt; line-height: 1.5; }
body { margin: 0; }
.screen-bar { background: #0f5c4d; color: #fff; padding: 8px 16px; font-family: sans-serif; }
.screen-bar a { color: #fff; margin-inline-end: 16px; }
main { max-width: 190mm; margin: 0 auto; padding: 8mm 0; }
section.cover { break-after: page; display: flex; flex-direction: column; gap: 6mm; min-height: 255mm; }
header.cover-band { background: #0f5c4d; color: #fff; border-radius: 4mm; padding: 14mm 12mm; min-height: 150mm; display: flex; flex-direction: column; justify-content: flex-end; gap: 3mm; }
header.cover-band .logo { background: #fff; border-radius: 3mm; padding: 3mm; align-self: flex-start; margin-bottom: auto; }
header.cover-band .logo img { display: block; max-height: 28mm; max-width: 70mm; }
header.cover-band .org { font-size: 16pt; font-weight: 700; }
header.cover-band h1 { font-size: 24pt; line-height: 1.25; margin: 0; color: #fff; }
header.cover-band .period { font-size: 15pt; }
header.cover-band .meta { color: #d7ebe5; }
.draft { display: inline-block; align-self: flex-start; border: 2px solid #fff; color: #fff; background: #b5475c; padding: 1mm 3mm; font-weight: 700; }
.dates { display: grid; grid-template-columns: auto 1fr; gap: 1.5mm 6mm; margin: 0; font-size: 11pt; }
.dates dt, .approval dt { font-weight: 700; }
.dates dd, .approval dd { margin: 0; }
.approval { border: 1px solid #d9dee4; border-radius: 3mm; padding: 4mm 6mm; }
.approval h2 { margin-top: 0; }
.approval dl { display: grid; grid-template-columns: auto 1fr; gap: 3mm 6mm; margin: 0; }
.approval .sign { border-bottom: 1px dotted #4d5866; min-height: 8mm; }
h2 { font-size: 14pt; color: #0a3f35; border-bottom: 1px solid #d9dee4; padding-bottom: 1mm; margin: 6mm 0 3mm; break-after: avoid; }
h3 { break-after: avoid; }
.summary p { margin: 0 0 3mm; text-align: justify; }
.summary p:first-child { font-style: italic; color: #0a3f35; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm; break-inside: auto; font-variant-numeric: tabular-nums; }
tr, thead { break-inside: avoid; }
th, td { border-bottom: 1px solid #d9dee4; padding: 1.2mm 2mm; text-align: start; vertical-align: top; }
thead th { background: #eef3f1; }
figure { margin: 3mm 0; break-inside: avoid; }
figcaption { font-weight: 700; margin-bottom: 1mm; break-after: avoid; }
/* two charts fit a page, with their captions */
figure svg { display: block; width: 100%; height: auto; max-height: 95mm; }
blockquote { margin: 0 0 2mm; padding: 2mm 3mm; border-inline-start: 3px solid #d08c1b; background: #fbf7ef; break-inside: avoid; }
blockquote footer { color: #4d5866; font-size: 9pt; }
.muted { color: #4d5866; }
@media print { .screen-bar { display: none; } main { padding: 0; } }
`;
};

function dualDate(iso: string, lang: 'ar' | 'en', digits: 'arab' | 'latn'): string {
	const day = new Date(`${iso}T12:00:00Z`);
	const hijri = formatDate(day, { lang, digits, calendar: 'hijri', timeZone: 'UTC' });
	const gregorian = formatDate(day, { lang, digits, calendar: 'gregory', timeZone: 'UTC' });
	return `${hijri} (${gregorian})`;
}

/** An image shown on the cover (the association's logo): PNG or JPEG bytes, checked when uploaded. */
export interface ReportLogo {
	type: 'image/png' | 'image/jpeg';
	data: Uint8Array;
}

/** A section of the report: its heading (kept with what follows) and its parts, already markup. */
function section(title: string, ...parts: string[]): string {
	return `<section><h2>${e(title)}</h2>${parts.join('')}</section>`;
}

function figure(chart: { title: string; svg: string } | undefined): string {
	// the SVG was drawn by the server itself (src/lib/charts); its title is escaped
	return chart ? `<figure><figcaption>${e(chart.title)}</figcaption>${chart.svg}</figure>` : '';
}

/** The period's first and last day in both calendars, from its key (the frozen text is kept as it is). */
function periodDates(meta: ReportContent['meta'], t: ReportMessages): [string, string][] {
	let period: { from: string; to: string };
	try {
		period = parsePeriodKey(meta.periodKey);
	} catch {
		return [[t.period, `${meta.from} – ${meta.to}`]];
	}
	const day = (iso: string, calendar: 'hijri' | 'gregory') =>
		formatDate(new Date(`${iso}T12:00:00Z`), {
			lang: meta.lang,
			digits: meta.digits,
			calendar,
			timeZone: 'UTC'
		});
	const both: [string, string][] = [
		[t.hijriDates, `${day(period.from, 'hijri')} – ${day(period.to, 'hijri')}`],
		[t.gregorianDates, `${day(period.from, 'gregory')} – ${day(period.to, 'gregory')}`]
	];
	return meta.lang === 'ar' ? both : both.reverse();
}

function turnaroundTable(content: ReportContent, t: ReportMessages): string {
	const { note, months } = content.turnaround;
	// issued before issue 17 (no note): its own (frozen) figures, under the columns they were made for
	const fresh = note !== undefined;
	type Month = (typeof months)[number];
	const since17 = (columns: [string, (m: Month) => string][]) => (fresh ? columns : []);
	const columns: [string, (m: Month) => string][] = [
		...since17([[t.received, (m) => m.received ?? '—']]),
		[t.decided, (m) => m.decided],
		[fresh ? t.kmMedian : t.median, (m) => m.median],
		[fresh ? t.kmP90 : t.p90, (m) => m.p90],
		...since17([[t.decidedMedian, (m) => m.decidedMedian ?? '—']]),
		[t.within, (m) => m.within],
		...since17([
			[t.closed, (m) => m.closed ?? '—'],
			[t.stillWithin, (m) => m.stillWithin ?? '—']
		]),
		[t.overdue, (m) => m.overdue]
	];
	return (
		(note === undefined ? '' : `<p class="muted">${e(note)}</p>`) +
		table(
			[t.month, ...columns.map(([h]) => h)],
			months.map((m) => [m.label, ...columns.map(([, cell]) => cell(m))])
		)
	);
}

export function renderReportHtml(
	content: ReportContent,
	status: ReportStatus,
	options: { screenLinks?: { label: string; href: string }[]; logo?: ReportLogo | null } = {}
): string {
	const { meta } = content;
	const t = reportMessages(meta.lang, meta.digits);
	const dir = meta.lang === 'ar' ? 'rtl' : 'ltr';
	const issued =
		status.version !== null && status.issuedAt
			? `${t.version(formatNumber(status.version, meta))} · ${t.issuedOn(
					formatDate(status.issuedAt, {
						lang: meta.lang,
						digits: meta.digits,
						calendar: meta.calendar,
						timeZone: meta.timeZone
					})
				)}`
			: '';
	const links = (options.screenLinks ?? [])
		.map((l) => `<a href="${e(l.href)}">${e(l.label)}</a>`)
		.join('');
	const logo = options.logo
		? `<div class="logo"><img src="data:${options.logo.type};base64,${Buffer.from(options.logo.data).toString('base64')}" alt="${e(t.logoAlt(meta.orgName))}"></div>`
		: '';
	const dl = (rows: [string, string][], className: string) =>
		`<dl class="${className}">${rows.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl>`;

	const body = `
<div class="screen-bar">${links}</div>
<main>
	<section class="cover">
		<header class="cover cover-band">
			${logo}
			<div class="org">${e(meta.orgName)}</div>
			<h1>${e(t.title)}</h1>
			<div class="period">${e(t.period)}: ${e(meta.periodLabel)}</div>
			${issued ? `<div class="meta">${e(issued)}</div>` : `<div class="draft">${e(t.draft)}</div>`}
		</header>
		${dl(periodDates(meta, t), 'dates')}
		<section class="approval"><h2>${e(t.sections.approval)}</h2>
		<dl>
			<dt>${e(t.meetingNumber)}</dt><dd>${e(status.meetingNumber ?? t.notRecorded)}</dd>
			<dt>${e(t.meetingDate)}</dt><dd>${e(status.meetingDate ? dualDate(status.meetingDate, meta.lang, meta.digits) : t.notRecorded)}</dd>
			<dt>${e(t.approvedBy)} — ${e(t.signature)}</dt><dd class="sign"></dd>
		</dl>
		</section>
	</section>

	<section class="summary"><h2>${e(t.sections.summary)}</h2>${content.summary.map((p) => `<p>${e(p)}</p>`).join('')}</section>

	${section(
		t.sections.keyFigures,
		table(
			[t.figure, t.current, t.previous, t.changeCol, t.answersCol],
			content.keyFigures.map((f) => [f.label, f.current, f.previous, f.change, f.n])
		),
		figure(content.charts[0])
	)}
	${section(
		t.sections.channels,
		table(
			[t.channel, t.interactions, t.share, t.csat, t.responseRate],
			content.channels.map((c) => [c.name, c.interactions, c.share, c.csat, c.responseRate])
		),
		figure(content.charts[1])
	)}
	${section(t.sections.turnaround, turnaroundTable(content, t), figure(content.charts[2]))}

	<section><h2>${e(t.sections.said)}</h2>
	${
		content.said.themes.length
			? table(
					[t.themes, t.count],
					content.said.themes.map((th) => [th.name, th.count])
				)
			: `<p class="muted">${e(t.none)}</p>`
	}
	<h3>${e(t.quotes)}</h3>
	${content.said.quotes
		.map(
			(q) =>
				`<blockquote><p>${e(q.text)}</p><footer>${e(t.rating)}: ${e(q.rating)} · ${e(q.channel)}</footer></blockquote>`
		)
		.join('')}
	</section>

	<section><h2>${e(t.sections.actions)}</h2>
	${
		content.actions.length
			? table(
					[t.actionTitle, t.finding, t.team, t.statusCol, t.due],
					content.actions.map((a) => [a.title, a.finding, a.team, a.status, a.due])
				)
			: `<p class="muted">${e(t.noActions)}</p>`
	}
	</section>

	<section><h2>${e(t.sections.method)}</h2>
	${content.method.lines.map((l) => `<p>${e(l)}</p>`).join('')}
	<h3>${e(t.suppressedTitle)}</h3>
	${content.method.suppressed.length ? `<ul>${content.method.suppressed.map((s) => `<li>${e(s)}</li>`).join('')}</ul>` : `<p class="muted">${e(t.none)}</p>`}
	</section>
</main>`;

	return `<!doctype html>
<html lang="${meta.lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(`${t.title} — ${meta.orgName} — ${meta.periodLabel}`)}</title>
<style>${styles(meta.lang, t, meta.digits)}</style>
</head>
<body>${body}</body>
</html>`;
}
