// The board member's home: the latest issued report, with a one-paragraph summary taken from its
// frozen content (the sentences src/lib/domain/report-summary.ts wrote when it was issued), so the
// home page never says other figures than the report itself.
import type { Language } from '../../i18n/preferences';
import type { Store } from '../db';
import { getIssued, listIssued } from './snapshots';

export interface LatestReport {
	id: number;
	periodKey: string;
	periodLabel: string;
	lang: Language;
	version: number;
	issuedAt: Date;
	/** the report's summary as one paragraph, in the report's language */
	summary: string;
}

/**
 * The newest issued report in the reader's language (the newest in any language when none is in
 * theirs), or null when no report has been issued.
 */
export async function latestIssuedReport(
	store: Store,
	lang: Language
): Promise<LatestReport | null> {
	const issued = await listIssued(store);
	const pick = issued.find((r) => r.lang === lang) ?? issued[0];
	if (!pick) return null;
	const { content } = (await getIssued(store, pick.id))!;
	// the first paragraph says what the report is for; the ones after it give the figures
	const figures = content.summary.length > 1 ? content.summary.slice(1) : content.summary;
	return {
		id: pick.id,
		periodKey: pick.periodKey,
		periodLabel: content.meta.periodLabel,
		lang: pick.lang,
		version: pick.version,
		issuedAt: pick.issuedAt,
		summary: figures.join(' ')
	};
}
