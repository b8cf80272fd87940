// What one group of answers adds to the metrics roll-ups of answers (metrics_response_daily and
// metrics_response_channel_daily): their counts per local day and segment, by the rules the
// roll-ups' SQL counts with (sql/metrics/response_daily_refresh.sql), so that the public survey's
// group commit adds exactly what a full rebuild counts.
import { isoDateIn } from './zoned-time';

/** One answer as the roll-ups count it. */
export interface CountedAnswer {
	submittedAt: Date;
	channel: string | null;
	service: string | null;
	branch: string | null;
	/** Linked to an interaction (a one-time link's answer). */
	linked: boolean;
	csat: number | null;
	nps: number | null;
	ces: number | null;
}

/** The measures of the roll-ups, as their columns name them. */
export interface AnswerMeasures {
	responses: number;
	linked: number;
	csat_n: number;
	/** csat ≥ 4 (satisfied or very satisfied). */
	csat_positive: number;
	csat_sum: number;
	nps_n: number;
	/** nps ≥ 9. */
	nps_promoters: number;
	/** nps ≤ 6. */
	nps_detractors: number;
	ces_n: number;
	ces_sum: number;
	/** Σ ces², for the CES interval's spread. */
	ces_sq_sum: number;
}

/** A roll-up row: a local day (YYYY-MM-DD), a segment and its measures. */
export interface DayCounts extends AnswerMeasures {
	day: string;
	channel: string | null;
	service: string | null;
	branch: string | null;
}

/** The measures' names, in the roll-ups' column order. */
export const measureKeys = [
	'responses',
	'linked',
	'csat_n',
	'csat_positive',
	'csat_sum',
	'nps_n',
	'nps_promoters',
	'nps_detractors',
	'ces_n',
	'ces_sum',
	'ces_sq_sum'
] as const satisfies readonly (keyof AnswerMeasures)[];

/** Every measure 0. */
export function emptyMeasures(): AnswerMeasures {
	return Object.fromEntries(measureKeys.map((k) => [k, 0])) as unknown as AnswerMeasures;
}

/** Adds a query row's measures (numbers or bigints; missing ones count 0) into `into`. */
export function addMeasures<T extends AnswerMeasures>(
	into: T,
	row: Partial<Record<keyof AnswerMeasures, unknown>>
): T {
	for (const k of measureKeys) into[k] += Number(row[k] ?? 0);
	return into;
}

function add(to: AnswerMeasures, a: CountedAnswer): void {
	to.responses++;
	if (a.linked) to.linked++;
	if (a.csat !== null) {
		to.csat_n++;
		to.csat_sum += a.csat;
		if (a.csat >= 4) to.csat_positive++;
	}
	if (a.nps !== null) {
		to.nps_n++;
		if (a.nps >= 9) to.nps_promoters++;
		if (a.nps <= 6) to.nps_detractors++;
	}
	if (a.ces !== null) {
		to.ces_n++;
		to.ces_sum += a.ces;
		to.ces_sq_sum += a.ces * a.ces;
	}
}

/**
 * The answers' counts per local day in `timeZone` and segment: `fine` by channel, service and
 * branch (metrics_response_daily), `coarse` by channel (metrics_response_channel_daily); a segment
 * without answers has no row. When the earliest and the latest answer fall on the same local day
 * (a group commit's answers nearly always do), the day is worked out once.
 */
export function countAnswersByDay(
	answers: readonly CountedAnswer[],
	timeZone: string
): { fine: DayCounts[]; coarse: Omit<DayCounts, 'service' | 'branch'>[] } {
	const fine = new Map<string, DayCounts>();
	const coarse = new Map<string, Omit<DayCounts, 'service' | 'branch'>>();
	if (answers.length === 0) return { fine: [], coarse: [] };
	let first = answers[0]!.submittedAt;
	let last = first;
	for (const a of answers) {
		if (a.submittedAt < first) first = a.submittedAt;
		if (a.submittedAt > last) last = a.submittedAt;
	}
	const firstDay = isoDateIn(first, timeZone);
	const oneDay = firstDay === isoDateIn(last, timeZone);
	for (const a of answers) {
		const day = oneDay ? firstDay : isoDateIn(a.submittedAt, timeZone);
		const key = JSON.stringify([day, a.channel, a.service, a.branch]);
		let row = fine.get(key);
		if (!row) {
			row = { day, channel: a.channel, service: a.service, branch: a.branch, ...emptyMeasures() };
			fine.set(key, row);
		}
		add(row, a);
		const coarseKey = JSON.stringify([day, a.channel]);
		let wide = coarse.get(coarseKey);
		if (!wide) {
			wide = { day, channel: a.channel, ...emptyMeasures() };
			coarse.set(coarseKey, wide);
		}
		add(wide, a);
	}
	return { fine: [...fine.values()], coarse: [...coarse.values()] };
}
