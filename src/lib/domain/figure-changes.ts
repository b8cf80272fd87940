// Whether CSAT % and the within-window share changed between two periods: one rule everywhere
// (dashboard, comparison, board report). Fisher's exact test; `too_few` under the minimum group.
import { proportionChange } from './change';

/** What a change label needs of a period's figures. */
export interface ChangeSide {
	min_group_size: number;
	csat: { positive: number | null; scored_n: number; suppressed: boolean };
	turnaround: { within_window: number | null; n_window_closed: number };
}

/**
 * Change labels of CSAT % (over the scored answers) and within-window % (decided within the
 * window, of the requests whose window had closed by the cut-off) from `previous` to `current`.
 */
export function figureChanges(previous: ChangeSide, current: ChangeSide) {
	const min = current.min_group_size;
	const csatSide = (f: ChangeSide) => ({
		x: f.csat.positive ?? 0,
		n: f.csat.scored_n,
		suppressed: f.csat.suppressed
	});
	const windowSide = (f: ChangeSide) => ({
		x: f.turnaround.within_window ?? 0,
		n: f.turnaround.n_window_closed
	});
	return {
		csat: proportionChange(csatSide(previous), csatSide(current), min),
		within_window: proportionChange(windowSide(previous), windowSide(current), min)
	};
}
