// The anonymity blocks of the answers (src/lib/domain/anonymity-blocks.ts) read from the roll-ups,
// or from the raw answers when the linked request's type or team is involved, and the part of any
// group that a published score may use: the blocks lying wholly inside it.
import {
	anonymityBlocks,
	blocksInside,
	pieceEnd,
	pieceStart,
	timeGroups,
	type Block,
	type BlockUnit
} from '../../domain/anonymity-blocks';
import { periodInstants } from '../../domain/periods';
import type { Row, SqlValue } from '../db';
import type { MetricsQuery } from './query-params';

export const measures = ['csat', 'nps', 'ces'] as const;
export type Measure = (typeof measures)[number];

/** The column counting the answers that carry each measure. */
const countColumn: Record<Measure, string> = { csat: 'csat_n', nps: 'nps_n', ces: 'ces_n' };

/** Counts and sums of answers by column name (responses, csat_n, csat_positive, …). */
export type Sums = Record<string, number>;

/** The dimensions of a group, coarse to fine; undefined = any value, null = not stated. */
export const blockDimensions = ['channel', 'service', 'branch', 'type', 'team'] as const;
export type BlockDimension = (typeof blockDimensions)[number];
export type GroupDims = Partial<Record<BlockDimension, string | null>>;

/** Which answers a score covers: a time group's days and a path of dimension values (a prefix). */
export interface CoverageCell {
	from: string;
	to: string;
	path: (string | null)[];
}

export interface Scored {
	/** the measure's counts and sums over the blocks inside the group */
	sums: Sums;
	coverage: CoverageCell[];
}

type Fetch = (name: MetricsQuery, params: Record<string, SqlValue>) => Promise<Row[]>;

const labelColumns = new Set(['day', ...blockDimensions]);

function sumsOf(row: Row): Sums {
	const out: Sums = {};
	for (const [k, v] of Object.entries(row)) if (!labelColumns.has(k)) out[k] = Number(v ?? 0);
	return out;
}

function addInto(into: Sums, from: Sums): Sums {
	for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
	return into;
}

const pieces = new Map<string, string>();
/** pieceStart, remembered (it asks Intl for the Hijri month). */
function pieceOf(day: string): string {
	let piece = pieces.get(day);
	if (!piece) {
		piece = pieceStart(day);
		pieces.set(day, piece);
	}
	return piece;
}

interface TimeGroup {
	key: string;
	/** the calendar days the group spans */
	from: string;
	to: string;
	/** first and last day with answers carrying the measure */
	firstDay: string;
	lastDay: string;
	n: number;
	sums: Sums;
}

function timeGroupsOf(
	days: readonly Row[],
	measure: Measure,
	min: number
): { groupOf: Map<string, string>; groups: Map<string, TimeGroup> } {
	const column = countColumn[measure];
	const pieceN: { piece: string; n: number }[] = [];
	for (const row of days) {
		const n = Number(row[column] ?? 0);
		if (n <= 0) continue;
		const piece = pieceOf(String(row.day));
		const last = pieceN[pieceN.length - 1];
		if (last && last.piece === piece) last.n += n;
		else pieceN.push({ piece, n });
	}
	const groupOf = timeGroups(pieceN, min);
	const groups = new Map<string, TimeGroup>();
	for (const row of days) {
		const n = Number(row[column] ?? 0);
		if (n <= 0) continue;
		const day = String(row.day);
		const piece = pieceOf(day);
		const key = groupOf.get(piece)!;
		const g = groups.get(key);
		if (g) {
			g.n += n;
			g.lastDay = day;
			g.to = pieceEnd(piece);
			addInto(g.sums, sumsOf(row));
		} else {
			groups.set(key, {
				key,
				from: key,
				to: pieceEnd(piece),
				firstDay: day,
				lastDay: day,
				n,
				sums: sumsOf(row)
			});
		}
	}
	return { groupOf, groups };
}

function pathOf(row: Row, depth: number): (string | null)[] {
	return blockDimensions.slice(0, depth).map((d) => (row[d] ?? null) as string | null);
}

/** Answers of `rows` carrying the measure, per time group and path of the first `depth` dimensions. */
function unitsOf(
	rows: readonly Row[],
	measure: Measure,
	groupOf: Map<string, string>,
	depth: number
): Map<string, BlockUnit<Sums>> {
	const column = countColumn[measure];
	const units = new Map<string, BlockUnit<Sums>>();
	for (const row of rows) {
		const n = Number(row[column] ?? 0);
		if (n <= 0) continue;
		const day = String(row.day);
		const group = groupOf.get(pieceOf(day)) ?? pieceOf(day);
		const path = pathOf(row, depth);
		const key = JSON.stringify([group, path]);
		const u = units.get(key);
		if (u) {
			u.n += n;
			if (day < u.firstDay) u.firstDay = day;
			if (day > u.lastDay) u.lastDay = day;
			addInto(u.sums, sumsOf(row));
		} else units.set(key, { group, path, n, firstDay: day, lastDay: day, sums: sumsOf(row) });
	}
	return units;
}

