// Names found in a file (channel, type, decision, survey) matched to codes in TypeScript, where the
// Arabic normalisation lives, and written to the ingest's temporary value map for SQL to join.
import {
	channelMatcher,
	matchDecision,
	matchType,
	type ChannelNames,
	type IngestKind
} from '../../domain/ingest-columns';
import { normalizeArabic } from '../../domain/arabic';
import type { Session, SqlValue } from '../db';
import { sql } from '../sql';

export type InteractionField = 'channel' | 'type' | 'decision';

export interface FoundValue {
	field: InteractionField;
	raw: string;
}

/** Only whitespace, as JavaScript's trim() (and SQL's ingest_blank) sees it. */
function isBlank(raw: string): boolean {
	return raw.trim() === '';
}

/** Writes the matches of an interaction file's distinct names to ingest_value_map (replacing it). */
export async function writeInteractionValueMap(
	tx: Session,
	found: readonly FoundValue[]
): Promise<void> {
	await tx.run(sql('ingest/create_value_map'));
	const channels = await tx.all<ChannelNames & Record<string, unknown>>(sql('ingest/channels'));
	const match: Record<InteractionField, (value: string) => string | null> = {
		channel: channelMatcher(channels),
		type: matchType,
		decision: matchDecision
	};
	const rows = found.map(({ field, raw }) => [field, raw, match[field](raw), isBlank(raw)]);
	if (rows.length) await tx.appendRows('ingest_value_map', rows, { temp: true });
}

/** The value map of a file already read into the ingest's tables (see create_value_map.sql). */
export async function buildValueMaps(
	tx: Session,
	kind: IngestKind,
	pos: Record<string, number>
): Promise<void> {
	if (kind === 'interactions') {
		const found = await tx.all<{ field: InteractionField; raw: string }>(
			sql('ingest/distinct_interaction_values')
		);
		await writeInteractionValueMap(tx, found);
		return;
	}
	await tx.run(sql('ingest/create_value_map'));
	const distinct = async (position: number) =>
		position
			? (await tx.all<{ raw: string }>(sql('ingest/distinct_values'), { position })).map(
					(r) => r.raw
				)
			: [];
	const rows: SqlValue[][] = [];
	const channels = await tx.all<ChannelNames & Record<string, unknown>>(sql('ingest/channels'));
	const channel = channelMatcher(channels);
	for (const raw of await distinct(pos.p_channel!)) {
		rows.push(['channel', raw, channel(raw), isBlank(raw)]);
	}
	const surveys = await tx.all<{ id: number; slug: string; title_ar: string; title_en: string }>(
		sql('ingest/surveys')
	);
	const byName = new Map<string, string>();
	for (const s of surveys) {
		for (const name of [String(s.id), s.slug, s.title_ar, s.title_en]) {
			byName.set(normalizeArabic(name), String(s.id));
		}
	}
	for (const raw of await distinct(pos.p_survey!)) {
		rows.push(['survey', raw, byName.get(normalizeArabic(raw)) ?? null, isBlank(raw)]);
	}
	if (rows.length) await tx.appendRows('ingest_value_map', rows, { temp: true });
}
