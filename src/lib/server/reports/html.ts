// The board report as one print-first HTML document (A4, page breaks, page numbers), readable
// without JavaScript; the same document is turned into PDF by Chromium. Every text is escaped;
// only the chart SVG, which the server drew itself, is inserted as markup.
import { formatDate } from '../../i18n/format';
import { reportMessages } from '../../i18n/report-messages';
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

const styles = (lang: 'ar' | 'en', pageWord: string, digits: 'arab' | 'latn') => `
@page {
	size: A4;
	margin: 18mm 16mm 20mm;
	@bottom-center {
		content: "${pageWord} " counter(page${digits === 'arab' ? ', arabic-indic' : ''}) " / " counter(pages${digits === 'arab' ? ', arabic-indic' : ''});
		font-family: 'Noto Sans Arabic', 'Noto Sans', 'DejaVu Sans', sans-serif;
		font-size: 9pt;
		color: #555;
	}
}
* { box-sizing: border-box; }
html { font-family: ${lang === 'ar' ? "'Noto Naskh Arabic', 'Noto Sans Arabic'" : "'Noto Sans', 'Noto Sans Arabic'"}, 'DejaVu Sans', serif; color: #1b2430; font-size: 10.5pt; line-height: 1.55; }
body { margin: 0; }
.screen-bar { background: #0f5c4d; color: #fff; padding: 8px 16px; font-family: sans-serif; }
.screen-bar a { color: #fff; margin-inline-end: 16px; }
main { max-width: 190mm; margin: 0 auto; padding: 8mm 0; }
header.cover { border-bottom: 3px solid #0f5c4d; margin-bottom: 6mm; padding-bottom: 4mm; }
header.cover h1 { font-size: 19pt; margin: 0 0 2mm; color: #0a3f35; }
header.cover .org { font-size: 13pt; font-weight: 700; }
header.cover .meta { color: #4d5866; }
.draft { display: inline-block; border: 2px solid #b5475c; color: #b5475c; padding: 1mm 3mm; font-weight: 700; margin-top: 2mm; }
h2 { font-size: 14pt; color: #0a3f35; border-bottom: 1px solid #d9dee4; padding-bottom: 1mm; margin: 7mm 0 3mm; break-after: avoid; }
section.page-break { break-before: page; }
.summary p { margin: 0 0 3mm; text-align: justify; }
.summary p:first-child { font-style: italic; color: #0a3f35; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm; break-inside: auto; font-variant-numeric: tabular-nums; }
tr { break-inside: avoid; }
th, td { border-bottom: 1px solid #d9dee4; padding: 1.5mm 2mm; text-align: start; vertical-align: top; }
thead th { background: #eef3f1; }
figure { margin: 3mm 0; break-inside: avoid; }
figcaption { font-weight: 700; margin-bottom: 1mm; }
figure svg { width: 100%; height: auto; }
blockquote { margin: 0 0 2mm; padding: 2mm 3mm; border-inline-start: 3px solid #d08c1b; background: #fbf7ef; break-inside: avoid; }
blockquote footer { color: #4d5866; font-size: 9pt; }
.muted { color: #4d5866; }
.approval dl { display: grid; grid-template-columns: auto 1fr; gap: 2mm 6mm; }
.approval dt { font-weight: 700; }
.approval dd { margin: 0; }
@media print { .screen-bar { display: none; } main { padding: 0; } }
`;

function dualDate(iso: string, lang: 'ar' | 'en', digits: 'arab' | 'latn'): string {
	const day = new Date(`${iso}T12:00:00Z`);
	const hijri = formatDate(day, { lang, digits, calendar: 'hijri', timeZone: 'UTC' });
	const gregorian = formatDate(day, { lang, digits, calendar: 'gregory', timeZone: 'UTC' });
	return `${hijri} (${gregorian})`;
}