function matches(path: readonly (string | null)[], dims: GroupDims): boolean {
	for (let i = 0; i < blockDimensions.length; i++) {
		const want = dims[blockDimensions[i]!];
		if (want === undefined) continue;
		if (i >= path.length || path[i] !== want) return false;
	}
	return true;
}

const hasDims = (dims: GroupDims) => blockDimensions.some((d) => dims[d] !== undefined);
const needsRequest = (dims: GroupDims) => dims.type !== undefined || dims.team !== undefined;

type TimeGroups = Record<Measure, ReturnType<typeof timeGroupsOf>>;

const timeGroupsMemo = new WeakMap<
	object,
	{ generation: number; min: number; groups: Promise<TimeGroups> }
>();

/** The time groups of every measure, from the answers per day of all time (memoised per commit). */
function timeGroupsFor(
	fetch: Fetch,
	min: number,
	memo?: { owner: object; generation: number }
): Promise<TimeGroups> {
	const kept = memo && timeGroupsMemo.get(memo.owner);
	if (kept && kept.generation === memo.generation && kept.min === min) return kept.groups;
	const groups = fetch('metrics/anonymity_days', {}).then(
		(days) => Object.fromEntries(measures.map((m) => [m, timeGroupsOf(days, m, min)])) as TimeGroups
	);
	if (memo) {
		timeGroupsMemo.set(memo.owner, { generation: memo.generation, min, groups });
		// a failed read is not kept
		groups.catch(() => timeGroupsMemo.delete(memo.owner));
	}
	return groups;
}

export interface AnonymityIndex {
	/** The measure's sums over the blocks lying wholly inside the group of `dims` and `from` … `to`. */
	scored(measure: Measure, dims: GroupDims, from: string, to: string): Scored;
}

/**
 * Reads what the blocks of a period's answers need. `detail`: the cells per channel, service and
 * branch are read (any dimension filter or breakdown); `request`: also per the linked request's
 * type and team (raw answers joined to the log).
 */
export async function anonymityIndex(
	fetch: Fetch,
	options: {
		zone: string;
		minGroupSize: number;
		from: string;
		to: string;
		detail: boolean;
		request: boolean;
		/**
		 * The time groups depend only on the answers per day (and the minimum): with the store and
		 * its commit count they are kept until the next commit, so the periods of one page share them.
		 */
		memo?: { owner: object; generation: number };
	}
): Promise<AnonymityIndex> {
	const min = options.minGroupSize;
	const time = await timeGroupsFor(fetch, min, options.memo);

	let rows: Row[] = [];
	if (options.detail) {
		let lo: string | null = null;
		let hi: string | null = null;
		for (const m of measures) {
			for (const g of time[m].groups.values()) {
				if (g.to < options.from || g.from > options.to) continue;
				if (lo === null || g.from < lo) lo = g.from;
				if (hi === null || g.to > hi) hi = g.to;
			}
		}
		if (lo !== null && hi !== null) {
			if (options.request) {
				const { start, end } = periodInstants({ from: lo, to: hi }, options.zone);
				rows = await fetch('metrics/anonymity_units_linked', { start, end, zone: options.zone });
			} else rows = await fetch('metrics/anonymity_units', { from_day: lo, to_day: hi });
		}
	}

	const blocks = new Map<Measure, Block<Sums>[]>();
	const blocksOf = (m: Measure): Block<Sums>[] => {
		let list = blocks.get(m);
		if (list) return list;
		const { groupOf } = time[m];
		const coarse = unitsOf(rows, m, groupOf, 3);
		const fine = options.request ? unitsOf(rows, m, groupOf, 5) : undefined;
		const finerOf = new Map<string, BlockUnit<Sums>[]>();
		for (const u of fine?.values() ?? []) {
			const key = JSON.stringify([u.group, u.path.slice(0, 3)]);
			const list = finerOf.get(key);
			if (list) list.push(u);
			else finerOf.set(key, [u]);
		}
		list = anonymityBlocks([...coarse.values()], min, (block) =>
			block.units.flatMap((unit) => finerOf.get(JSON.stringify([unit.group, unit.path])) ?? [])
		);
		blocks.set(m, list);
		return list;
	};

	const groupSpan = (m: Measure, key: string) => {
		const g = time[m].groups.get(key);
		return g ? { from: g.from, to: g.to } : { from: key, to: key };
	};

	return {
		scored(measure, dims, from, to) {
			const sums: Sums = {};
			const coverage: CoverageCell[] = [];
			if (!hasDims(dims)) {
				for (const g of time[measure].groups.values()) {
					if (g.n < min || g.firstDay < from || g.lastDay > to) continue;
					addInto(sums, g.sums);
					coverage.push({ from: g.from, to: g.to, path: [] });
				}
				return { sums, coverage };
			}
			if (!options.detail || (needsRequest(dims) && !options.request)) {
				throw new Error('anonymity index: read without the detail this group needs');
			}
			for (const block of blocksInside(blocksOf(measure), min, from, to, (u) =>
				matches(u.path, dims)
			)) {
				for (const u of block.units) {
					addInto(sums, u.sums);
					coverage.push({ ...groupSpan(measure, u.group), path: [...u.path] });
				}
			}
			return { sums, coverage };
		}
	};
}

