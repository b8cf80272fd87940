// Random CSV files for the ingest-single-pass*.test.ts files: rows clean or not, in every dialect.
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { interactionColumns } from '../../src/lib/domain/ingest-columns';
import { tempDir } from './temp';

export const scale = Number(process.env.TAHSEEN_FUZZ_PURE_RUNS ?? 3000) / 3000;
export const dir = tempDir('tahseen-single-pass-');
export let fileCount = 0;

/** How a file is written: the single pass reads it with the dialect DuckDB found for its headers. */
export interface Dialect {
	delimiter: ',' | ';' | '\t';
	newline: '\n' | '\r\n';
	bom: boolean;
	/** Every value in quotes, or only those that need them. */
	quoteAll: boolean;
}
export const usual: Dialect = { delimiter: ',', newline: '\n', bom: false, quoteAll: false };
export const dialect = fc.oneof(
	{ weight: 3, arbitrary: fc.constant(usual) },
	fc.record({
		delimiter: fc.constantFrom<Dialect['delimiter'][]>(',', ';', '\t'),
		newline: fc.constantFrom<Dialect['newline'][]>('\n', '\r\n'),
		bom: fc.boolean(),
		quoteAll: fc.boolean()
	})
);

export function csvField(value: string, d: Dialect): string {
	const needsQuotes =
		d.quoteAll ||
		value.includes('"') ||
		value.includes(d.delimiter) ||
		/[\r\n]|^\s|\s$/.test(value);
	return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}

export const header = interactionColumns;
export type Row = Record<(typeof header)[number], string>;

export function writeCsv(rows: Row[], d: Dialect = usual): string {
	const file = path.join(dir, `f${++fileCount}.csv`);
	const line = (values: readonly string[]) => values.map((v) => csvField(v, d)).join(d.delimiter);
	const lines = [line(header), ...rows.map((r) => line(header.map((h) => r[h])))];
	writeFileSync(file, (d.bom ? '\ufeff' : '') + lines.join(d.newline) + d.newline);
	return file;
}

export const pad = (n: number) => String(n).padStart(2, '0');
/**
 * Rows of two kinds: `clean` rows the single pass can take (yet with trimmed ids and text, masks,
 * every ISO shape it reads), and rows that may hold anything the staged path rejects or reads
 * another way (slash dates, unknown names, a time before the received one, a masking mark).
 */
export function rowOf(clean: boolean) {
	const odd = <T>(usual: fc.Arbitrary<T>, unusual: fc.Arbitrary<T>) =>
		clean ? usual : fc.oneof({ weight: 8, arbitrary: usual }, unusual);
	const time = fc
		.record({
			day: fc.integer({ min: 0, max: 900 }),
			minute: fc.integer({ min: 0, max: 1439 }),
			second: fc.integer({ min: 0, max: 59 }),
			shape: odd(
				fc.constantFrom('space', 'T', 'minutes', 'date', 'fraction'),
				fc.constant('slashes')
			)
		})
		.map(({ day, minute, second, shape }) => {
			const d = new Date(Date.UTC(2024, 0, 1 + day));
			const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
			const hhmm = `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
			const text = {
				space: `${date} ${hhmm}:${pad(second)}`,
				T: `${date}T${hhmm}:${pad(second)}`,
				minutes: `${date} ${hhmm}`,
				date,
				fraction: `${date}T${hhmm}:${pad(second)}.25`,
				slashes: `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${hhmm}`
			}[shape];
			// the instant the text names, in seconds from 2024-01-01, for later times
			const seconds =
				day * 86400 +
				minute * 60 +
				(shape === 'minutes' || shape === 'slashes' ? 0 : shape === 'date' ? -minute * 60 : second);
			return { seconds, text };
		});
	const name = (spellings: string[], unknown: string[]) =>
		odd(fc.constantFrom(...spellings), fc.constantFrom(...unknown));
	const freeText = fc.oneof(
		{
			weight: 6,
			arbitrary: fc.constantFrom('خدمة الإغاثة', 'فرع حائل', 'team a', '', 'service-3')
		},
		fc.constantFrom(' padded ', '\u00a0نص\u3000', 'x\t', '  ', 'a@b.sa'),
		fc.string({ maxLength: 8 })
	);
	return fc
		.record({
			id: fc.oneof(
				{ weight: 12, arbitrary: fc.integer({ min: 1, max: 400 }).map((n) => `INT-${n}`) },
				fc.constantFrom(' INT-7', 'INT-8 '),
				odd(fc.constant('INT-9'), fc.constantFrom('', '   '))
			),
			channel: name(
				[
					'phone',
					'الاتصالات الهاتفية',
					'website',
					'الموقع الإلكتروني للجمعية',
					'هاتف',
					'Phone calls'
				],
				['', 'fax', ' phone', 'PHONE', 'الأتصالات الهاتفيه']
			),
			type: name(['inquiry', 'support_request', 'طلب دعم', 'شكوى'], ['', 'other', 'Inquiry']),
			received: odd(time, fc.constant(null)),
			decidedAfter: fc.oneof(
				fc.constant(null),
				odd(fc.integer({ min: 0, max: 40 * 86400 }), fc.integer({ min: -86400, max: -1 }))
			),
			decision: name(['', 'approved', 'مقبول', 'pending'], ['maybe', ' rejected']),
			closedAfter: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 60 * 86400 })),
			service: freeText,
			branch: freeText,
			team: freeText,
			beneficiary: fc.oneof(
				{ weight: 6, arbitrary: fc.integer({ min: 1, max: 9999 }).map((n) => `BEN-${n}`) },
				fc.constantFrom('', 'جوال 0551234567', 'a@b.sa', '1234567890', 'BEN-1 '),
				odd(fc.constant('BEN-2'), fc.constant('[هاتف محجوب]'))
			)
		})
		.map((r): Row => {
			const at = (offset: number | null) => {
				if (offset === null || !r.received) return '';
				const t = new Date(Date.UTC(2024, 0, 1) + (r.received.seconds + offset) * 1000);
				return t.toISOString().slice(0, 19).replace('T', ' ');
			};
			return {
				id: r.id,
				channel: r.channel,
				type: r.type,
				received_at: r.received?.text ?? '',
				decided_at: at(r.decidedAfter),
				decision: r.decision,
				closed_at: at(r.closedAfter),
				service: r.service,
				branch: r.branch,
				team: r.team,
				beneficiary_ref: r.beneficiary
			};
		});
}
export const file = fc.record({
	rows: fc.oneof(
		fc.array(rowOf(true), { minLength: 1, maxLength: 25 }),
		fc.array(rowOf(false), { minLength: 1, maxLength: 25 })
	),
	dialect
});

export const clean = (id: string, extra: Partial<Row> = {}): Row => ({
	id,
	channel: 'phone',
	type: 'support_request',
	received_at: '2026-03-01 09:00:00',
	decided_at: '2026-03-05 10:30:00',
	decision: 'approved',
	closed_at: '',
	service: 'خدمة الإغاثة',
	branch: 'فرع حائل',
	team: '',
	beneficiary_ref: 'BEN-1',
	...extra
});
