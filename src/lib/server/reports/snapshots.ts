// Issuing freezes a report: its whole content is stored with a fingerprint of the data it was
// computed from; later ingests never change it; issuing again makes the next version.
import { createHash } from 'node:crypto';
import { periodInstants } from '../../domain/periods';
import type { Language } from '../../i18n/preferences';
import { audit, auditBy, type Actor } from '../audit';
import type { Store } from '../db';
import { getOrganisation } from '../organisation';
import { sql } from '../sql';
import { buildReport, reportPeriod } from './build';
import type { ReportContent } from './content';

export interface IssuedReport {
	id: number;
	periodKey: string;
	lang: Language;
	version: number;
	issuedAt: Date;
	meetingNumber: string | null;
	meetingDate: string | null;
	fingerprint: string;
}

interface SnapshotRow extends Record<string, unknown> {
	id: number;
	period_key: string;
	lang: Language;
	version: number;
	issued_at: Date;
	meeting_number: string | null;
	meeting_date: string | null;
	data_fingerprint: string;
}

function toIssued(r: SnapshotRow): IssuedReport {
	return {
		id: r.id,
		periodKey: r.period_key,
		lang: r.lang,
		version: r.version,
		issuedAt: r.issued_at,
		meetingNumber: r.meeting_number,
		meetingDate: r.meeting_date,
		fingerprint: r.data_fingerprint
	};
}

/** SHA-256 of the period's data (row counts and order-independent row hashes). */
export async function dataFingerprint(store: Store, periodKey: string): Promise<string> {
	const org = (await getOrganisation(store))!;
	const { start, end } = periodInstants(reportPeriod(periodKey), org.timeZone);
	const row = await store.one<Record<string, unknown>>(sql('reports/fingerprint'), { start, end });
	return createHash('sha256').update(JSON.stringify(row)).digest('hex');
}

export async function issueReport(
	store: Store,
	options: {
		periodKey: string;
		lang: Language;
		userId: number | null;
		actor: string;
		clientAddress?: string;
	}
): Promise<IssuedReport> {
	const fingerprint = await dataFingerprint(store, options.periodKey);
	const content = await buildReport(store, { periodKey: options.periodKey, lang: options.lang });
	const id = await store.transaction(async (tx) => {
		const next = await tx.one<{ version: number }>(sql('reports/next_version'), {
			period_key: options.periodKey,
			lang: options.lang
		});
		const row = await tx.one<{ id: number }>(sql('reports/insert'), {
			period_key: options.periodKey,
			lang: options.lang,
			version: next!.version,
			data_fingerprint: fingerprint,
			content: JSON.stringify(content),
			issued_by: options.userId
		});
		await audit(tx, {
			userId: options.userId,
			actor: options.actor,
			action: 'report.issue',
			target: `${options.periodKey}/${options.lang}/v${next!.version}`,
			detail: { fingerprint },
			clientAddress: options.clientAddress ?? null
		});
		return row!.id;
	});
	return (await getIssued(store, id))!.report;
}

export async function listIssued(store: Store): Promise<IssuedReport[]> {
	return (await store.all<SnapshotRow>(sql('reports/list'))).map(toIssued);
}

export async function getIssued(
	store: Store,
	id: number
): Promise<{ report: IssuedReport; content: ReportContent } | undefined> {
	const row = await store.one<SnapshotRow & { content: string }>(sql('reports/get'), { id });
	if (!row) return undefined;
	return { report: toIssued(row), content: JSON.parse(row.content) as ReportContent };
}

/** Records the board meeting a report was presented at; false when there is no such report. */
export async function recordMeeting(
	store: Store,
	id: number,
	meeting: { number: string; date: string },
	by?: Actor
): Promise<boolean> {
	return store.transaction(
		async (tx) => {
			const row = await tx.one<{ id: number }>(sql('reports/set_meeting'), {
				id,
				meeting_number: meeting.number,
				meeting_date: meeting.date
			});
			if (!row) return false;
			await auditBy(tx, by, 'report.meeting', String(id), {
				id,
				meetingNumber: meeting.number,
				meetingDate: meeting.date
			});
			return true;
		},
		{ figures: false }
	);
}
