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
import { addDays } from '../../domain/zoned-time';
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

const labelColumns = new Set([
	'day',
	'piece',
	'question',
	'value',
	...blockDimensions,
	...['csat', 'nps', 'ces'].flatMap((m) => [`${m}_first`, `${m}_last`])
]);

/**
 * The rows' counts and sums as vectors, one column order for all (the columns of the first row
 * that are not labels): adding vectors is what the blocks do most, far faster than adding records.
 */
class Columns {
	readonly names: string[];
	readonly index: Map<string, number>;

	constructor(row: Row | undefined) {
		this.names = row ? Object.keys(row).filter((k) => !labelColumns.has(k)) : [];
		this.index = new Map(this.names.map((name, i) => [name, i]));
	}

	vector(row: Row): Float64Array {
		const out = new Float64Array(this.names.length);
		for (let i = 0; i < out.length; i++) out[i] = Number(row[this.names[i]!] ?? 0);
		return out;
	}

	/** The column's position, or -1 when the rows have none. */
	at(name: string): number {
		return this.index.get(name) ?? -1;
	}

	record(vector: Float64Array | undefined): Sums {
		const out: Sums = {};
		if (vector) for (let i = 0; i < this.names.length; i++) out[this.names[i]!] = vector[i]!;
		return out;
	}
}

function addInto(into: Float64Array, from: Float64Array): Float64Array {
	for (let i = 0; i < into.length; i++) into[i]! += from[i]!;
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

const pieceEnds = new Map<string, string>();
/** pieceEnd, remembered likewise. */
function endOf(piece: string): string {
	let end = pieceEnds.get(piece);
	if (!end) {
		end = pieceEnd(piece);
		pieceEnds.set(piece, end);
	}
	return end;
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
	sums: Float64Array;
}

interface MeasureTime {
	groupOf: Map<string, string>;
	groups: Map<string, TimeGroup>;
}

function timeGroupsOf(
	days: readonly Row[],
	columns: Columns,
	measure: Measure,
	min: number
): MeasureTime {
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
			g.to = endOf(piece);
			addInto(g.sums, columns.vector(row));
		} else {
			groups.set(key, {
				key,
				from: key,
				to: endOf(piece),
				firstDay: day,
				lastDay: day,
				n,
				sums: columns.vector(row)
			});
		}
	}
	return { groupOf, groups };
}

function pathOf(row: Row, depth: number): (string | null)[] {
	return blockDimensions.slice(0, depth).map((d) => (row[d] ?? null) as string | null);
}

/** A row of the cells read once: its calendar piece, dimension values, days and vector. */
interface Cell {
	piece: string;
	path: (string | null)[];
	/** the path's first 3 and all 5 values as one map key */
	keys: [string, string];
	/** per measure, the first and last day of the cell's answers carrying it */
	days: Record<Measure, [string, string] | null>;
	sums: Float64Array;
}

const SEPARATOR = '\u001f';
const keyOf = (path: readonly (string | null)[]) =>
	path.map((v) => (v === null ? '\u0000' : v)).join(SEPARATOR);

function cellsOf(rows: readonly Row[], columns: Columns): Cell[] {
	return rows.map((row) => {
		const path = pathOf(row, blockDimensions.length);
		const span = (m: Measure): [string, string] | null =>
			row[`${m}_first`] == null ? null : [String(row[`${m}_first`]), String(row[`${m}_last`])];
		return {
			piece: String(row.piece),
			path,
			keys: [keyOf(path.slice(0, 3)), keyOf(path)],
			days: { csat: span('csat'), nps: span('nps'), ces: span('ces') },
			sums: columns.vector(row)
		};
	});
}

/** The calendar pieces (their first days) of the days `from` … `to`, in order. */
function piecesOf(from: string, to: string): string[] {
	const out: string[] = [];
	for (let piece = pieceOf(from); piece <= to; piece = addDays(endOf(piece), 1)) out.push(piece);
	return out;
}

