// Hijri dates in imported files. Saudi associations write them all the time («١٤٤٧/٠٥/٠١»,
// "1447-05-01 10:00"); read as Gregorian they would be stored as the year 1447 AD. A time column is
// read as Hijri (Umm al-Qura, as Intl computes it: src/lib/domain/hijri-months.ts) when its header
// says so («التاريخ الهجري», "Hijri date"), when the mapping lists it (`hijri`), or when every date
// in it has a Hijri year (1300–1500); the run's notes say which. A date with a Hijri year in a column
// read as Gregorian is rejected (hijri_date:…), never stored as 1447 AD (sql/ingest/macros.sql).
import { declaresHijri } from '../../domain/hijri-columns';
import { hijriMonths } from '../../domain/hijri-months';
import type { CanonicalColumn, ColumnMapping } from '../../domain/ingest-columns';
import type { Session } from '../db';
import { sql } from '../sql';

/** Something the run did to read the file that its summary says. */
export interface IngestNote {
	/** hijri_dates: [column, why (header, mapping, detected)]; encoding: [the file's encoding]. */
	code: 'hijri_dates' | 'encoding';
	detail: string[];
}

export type HijriReason = 'header' | 'mapping' | 'detected';

/**
 * Fills the session's table of Umm al-Qura months (once per connection), when a file has Hijri
 * dates: the table costs about 0.2 s to compute the first time in a process.
 */
export async function fillHijriMonths(tx: Session): Promise<void> {
	const months = hijriMonths();
	await tx.run(sql('ingest/hijri_months'), {
		years: months.map((m) => m.year),
		months: months.map((m) => m.month),
		firsts: months.map((m) => m.first),
		days: months.map((m) => m.days)
	});
}

/** The time columns the mapping or their header declare Hijri, and why. */
export function declaredHijri(
	mapping: ColumnMapping,
	columns: readonly CanonicalColumn[]
): Map<CanonicalColumn, HijriReason> {
	const out = new Map<CanonicalColumn, HijriReason>();
	for (const column of columns) {
		const header = mapping.columns[column];
		if (!header) continue;
		if (mapping.hijri?.includes(column)) out.set(column, 'mapping');
		else if (declaresHijri(header)) out.set(column, 'header');
	}
	return out;
}

const interactionTimes = ['received_at', 'decided_at', 'closed_at'] as const;

/**
 * The interaction time columns to read as Hijri: those declared, and those whose every date read
 * (as typed in ingest_typed) has a Hijri year. Reads them again as Hijri.
 */
export async function readHijriInteractions(
	tx: Session,
	declared: Map<CanonicalColumn, HijriReason>,
	zone: string
): Promise<Map<CanonicalColumn, HijriReason>> {
	const scan = (await tx.one<Record<string, number>>(sql('ingest/hijri_scan_interactions')))!;
	const hijri = new Map(declared);
	for (const column of interactionTimes) {
		const read = Number(scan[`${column}_read`] ?? 0);
		if (!hijri.has(column) && read > 0 && Number(scan[`${column}_hijri`]) === read) {
			hijri.set(column, 'detected');
		}
	}
	if (hijri.size) {
		await fillHijriMonths(tx);
		const columns = {
			h_received_at: hijri.has('received_at'),
			h_decided_at: hijri.has('decided_at'),
			h_closed_at: hijri.has('closed_at')
		};
		await tx.run(sql('ingest/type_interactions_hijri'), columns);
		await tx.run(sql('ingest/type_interactions_hijri_read'), { ...columns, zone });
	}
	return hijri;
}

/** Whether a response file's submission times are Hijri: declared, or every one a Hijri year. */
export async function responsesHijri(
	tx: Session,
	declared: Map<CanonicalColumn, HijriReason>,
	position: number
): Promise<HijriReason | null> {
	const found = await hijriSubmitted(tx, declared, position);
	if (found) await fillHijriMonths(tx);
	return found;
}

async function hijriSubmitted(
	tx: Session,
	declared: Map<CanonicalColumn, HijriReason>,
	position: number
): Promise<HijriReason | null> {
	const reason = declared.get('submitted_at');
	if (reason) return reason;
	if (!position) return null;
	const scan = (await tx.one<{ read: number; hijri: number }>(sql('ingest/hijri_scan_responses'), {
		position
	}))!;
	return scan.read > 0 && scan.hijri === scan.read ? 'detected' : null;
}

/** The notes of the columns read as Hijri. */
export function hijriNotes(hijri: Map<CanonicalColumn, HijriReason>): IngestNote[] {
	return [...hijri].map(([column, why]) => ({ code: 'hijri_dates', detail: [column, why] }));
}
