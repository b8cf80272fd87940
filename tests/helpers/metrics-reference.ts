// A plain-TypeScript reference for the metrics: the same figures computed from arrays of rows,
// written independently of the SQL path (fixed Riyadh offset, its own working-day counting,
// quantiles and Kaplan–Meier estimate), for the property test.
// The t quantile comes from src/lib/domain/stats.ts, tested on its own against published tables.
import { studentTQuantile } from '../../src/lib/domain/stats';
import type { InteractionRow, ResponseRow } from './metrics-store';
import {
	DAY,
	localMidnight,
	referenceTurnaround,
	type ReferenceFilter,
	type ReferenceSettings,
	type ReferenceTurnaround
} from './metrics-reference-turnaround';

export {
	referenceTurnaround,
	type ReferenceFilter,
	type ReferenceSettings
} from './metrics-reference-turnaround';

interface Sums {
	responses: number;
	linked: number;
	csatN: number;
	csatPos: number;
	csatSum: number;
	npsN: number;
	npsPro: number;
	npsDet: number;
	cesN: number;
	cesSum: number;
	/** every ces answer, for a two-pass variance */
	cesValues: number[];
}

function responseSums(
	interactions: InteractionRow[],
	responses: ResponseRow[],
	f: ReferenceFilter
): { sums: Sums; byChannel: Map<string, { responses: number; linked: number }> } {
	const start = localMidnight(f.from);
	const end = localMidnight(f.to) + DAY;
	const byId = new Map(interactions.map((i) => [i.id, i]));
	const sums: Sums = {
		responses: 0,
		linked: 0,
		csatN: 0,
		csatPos: 0,
		csatSum: 0,
		npsN: 0,
		npsPro: 0,
		npsDet: 0,
		cesN: 0,
		cesSum: 0,
		cesValues: []
	};
	const byChannel = new Map<string, { responses: number; linked: number }>();
	for (const r of responses) {
		const t = r.submittedAt.getTime();
		if (t < start || t >= end) continue;
		if (f.channel !== undefined && r.channel !== f.channel) continue;
		if (f.service !== undefined && r.service !== f.service) continue;
		if (f.branch !== undefined && r.branch !== f.branch) continue;
		const linked = r.interactionId ? byId.get(r.interactionId) : undefined;
		if (f.type !== undefined && linked?.type !== f.type) continue;
		if (f.team !== undefined && (linked?.team ?? undefined) !== f.team) continue;
		sums.responses++;
		if (r.interactionId) sums.linked++;
		if (r.csat != null) {
			sums.csatN++;
			sums.csatSum += r.csat;
			if (r.csat >= 4) sums.csatPos++;
		}
		if (r.nps != null) {
			sums.npsN++;
			if (r.nps >= 9) sums.npsPro++;
			if (r.nps <= 6) sums.npsDet++;
		}
		if (r.ces != null) {
			sums.cesN++;
			sums.cesSum += r.ces;
			sums.cesValues.push(r.ces);
		}
		if (r.channel) {
			const c = byChannel.get(r.channel) ?? { responses: 0, linked: 0 };
			c.responses++;
			if (r.interactionId) c.linked++;
			byChannel.set(r.channel, c);
		}
	}
	return { sums, byChannel };
}

export type ReferenceResult =
	| { refused: true }
	| {
			refused: false;
			interactions_total: number;
			by_channel: Record<string, number>;
			by_type: Record<string, number>;
			responses_total: number;
			csat: {
				n: number;
				percent: number | null;
				ci_low: number | null;
				ci_high: number | null;
				mean: number | null;
			};
			nps: { n: number; score: number | null; ci_low: number | null; ci_high: number | null };
			ces: { n: number; mean: number | null; ci_low: number | null; ci_high: number | null };
			turnaround: ReferenceTurnaround;
			response_rate: Record<string, ReferenceRate>;
			response_rate_overall: ReferenceRate;
	  };

/** Answered interactions ÷ interactions, and the answers naming no interaction apart. */
export interface ReferenceRate {
	answered: number;
	interactions: number;
	ratio: number | null;
	unlinked: number;
}

const Z = 1.959964;
const small = (n: number, min: number) => n > 0 && n < min;

