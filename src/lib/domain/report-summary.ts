// The board report's summary in sentences, from the figures by fixed templates (no language model).
// It opens with the policy's framing, speaks of services, channels and processes (never of people),
// and calls a difference a change only when Fisher's exact test says it is one (src/lib/domain/
// change.ts), and says "too few to tell" when either period is under the minimum group.
import { reportMessages } from '../i18n/report-messages';
import type { ChangeLabel } from './change';

export type ChangeState = ChangeLabel;

export interface AreaToImprove {
	kind: 'channel' | 'service' | 'branch';
	name: string;
	/** low satisfaction (value = CSAT %) or slow decisions (value = within-window %) */
	reason: 'low_csat' | 'slow_turnaround';
	value: number;
}

export interface SummaryFacts {
	lang: 'ar' | 'en';
	csat: {
		n: number;
		percent: number | null;
		ciLow: number | null;
		ciHigh: number | null;
		suppressed: boolean;
	};
	csatChange: { previous: ChangeState; yearBefore: ChangeState; previousDiff: number | null };
	turnaround: {
		/** support requests received in the period */
		requests: number;
		/** of which the review window had closed by the end of the period (the share's base) */
		windowClosed: number;
		/** decided within the window ÷ windowClosed × 100 */
		withinPct: number | null;
		/** Kaplan–Meier median (open requests counted); null when not reached */
		medianDays: number | null;
		/** requests whose window was still running at the end */
		stillWithin: number;
		/** the backlog at the end, whatever month the requests came in */
		overdueOpen: number;
	};
	withinChange: { previous: ChangeState; yearBefore: ChangeState; previousDiff: number | null };
	windowDays: number;
	workingDays: boolean;
	areas: AreaToImprove[];
	format: (value: number, fractionDigits?: number) => string;
	/** the digits counted phrases are written with (the language's own by default) */
	digits?: 'arab' | 'latn';
}

type SummaryText = ReturnType<typeof reportMessages>['summary'];

/** The summary paragraphs, in the report's language. */
export function reportSummary(f: SummaryFacts): string[] {
	const m = reportMessages(f.lang, f.digits).summary;
	const n = f.format;
	const change = (
		state: ChangeState,
		diff: number | null,
		against: string,
		what: string = m.what.rate
	): string => changeSentence(m, f, state, diff, against, what);

	const c = f.csat;
	let satisfaction: string;
	if (c.n === 0) satisfaction = m.noAnswers;
	else if (c.suppressed || c.percent === null) satisfaction = m.fewAnswers({ n: c.n });
	else {
		satisfaction = [
			m.satisfied({
				percent: n(c.percent, 1),
				from: m.fromAnswers({ n: c.n }),
				low: n(c.ciLow!, 1),
				high: n(c.ciHigh!, 1)
			}),
			change(f.csatChange.previous, f.csatChange.previousDiff, m.against.previous),
			change(f.csatChange.yearBefore, null, m.against.yearBefore)
		].join(' ');
	}

	const t = f.turnaround;
	const turnaround: string[] = [];
	if (t.requests === 0) turnaround.push(m.noRequests);
	else {
		const window = m.window(n(f.windowDays), f.workingDays);
		turnaround.push(
			t.windowClosed > 0
				? m.windowClosed({
						from: m.fromRequests({ n: t.windowClosed }),
						window,
						percent: n(t.withinPct ?? 0, 1)
					})
				: m.windowOpen(window),
			t.medianDays !== null
				? m.median(m.days(n(t.medianDays, 1), f.workingDays))
				: m.medianNotReached
		);
		if (t.stillWithin > 0) turnaround.push(m.stillWithin({ n: t.stillWithin }));
		if (t.windowClosed > 0)
			turnaround.push(
				change(
					f.withinChange.previous,
					f.withinChange.previousDiff,
					m.against.previous,
					m.what.within
				)
			);
	}
	turnaround.push(t.overdueOpen > 0 ? m.overdueOpen({ n: t.overdueOpen }) : m.noOverdueOpen);

	const areas =
		f.areas.length === 0
			? m.noAreas
			: m.areas(
					f.areas.map((a) =>
						(a.reason === 'low_csat' ? m.areaLowCsat : m.areaSlowTurnaround)(
							m.areaKind[a.kind],
							a.name,
							n(a.value, 1)
						)
					)
				);

	return [m.policy, satisfaction, turnaround.join(' '), areas];
}

/** "This is a clear improvement on …": a change is named only when the test says it is one. */
function changeSentence(
	m: SummaryText,
	f: SummaryFacts,
	state: ChangeState,
	diff: number | null,
	against: string,
	what: string
): string {
	switch (state) {
		case 'improvement':
		case 'decline':
			return m.change[state](against, diff === null ? '' : m.points(signedPoints(diff, f.format)));
		case 'no_clear_change':
		case 'too_few':
			return m.change[state](against, what);
		default:
			return m.change.no_data(against);
	}
}

function signedPoints(diff: number, format: SummaryFacts['format']): string {
	return `${diff >= 0 ? '+' : '−'}${format(Math.abs(diff), 1)}`;
}
