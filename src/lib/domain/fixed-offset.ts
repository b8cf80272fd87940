// Local wall-clock times become instants by a time-zone lookup (ICU), which is costly on millions
// of rows. Where a zone keeps one UTC offset (Asia/Riyadh has been UTC+3 since 1947), subtracting
// that offset gives the same instant for a fraction of the cost. This finds that span from the
// zone's offsets sampled by DuckDB itself (sql/ingest/zone_offsets.sql), so both ways follow the
// same time-zone rules.

export interface OffsetSample {
	/** A wall-clock time, as a Date read in UTC. */
	local: Date;
	/** Local time less UTC at that wall-clock time, in microseconds. */
	offset_us: number;
}

export interface FixedOffsetSpan {
	/** First and last wall-clock times (inclusive) that the offset holds for. */
	from: Date;
	to: Date;
	offsetUs: number;
}

/**
 * The run of consecutive samples around `at` that share one offset: wall-clock times between its
 * first and last sample convert by that offset. Null when `at` is outside the samples or the run is
 * a single sample. Samples must be in time order and close enough that no offset changes and changes
 * back between two of them (monthly samples: every daylight-saving period is longer than a month).
 */
export function fixedOffsetSpan(
	samples: readonly OffsetSample[],
	at: Date
): FixedOffsetSpan | null {
	let index = -1;
	for (let i = 0; i < samples.length && samples[i]!.local.getTime() <= at.getTime(); i++) index = i;
	if (index < 0 || index === samples.length - 1) return null;
	const offset = samples[index]!.offset_us;
	let first = index;
	while (first > 0 && samples[first - 1]!.offset_us === offset) first--;
	let last = index;
	while (last < samples.length - 1 && samples[last + 1]!.offset_us === offset) last++;
	if (first === last) return null;
	return { from: samples[first]!.local, to: samples[last]!.local, offsetUs: offset };
}