export function renderReportHtml(
	content: ReportContent,
	status: ReportStatus,
	options: { screenLinks?: { label: string; href: string }[] } = {}
): string {
	const { meta } = content;
	const t = reportMessages(meta.lang);
	const dir = meta.lang === 'ar' ? 'rtl' : 'ltr';
	const issued =
		status.version !== null && status.issuedAt
			? `${t.version(String(status.version))} · ${t.issuedOn(
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

	const body = `
<div class="screen-bar">${links}</div>
<main>
	<header class="cover">
		<div class="org">${e(meta.orgName)}</div>
		<h1>${e(t.title)}</h1>
		<div class="meta">${e(t.period)}: ${e(meta.periodLabel)} — ${e(meta.from)} – ${e(meta.to)}</div>
		${issued ? `<div class="meta">${e(issued)}</div>` : `<div class="draft">${e(t.draft)}</div>`}
	</header>

	<section class="summary"><h2>${e(t.sections.summary)}</h2>${content.summary.map((p) => `<p>${e(p)}</p>`).join('')}</section>

	<section><h2>${e(t.sections.keyFigures)}</h2>
	${table(
		[t.figure, t.current, t.previous, t.changeCol, t.answersCol],
		content.keyFigures.map((f) => [f.label, f.current, f.previous, f.change, f.n])
	)}
	${content.charts[0] ? `<figure><figcaption>${e(content.charts[0].title)}</figcaption>${content.charts[0].svg}</figure>` : ''}
	</section>

	<section class="page-break"><h2>${e(t.sections.channels)}</h2>
	${table(
		[t.channel, t.interactions, t.share, t.csat, t.responseRate],
		content.channels.map((c) => [c.name, c.interactions, c.share, c.csat, c.responseRate])
	)}
	${content.charts[1] ? `<figure><figcaption>${e(content.charts[1].title)}</figcaption>${content.charts[1].svg}</figure>` : ''}
	</section>

	<section class="page-break"><h2>${e(t.sections.turnaround)}</h2>
	${
		content.turnaround.note === undefined
			? // issued before issue 17: its own (frozen) figures, under the columns they were made for
				table(
					[t.month, t.decided, t.median, t.p90, t.within, t.overdue],
					content.turnaround.months.map((m) => [
						m.label,
						m.decided,
						m.median,
						m.p90,
						m.within,
						m.overdue
					])
				)
			: `<p class="muted">${e(content.turnaround.note)}</p>` +
				table(
					[
						t.month,
						t.received,
						t.decided,
						t.kmMedian,
						t.kmP90,
						t.decidedMedian,
						t.within,
						t.closed,
						t.stillWithin,
						t.overdue
					],
					content.turnaround.months.map((m) => [
						m.label,
						m.received ?? '—',
						m.decided,
						m.median,
						m.p90,
						m.decidedMedian ?? '—',
						m.within,
						m.closed ?? '—',
						m.stillWithin ?? '—',
						m.overdue
					])
				)
	}
	${content.charts[2] ? `<figure><figcaption>${e(content.charts[2].title)}</figcaption>${content.charts[2].svg}</figure>` : ''}
	</section>

	<section class="page-break"><h2>${e(t.sections.said)}</h2>
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

	<section class="page-break"><h2>${e(t.sections.method)}</h2>
	${content.method.lines.map((l) => `<p>${e(l)}</p>`).join('')}
	<h3>${e(t.suppressedTitle)}</h3>
	${content.method.suppressed.length ? `<ul>${content.method.suppressed.map((s) => `<li>${e(s)}</li>`).join('')}</ul>` : `<p class="muted">${e(t.none)}</p>`}
	</section>

	<section class="approval"><h2>${e(t.sections.approval)}</h2>
	<dl>
		<dt>${e(t.meetingNumber)}</dt><dd>${e(status.meetingNumber ?? t.notRecorded)}</dd>
		<dt>${e(t.meetingDate)}</dt><dd>${e(status.meetingDate ? dualDate(status.meetingDate, meta.lang, meta.digits) : t.notRecorded)}</dd>
	</dl>
	</section>
</main>`;

	return `<!doctype html>
<html lang="${meta.lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(`${t.title} — ${meta.orgName} — ${meta.periodLabel}`)}</title>
<style>${styles(meta.lang, t.page, meta.digits)}</style>
</head>
<body>${body}</body>
</html>`;
}
