// The shape of a board report as issued (stored as JSON, frozen): every figure already formatted in
// the report's language. Fields added later are optional, so reports issued before still render.
import type { Digits, Language } from '../../i18n/preferences';

export interface ReportContent {
	meta: {
		orgName: string;
		lang: Language;
		digits: Digits;
		periodKey: string;
		from: string;
		to: string;
		periodLabel: string;
		generatedAt: string;
		timeZone: string;
		windowDays: number;
		windowCounting: 'calendar' | 'working';
		minGroupSize: number;
		calendar: 'hijri' | 'gregory';
	};
	summary: string[];
	keyFigures: { label: string; current: string; previous: string; change: string; n: string }[];
	channels: {
		name: string;
		interactions: string;
		share: string;
		csat: string;
		responseRate: string;
	}[];
	turnaround: {
		/**
		 * How the months are counted (issue 17: by month received, seen from the period's end, open
		 * requests counted). Absent in reports issued before: theirs render with the old columns.
		 */
		note?: string;
		months: {
			label: string;
			decided: string;
			median: string;
			p90: string;
			within: string;
			overdue: string;
			/** since issue 17 (absent in reports issued before) */
			received?: string;
			decidedMedian?: string;
			closed?: string;
			stillWithin?: string;
		}[];
	};
	said: {
		themes: { name: string; count: string }[];
		quotes: { text: string; rating: string; channel: string }[];
	};
	actions: { title: string; finding: string; team: string; status: string; due: string }[];
	method: { lines: string[]; suppressed: string[] };
	charts: { title: string; svg: string }[];
}
