// The sample interaction log the home page's checklist offers: a small CSV in the canonical
// interaction columns (docs/ingest.md) with the Arabic headers form tools and spreadsheets use,
// UTF-8 with a byte-order mark so that Excel opens the Arabic text as written. Dates fall in the
// 30 days before `today`, so that a first import shows figures at once.
import { ingestCatalogue } from '../i18n/ingest-messages';
import { interactionColumns, type InteractionColumn } from './ingest-columns';

const requestLogNames: Partial<Record<InteractionColumn, string>> = {
	id: 'رقم الطلب',
	type: 'نوع الطلب',
	beneficiary_ref: 'رقم المستفيد'
};

/**
 * The Arabic header of each canonical column (each is one of the ingest's own suggestions): the
 * import page's Arabic name of the column, except three a request log names by what they count.
 */
export const sampleHeaders = Object.fromEntries(
	interactionColumns.map((column) => [
		column,
		requestLogNames[column] ?? ingestCatalogue.ar.columns[column]
	])
) as Record<InteractionColumn, string>;

type Row = Record<InteractionColumn, string>;

/** [days before today, channel, type, decision days after (or null), decision, closed after, service, branch, team] */
const plan: [
	number,
	string,
	string,
	number | null,
	string,
	number | null,
	string,
	string,
	string
][] = [
	[28, 'الاتصالات الهاتفية', 'طلب دعم', 9, 'مقبول', 12, 'سلة غذائية', 'الرياض', 'الرعاية'],
	[27, 'المقابلة', 'استفسار', null, '', null, '', 'الرياض', 'الاستقبال'],
	[25, 'الموقع الإلكتروني للجمعية', 'طلب دعم', 16, 'مرفوض', null, 'إيجار سكن', 'الرياض', 'الرعاية'],
	[22, 'وسائل التواصل الاجتماعي', 'شكوى', null, '', 2, '', 'جدة', 'الاستقبال'],
	[20, 'خدمات طلب المساعدة', 'طلب دعم', 11, 'مقبول', 14, 'فاتورة كهرباء', 'جدة', 'الرعاية'],
	[17, 'الاتصالات الهاتفية', 'استفسار', null, '', null, '', 'جدة', 'الاستقبال'],
	[15, 'مناديب المكاتب الفرعية', 'طلب دعم', 6, 'مقبول', 8, 'سلة غذائية', 'الرياض', 'الرعاية'],
	[12, 'نموذج طلب خدمة', 'اقتراح', null, '', null, '', 'الرياض', 'الاستقبال'],
	[9, 'المقابلة', 'طلب دعم', null, 'قيد الدراسة', null, 'أجهزة منزلية', 'جدة', 'الرعاية'],
	[6, 'الخطابات', 'طلب دعم', null, 'قيد الدراسة', null, 'إيجار سكن', 'الرياض', 'الرعاية'],
	[4, 'خدمة التطوع', 'استفسار', null, '', null, '', 'الرياض', 'الاستقبال'],
	[2, 'الاتصالات الهاتفية', 'طلب دعم', null, 'قيد الدراسة', null, 'سلة غذائية', 'جدة', 'الرعاية']
];

/** The day `days` before or after an ISO date, as an ISO date. */
function shift(isoDate: string, days: number): string {
	const d = new Date(`${isoDate}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

/** The sample's rows for `today` (an ISO date in the association's zone). */
export function sampleRows(today: string): Row[] {
	return plan.map(
		([ago, channel, type, decidedAfter, decision, closedAfter, service, branch, team], i) => {
			const received = shift(today, -ago);
			return {
				id: `S-${String(i + 1).padStart(3, '0')}`,
				channel,
				type,
				received_at: `${received} ${String(9 + (i % 6)).padStart(2, '0')}:${i % 2 ? '30' : '05'}`,
				decided_at: decidedAfter === null ? '' : `${shift(received, decidedAfter)} 11:00`,
				decision,
				closed_at: closedAfter === null ? '' : `${shift(received, closedAfter)} 13:00`,
				service,
				branch,
				team,
				beneficiary_ref: `B-${1001 + (i % 9)}`
			};
		}
	);
}

/** One CSV field, quoted when it holds a comma, quote or line break. */
function field(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The sample file's text: a byte-order mark, the Arabic headers, then the rows (CRLF lines). */
export function sampleInteractionsCsv(today: string): string {
	const lines = [
		interactionColumns.map((c) => field(sampleHeaders[c])).join(','),
		...sampleRows(today).map((row) => interactionColumns.map((c) => field(row[c])).join(','))
	];
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
