// Areas to improve, for the report's summary: scored segments clearly below the whole (the top of
// their interval under the overall rate), and branches or services deciding well under the overall
// within-window share. Groups too small to be anonymous are never named (their scores are null).
import type { AreaToImprove } from '../../domain/report-summary';
import type { Names } from '../dashboard/dataset-context';
import type { Figures, Segments } from '../metrics';

export function areasToImprove(
	segments: Segments,
	current: Figures,
	names: Names
): AreaToImprove[] {
	const areas: AreaToImprove[] = [];
	for (const dimension of ['channel', 'service', 'branch'] as const) {
		for (const s of segments.dimensions[dimension]) {
			if (s.key === null) continue;
			if (
				!s.csat.suppressed &&
				s.csat.ci_high !== null &&
				current.csat.percent !== null &&
				s.csat.ci_high < current.csat.percent
			) {
				areas.push({
					kind: dimension,
					name: names.segment(dimension, s.key),
					reason: 'low_csat',
					value: s.csat.percent!
				});
			}
			const within = s.turnaround.within_window_pct;
			const overall = current.turnaround.within_window_pct;
			if (
				dimension !== 'channel' &&
				!s.turnaround.suppressed &&
				within !== null &&
				overall !== null &&
				s.turnaround.n_window_closed >= 20 &&
				within < overall - 10
			) {
				areas.push({
					kind: dimension,
					name: names.segment(dimension, s.key),
					reason: 'slow_turnaround',
					value: within
				});
			}
		}
	}
	return areas;
}