export function referenceFigures(
	interactions: InteractionRow[],
	responses: ResponseRow[],
	s: ReferenceSettings,
	f: ReferenceFilter
): ReferenceResult {
	const start = localMidnight(f.from);
	const end = localMidnight(f.to) + DAY;
	const { sums, byChannel: respByChannel } = responseSums(interactions, responses, f);

	const chosen = interactions.filter((i) => {
		const t = i.receivedAt.getTime();
		return (
			t >= start &&
			t < end &&
			(f.channel === undefined || i.channel === f.channel) &&
			(f.type === undefined || i.type === f.type) &&
			(f.service === undefined || i.service === f.service) &&
			(f.branch === undefined || i.branch === f.branch) &&
			(f.team === undefined || i.team === f.team)
		);
	});
	const byChannel: Record<string, number> = {};
	for (const c of s.activeChannels)
		if (f.channel === undefined || c === f.channel) byChannel[c] = 0;
	const byType: Record<string, number> = {
		inquiry: 0,
		support_request: 0,
		complaint: 0,
		suggestion: 0
	};
	for (const i of chosen) {
		byChannel[i.channel] = (byChannel[i.channel] ?? 0) + 1;
		byType[i.type]!++;
	}
	// an interaction is answered when any answer (submitted whenever) names it
	const named = new Set(responses.map((r) => r.interactionId).filter(Boolean));
	const answeredBy: Record<string, number> = {};
	for (const i of chosen)
		if (named.has(i.id)) answeredBy[i.channel] = (answeredBy[i.channel] ?? 0) + 1;
	const rate = (answered: number, received: number, unlinked: number): ReferenceRate => ({
		answered,
		interactions: received,
		ratio: received ? answered / received : null,
		unlinked
	});
	const rates: Record<string, ReferenceRate> = {};
	for (const code of Object.keys(byChannel)) {
		const r = respByChannel.get(code) ?? { responses: 0, linked: 0 };
		rates[code] = rate(answeredBy[code] ?? 0, byChannel[code]!, r.responses - r.linked);
	}
	const overall = rate(
		Object.values(answeredBy).reduce((a, b) => a + b, 0),
		chosen.length,
		sums.responses - sums.linked
	);

	const min = s.minGroupSize;
	let csat: Extract<ReferenceResult, { refused: false }>['csat'] = {
		n: sums.csatN,
		percent: null,
		ci_low: null,
		ci_high: null,
		mean: null
	};
	if (sums.csatN > 0 && !small(sums.csatN, min)) {
		const n = sums.csatN;
		const p = sums.csatPos / n;
		const centre = (p + (Z * Z) / (2 * n)) / (1 + (Z * Z) / n);
		const half = (Z / (1 + (Z * Z) / n)) * Math.sqrt((p * (1 - p)) / n + (Z * Z) / (4 * n * n));
		csat = {
			n,
			percent: p * 100,
			ci_low: Math.max(0, centre - half) * 100,
			ci_high: Math.min(1, centre + half) * 100,
			mean: sums.csatSum / n
		};
	}
	let nps: Extract<ReferenceResult, { refused: false }>['nps'] = {
		n: sums.npsN,
		score: null,
		ci_low: null,
		ci_high: null
	};
	if (sums.npsN > 0 && !small(sums.npsN, min)) {
		const P = sums.npsPro / sums.npsN;
		const D = sums.npsDet / sums.npsN;
		const score = (P - D) * 100;
		// adjusted Wald (Rocks 2016): 3/4 answer more promoters and detractors, 3/2 more passives;
		// the variance of a +1 / 0 / −1 answer under those adjusted shares, over n + 3
		const n3 = sums.npsN + 3;
		const pa = (sums.npsPro + 0.75) / n3;
		const da = (sums.npsDet + 0.75) / n3;
		const qa = 1 - pa - da;
		const c = pa - da;
		const variance = pa * (1 - c) ** 2 + qa * c ** 2 + da * (1 + c) ** 2;
		const se = Math.sqrt(variance / n3);
		nps = {
			n: sums.npsN,
			score,
			ci_low: Math.max(-100, (c - Z * se) * 100),
			ci_high: Math.min(100, (c + Z * se) * 100)
		};
	}
	let ces: Extract<ReferenceResult, { refused: false }>['ces'] = {
		n: sums.cesN,
		mean: null,
		ci_low: null,
		ci_high: null
	};
	if (sums.cesN > 0 && !small(sums.cesN, min)) {
		const mean = sums.cesSum / sums.cesN;
		ces = { n: sums.cesN, mean, ci_low: null, ci_high: null };
		if (sums.cesN > 1) {
			// two-pass sample variance of the answers themselves
			const ss = sums.cesValues.reduce((a, v) => a + (v - mean) ** 2, 0);
			const half =
				studentTQuantile(0.975, sums.cesN - 1) * Math.sqrt(ss / (sums.cesN - 1) / sums.cesN);
			ces = { ...ces, ci_low: Math.max(1, mean - half), ci_high: Math.min(7, mean + half) };
		}
	}
	return {
		refused: false,
		interactions_total: chosen.length,
		by_channel: byChannel,
		by_type: byType,
		responses_total: sums.responses,
		csat,
		nps,
		ces,
		turnaround: referenceTurnaround(interactions, s, f),
		response_rate: rates,
		response_rate_overall: overall
	};
}
