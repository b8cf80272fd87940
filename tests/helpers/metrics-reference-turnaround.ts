// The plain-TypeScript reference for turnaround (see metrics-reference.ts): a fixed Riyadh offset,
// its own working-day counting, quantiles and the Kaplan–Meier estimate.
import type { InteractionRow } from './metrics-store';

export interface ReferenceSettings {
	reviewWindowDays: number;
	windowCounting: 'calendar' | 'working';
	weekendDays: number[];
	holidays: string[];
	minGroupSize: number;
	activeChannels: string[];
}

export interface ReferenceFilter {
	/** the clock: a running period is seen from this instant (ms); default: after every row */
	now?: number;
	/** turnaround only: the cut-off itself (ms), even after the period (a trend's month) */
	cutoff?: number;
	from: string;
	to: string;
	channel?: string;
	type?: InteractionRow['type'];
	service?: string;
	branch?: string;
	team?: string;
}

export const DAY = 86_400_000;
const RIYADH = 3 * 3_600_000; // Asia/Riyadh has no daylight saving: UTC+3 all year

export const localMidnight = (iso: string) => Date.parse(`${iso}T00:00:00Z`) - RIYADH;
const dayIndex = (ms: number) => Math.floor((ms + RIYADH) / DAY);

function isWorking(index: number, s: ReferenceSettings): boolean {
	const date = new Date(index * DAY);
	const iso = date.toISOString().slice(0, 10);
	const weekday = ((date.getUTCDay() + 6) % 7) + 1;
	return !s.weekendDays.includes(weekday) && !s.holidays.includes(iso);
}

/** Milliseconds between a and b that fall on working local days. */
function workingMs(a: number, b: number, s: ReferenceSettings): number {
	let total = 0;
	for (let d = dayIndex(a); d <= dayIndex(b); d++) {
		if (!isWorking(d, s)) continue;
		const dayStart = d * DAY - RIYADH;
		total += Math.max(0, Math.min(b, dayStart + DAY) - Math.max(a, dayStart));
	}
	return total;
}

function quantile(values: number[], q: number): number | null {
	if (!values.length) return null;
	const v = [...values].sort((x, y) => x - y);
	const h = (v.length - 1) * q;
	const i = Math.floor(h);
	return i + 1 < v.length ? v[i]! + (h - i) * (v[i + 1]! - v[i]!) : v[i]!;
}

export interface ReferenceTurnaround {
	n_requests: number;
	n_decided: number;
	median_days: number | null;
	p90_days: number | null;
	median_reached: boolean;
	p90_reached: boolean;
	decided_median_days: number | null;
	within_window_pct: number | null;
	within_window: number;
	n_window_closed: number;
	still_within_window: number;
	still_within_window_decided: number;
	overdue_open: number;
}

/**
 * Kaplan–Meier, written out plainly: open requests censored at their whole days waited; at each
 * distinct decision time t, S ×= 1 − d/n with n = requests whose time (decision, or censoring) is
 * ≥ t (censorings at t are still at risk); the q-quantile is the first t with S ≤ 1 − q.
 */
export function referenceKmQuantile(
	observations: { days: number; decided: boolean }[],
	q: number
): number | null {
	const times = observations.map((o) => ({
		t: o.decided ? o.days : Math.floor(o.days),
		decided: o.decided
	}));
	const eventTimes = [...new Set(times.filter((o) => o.decided).map((o) => o.t))].sort(
		(a, b) => a - b
	);
	let s = 1;
	for (const t of eventTimes) {
		const atRisk = times.filter((o) => o.t >= t).length;
		const decidedNow = times.filter((o) => o.decided && o.t === t).length;
		s *= 1 - decidedNow / atRisk;
		if (s <= 1 - q + 1e-9) return t;
	}
	return null;
}

/**
 * Turnaround of the support requests received in [start, end) before the cut-off min(end, now):
 * decided = decided before the cut-off; within the window over the requests whose window had
 * closed by the cut-off (age ≥ window); the backlog = every support request open at the cut-off
 * and older than the window, whatever day it came in.
 */
export function referenceTurnaround(
	interactions: InteractionRow[],
	s: ReferenceSettings,
	f: ReferenceFilter
): ReferenceTurnaround {
	const start = localMidnight(f.from);
	const end = localMidnight(f.to) + DAY;
	const cut = f.cutoff ?? (f.now !== undefined && f.now < end ? f.now : end);
	const days = (a: number, b: number) =>
		(s.windowCounting === 'working' ? workingMs(a, b, s) : b - a) / DAY;
	const matches = (i: InteractionRow) =>
		i.type === 'support_request' &&
		(f.type === undefined || f.type === 'support_request') &&
		(f.channel === undefined || i.channel === f.channel) &&
		(f.service === undefined || i.service === f.service) &&
		(f.branch === undefined || i.branch === f.branch) &&
		(f.team === undefined || i.team === f.team);
	const w = s.reviewWindowDays;
	const observations: { days: number; decided: boolean }[] = [];
	let closed = 0;
	let within = 0;
	let still = 0;
	let stillDecided = 0;
	let overdue = 0;
	for (const i of interactions.filter(matches)) {
		const r = i.receivedAt.getTime();
		if (r >= cut) continue;
		const d = i.decidedAt?.getTime();
		const decided = d !== undefined && d < cut;
		const age = days(r, cut);
		if (!decided && age > w) overdue++;
		if (r < start || r >= end) continue;
		const t = decided ? days(r, d) : age;
		observations.push({ days: t, decided });
		if (age >= w) {
			closed++;
			if (decided && t <= w) within++;
		} else {
			still++;
			if (decided) stillDecided++;
		}
	}
	const decidedDays = observations.filter((o) => o.decided).map((o) => o.days);
	const median = referenceKmQuantile(observations, 0.5);
	const p90 = referenceKmQuantile(observations, 0.9);
	return {
		n_requests: observations.length,
		n_decided: decidedDays.length,
		median_days: median,
		p90_days: p90,
		median_reached: median !== null,
		p90_reached: p90 !== null,
		decided_median_days: quantile(decidedDays, 0.5),
		within_window_pct: closed ? (within / closed) * 100 : null,
		within_window: within,
		n_window_closed: closed,
		still_within_window: still,
		still_within_window_decided: stillDecided,
		overdue_open: overdue
	};
}