/** Answers of `cells` carrying the measure, per time group and path of the first `depth` dimensions. */
function unitsOf(
	cells: readonly Cell[],
	measure: Measure,
	count: number,
	groupOf: Map<string, string>,
	depth: 3 | 5
): Map<string, BlockUnit<Float64Array>> {
	const units = new Map<string, BlockUnit<Float64Array>>();
	for (const cell of cells) {
		const n = cell.sums[count]!;
		const days = cell.days[measure];
		if (!(n > 0) || !days) continue;
		const [first, last] = days;
		const group = groupOf.get(cell.piece) ?? cell.piece;
		const key = group + SEPARATOR + cell.keys[depth === 3 ? 0 : 1];
		const u = units.get(key);
		if (u) {
			u.n += n;
			if (first < u.firstDay) u.firstDay = first;
			if (last > u.lastDay) u.lastDay = last;
			addInto(u.sums, cell.sums);
		} else {
			units.set(key, {
				group,
				path: cell.path.slice(0, depth),
				n,
				firstDay: first,
				lastDay: last,
				sums: Float64Array.from(cell.sums)
			});
		}
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

interface TimeIndex {
	columns: Columns;
	measures: Record<Measure, MeasureTime>;
}

const timeGroupsMemo = new WeakMap<
	object,
	{ generation: number; min: number; groups: Promise<TimeIndex> }
>();

/** The time groups of every measure, from the answers per day of all time (memoised per commit). */
function timeGroupsFor(
	fetch: Fetch,
	min: number,
	memo?: { owner: object; generation: number }
): Promise<TimeIndex> {
	const kept = memo && timeGroupsMemo.get(memo.owner);
	if (kept && kept.generation === memo.generation && kept.min === min) return kept.groups;
	const groups = fetch('metrics/anonymity_days', {}).then((days) => {
		const columns = new Columns(days[0]);
		return {
			columns,
			measures: Object.fromEntries(
				measures.map((m) => [m, timeGroupsOf(days, columns, m, min)])
			) as Record<Measure, MeasureTime>
		};
	});
	if (memo) {
		timeGroupsMemo.set(memo.owner, { generation: memo.generation, min, groups });
		// a failed read is not kept
		groups.catch(() => timeGroupsMemo.delete(memo.owner));
	}
	return groups;
}

export interface AnonymityIndex {
	/**
	 * The measure's sums over the blocks lying wholly inside the group of `dims` and `from` … `to`;
	 * the cells they cover only `withCoverage` (the explanation), an empty list otherwise.
	 */
	scored(
		measure: Measure,
		dims: GroupDims,
		from: string,
		to: string,
		withCoverage?: boolean
	): Scored;
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
			for (const g of time.measures[m].groups.values()) {
				if (g.to < options.from || g.from > options.to) continue;
				if (lo === null || g.from < lo) lo = g.from;
				if (hi === null || g.to > hi) hi = g.to;
			}
		}
		if (lo !== null && hi !== null) {
			if (options.request) {
				const { start, end } = periodInstants({ from: lo, to: hi }, options.zone);
				rows = await fetch('metrics/anonymity_units_linked', {
					start,
					end,
					zone: options.zone,
					pieces: piecesOf(lo, hi)
				});
			} else {
				rows = await fetch('metrics/anonymity_units', {
					from_day: lo,
					to_day: hi,
					pieces: piecesOf(lo, hi)
				});
			}
		}
	}
	// the cells name their own columns (the raw answers' may differ from the roll-ups')
	const columns = new Columns(rows[0]);
	const cells = cellsOf(rows, columns);

	const blocks = new Map<Measure, Block<Float64Array>[]>();
	const blocksOf = (m: Measure): Block<Float64Array>[] => {
		let list = blocks.get(m);
		if (list) return list;
		const { groupOf } = time.measures[m];
		const count = columns.at(countColumn[m]);
		const coarse = unitsOf(cells, m, count, groupOf, 3);
		const fine = options.request ? unitsOf(cells, m, count, groupOf, 5) : undefined;
		const finerOf = new Map<string, BlockUnit<Float64Array>[]>();
		for (const u of fine?.values() ?? []) {
			const key = u.group + SEPARATOR + keyOf(u.path.slice(0, 3));
			const list = finerOf.get(key);
			if (list) list.push(u);
			else finerOf.set(key, [u]);
		}
		list = anonymityBlocks([...coarse.values()], min, (block) =>
			block.units.flatMap((unit) => finerOf.get(unit.group + SEPARATOR + keyOf(unit.path)) ?? [])
		);
		blocks.set(m, list);
		return list;
	};

	// per measure, dimension and value: the blocks whose units all have that value there (a block
	// inside a group has the group's value in each of its dimensions, so only these can be)
	const byValue = new Map<Measure, Map<string | null, Block<Float64Array>[]>[]>();
	const candidates = (m: Measure, dims: GroupDims): Block<Float64Array>[] => {
		let index = byValue.get(m);
		if (!index) {
			index = blockDimensions.map(() => new Map());
			for (const block of blocksOf(m)) {
				blockDimensions.forEach((_, i) => {
					const first = block.units[0]!.path;
					if (i >= first.length) return;
					const value = first[i]!;
					if (!block.units.every((u) => i < u.path.length && u.path[i] === value)) return;
					const list = index![i]!.get(value);
					if (list) list.push(block);
					else index![i]!.set(value, [block]);
				});
			}
			byValue.set(m, index);
		}
		const i = blockDimensions.findIndex((d) => dims[d] !== undefined);
		return index[i]!.get(dims[blockDimensions[i]!]!) ?? [];
	};

	const groupSpan = (m: Measure, key: string) => {
		const g = time.measures[m].groups.get(key);
		return g ? { from: g.from, to: g.to } : { from: key, to: key };
	};

	return {
		scored(measure, dims, from, to, withCoverage = false) {
			let sums: Float64Array | undefined;
			const add = (vector: Float64Array) => {
				sums = sums ? addInto(sums, vector) : Float64Array.from(vector);
			};
			const coverage: CoverageCell[] = [];
			if (!hasDims(dims)) {
				for (const g of time.measures[measure].groups.values()) {
					if (g.n < min || g.firstDay < from || g.lastDay > to) continue;
					add(g.sums);
					if (withCoverage) coverage.push({ from: g.from, to: g.to, path: [] });
				}
				return { sums: time.columns.record(sums), coverage };
			}
			if (!options.detail || (needsRequest(dims) && !options.request)) {
				throw new Error('anonymity index: read without the detail this group needs');
			}
			for (const block of blocksInside(candidates(measure, dims), min, from, to, (u) =>
				matches(u.path, dims)
			)) {
				for (const u of block.units) {
					add(u.sums);
					if (withCoverage) coverage.push({ ...groupSpan(measure, u.group), path: [...u.path] });
				}
			}
			return { sums: columns.record(sums), coverage };
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
			const end = endOf(p.piece);
			if (end < options.from || p.piece > options.to) continue;
			const first = groups.get(p.piece)!;
			if (lo === null || first < lo) lo = first;
			// the group may run past this piece: widen to the last piece of the same group
			for (const q of list) {
				if (groups.get(q.piece) !== first) continue;
				const qEnd = endOf(q.piece);
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