/** Answers of one survey question by stored value. */
export type ValueCounts = Map<string, number>;

export interface QuestionAnonymityIndex {
	/** The question's answers by value over its blocks lying wholly inside the group. */
	scored(question: string, dims: GroupDims, from: string, to: string): ValueCounts;
}

/**
 * The anonymity blocks of the answers to the survey's other questions, one partition per
 * question (a question's answers are its own measure), from the raw answers around a period.
 */
export async function questionAnonymityIndex(
	fetch: Fetch,
	options: { zone: string; minGroupSize: number; from: string; to: string }
): Promise<QuestionAnonymityIndex> {
	const min = options.minGroupSize;
	const days = await fetch('metrics/anonymity_question_days', { zone: options.zone });
	const perQuestion = new Map<string, { piece: string; n: number }[]>();
	for (const row of days) {
		const question = String(row.question);
		const piece = pieceOf(String(row.day));
		const list = perQuestion.get(question) ?? [];
		const last = list[list.length - 1];
		if (last && last.piece === piece) last.n += Number(row.answers);
		else list.push({ piece, n: Number(row.answers) });
		perQuestion.set(question, list);
	}
	const groupOf = new Map<string, Map<string, string>>();
	let lo: string | null = null;
	let hi: string | null = null;
	for (const [question, list] of perQuestion) {
		const groups = timeGroups(list, min);
		groupOf.set(question, groups);
		for (const p of list) {
			const end = pieceEnd(p.piece);
			if (end < options.from || p.piece > options.to) continue;
			const first = groups.get(p.piece)!;
			if (lo === null || first < lo) lo = first;
			// the group may run past this piece: widen to the last piece of the same group
			for (const q of list) {
				if (groups.get(q.piece) !== first) continue;
				const qEnd = pieceEnd(q.piece);
				if (hi === null || qEnd > hi) hi = qEnd;
			}
		}
	}
	const rows =
		lo !== null && hi !== null
			? await fetch('metrics/anonymity_question_units', {
					...periodInstants({ from: lo, to: hi }, options.zone),
					zone: options.zone
				})
			: [];
	const units = new Map<string, Map<string, BlockUnit<ValueCounts>>>();
	for (const row of rows) {
		const question = String(row.question);
		const day = String(row.day);
		const group = groupOf.get(question)?.get(pieceOf(day)) ?? pieceOf(day);
		const path = pathOf(row, blockDimensions.length);
		const key = JSON.stringify([group, path]);
		const answers = Number(row.answers);
		const byKey = units.get(question) ?? new Map<string, BlockUnit<ValueCounts>>();
		units.set(question, byKey);
		const u = byKey.get(key);
		const value = String(row.value);
		if (u) {
			u.n += answers;
			if (day < u.firstDay) u.firstDay = day;
			if (day > u.lastDay) u.lastDay = day;
			u.sums.set(value, (u.sums.get(value) ?? 0) + answers);
		} else {
			byKey.set(key, {
				group,
				path,
				n: answers,
				firstDay: day,
				lastDay: day,
				sums: new Map([[value, answers]])
			});
		}
	}
	const blocks = new Map<string, Block<ValueCounts>[]>();
	return {
		scored(question, dims, from, to) {
			let list = blocks.get(question);
			if (!list) {
				list = anonymityBlocks([...(units.get(question)?.values() ?? [])], min);
				blocks.set(question, list);
			}
			const counts: ValueCounts = new Map();
			for (const block of blocksInside(list, min, from, to, (u) => matches(u.path, dims)))
				for (const u of block.units)
					for (const [value, n] of u.sums) counts.set(value, (counts.get(value) ?? 0) + n);
			return counts;
		}
	};
}
