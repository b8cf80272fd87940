// Anonymity blocks: one fixed partition of the answers that every published score respects.
//
// Answers are cut into blocks of at least the minimum group size. A score is published only over
// blocks that lie wholly inside the group it describes, so every published score — and therefore
// every sum or difference of published scores — is a sum over whole blocks, and no group of fewer
// than the minimum can be derived from them. See docs/anonymity.md for the threat model.
//
// The blocks follow a fixed hierarchy: time first (pieces of the calendar where neither a Gregorian
// nor a Hijri month begins, merged with their neighbours while they hold too few answers), then the
// dimensions coarse to fine (channel, service, branch, then the linked request's type and team).
// Inside a node, a child with at least the minimum forms its own blocks; the children with fewer
// are pooled, the pool is split by the later dimensions in the same way, and a pool that is still
// too small joins the smallest block of its node.
import { monthRange } from './calendar-month';
import { addDays, monthStart } from './zoned-time';

/** One cell of answers: a time group and a path of dimension values, with its count and sums. */
export interface BlockUnit<S> {
	/** the time group (see timeGroups): the key of its first piece */
	group: string;
	/** dimension values, coarse to fine (null = not stated) */
	path: readonly (string | null)[];
	/** answers in the cell that carry the measure */
	n: number;
	/** first and last day with such answers */
	firstDay: string;
	lastDay: string;
	sums: S;
}

export interface Block<S> {
	units: BlockUnit<S>[];
	n: number;
	firstDay: string;
	lastDay: string;
}

/**
 * The first day of the calendar piece holding `day`: the later of the Gregorian and the Umm
 * al-Qura month starts, so that every month of either calendar is a union of whole pieces.
 */
export function pieceStart(day: string): string {
	const gregory = monthStart(day);
	const hijri = monthRange(day, 'hijri').first;
	return gregory > hijri ? gregory : hijri;
}

/** The last day of the piece that begins on `start`. */
export function pieceEnd(start: string): string {
	const gregoryNext = monthStart(start, 1);
	const hijriNext = monthRange(start, 'hijri').next;
	return addDays(gregoryNext < hijriNext ? gregoryNext : hijriNext, -1);
}

/**
 * Time groups: consecutive pieces (chronological, `{ piece, n }`) joined until they hold at least
 * the minimum; a last group that stays short joins the one before it. Returns piece → group (the
 * group's first piece). A store with fewer answers than the minimum in all is one short group.
 */
export function timeGroups(
	pieces: readonly { piece: string; n: number }[],
	minGroupSize: number
): Map<string, string> {
	const out = new Map<string, string>();
	let members: string[] = [];
	let count = 0;
	let previous: string | null = null;
	for (const p of pieces) {
		if (p.n <= 0) continue;
		members.push(p.piece);
		count += p.n;
		if (count >= minGroupSize) {
			for (const m of members) out.set(m, members[0]!);
			previous = members[0]!;
			members = [];
			count = 0;
		}
	}
	const tail = previous ?? members[0];
	for (const m of members) out.set(m, tail!);
	return out;
}

const compareKeys = (a: string | null, b: string | null) =>
	a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;

function blockOf<S>(units: BlockUnit<S>[]): Block<S> {
	let n = 0;
	let firstDay = units[0]!.firstDay;
	let lastDay = units[0]!.lastDay;
	for (const u of units) {
		n += u.n;
		if (u.firstDay < firstDay) firstDay = u.firstDay;
		if (u.lastDay > lastDay) lastDay = u.lastDay;
	}
	return { units, n, firstDay, lastDay };
}

/**
 * Blocks of a node holding at least the minimum, split by the dimensions `dims` (indices into the
 * units' paths) in turn. A value with at least the minimum keeps its own blocks; the values with
 * fewer are pooled and the pool is split by the dimensions after this one (so a pool of services
 * can still keep its branches apart); a pool still too small joins the smallest block.
 */
function partitionNode<S>(units: BlockUnit<S>[], dims: readonly number[], min: number): Block<S>[] {
	if (units.length === 1 || dims.length === 0) return [blockOf(units)];
	const [dim, ...rest] = dims as [number, ...number[]];
	const children = new Map<string | null, BlockUnit<S>[]>();
	for (const u of units) {
		const key = u.path[dim] ?? null;
		const list = children.get(key);
		if (list) list.push(u);
		else children.set(key, [u]);
	}
	const ordered = [...children.entries()].sort(([a], [b]) => compareKeys(a, b));
	const blocks: Block<S>[] = [];
	const pool: BlockUnit<S>[] = [];
	let poolN = 0;
	for (const [, list] of ordered) {
		const n = list.reduce((sum, u) => sum + u.n, 0);
		if (n >= min) blocks.push(...partitionNode(list, rest, min));
		else {
			pool.push(...list);
			poolN += n;
		}
	}
	if (poolN >= min) blocks.push(...partitionNode(pool, rest, min));
	else if (poolN > 0 && blocks.length === 0) blocks.push(blockOf(pool));
	else if (poolN > 0) {
		let smallest = 0;
		for (let i = 1; i < blocks.length; i++) if (blocks[i]!.n < blocks[smallest]!.n) smallest = i;
		blocks[smallest] = blockOf([...blocks[smallest]!.units, ...pool]);
	}
	return blocks;
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/**
 * The blocks of a set of units (units with n = 0 are left out), split by the dimensions of their
 * paths in order. Every block holds at least the minimum, except the one block of a time group
 * that is short in all. `refine`, when given, returns the finer units (same group, longer paths,
 * the same answers) of a block's units: each block is then split again by the dimensions only
 * they have, with the same rules.
 */
export function anonymityBlocks<S>(
	units: readonly BlockUnit<S>[],
	minGroupSize: number,
	refine?: (block: Block<S>) => BlockUnit<S>[] | undefined
): Block<S>[] {
	const byGroup = new Map<string, BlockUnit<S>[]>();
	for (const u of units) {
		if (u.n <= 0) continue;
		const list = byGroup.get(u.group);
		if (list) list.push(u);
		else byGroup.set(u.group, [u]);
	}
	const out: Block<S>[] = [];
	for (const group of [...byGroup.keys()].sort()) {
		const list = byGroup.get(group)!;
		const n = list.reduce((sum, u) => sum + u.n, 0);
		const depth = list[0]!.path.length;
		const blocks =
			n >= minGroupSize ? partitionNode(list, range(0, depth), minGroupSize) : [blockOf(list)];
		for (const block of blocks) {
			const finer = refine && block.n >= minGroupSize ? refine(block) : undefined;
			const used = finer?.filter((u) => u.n > 0);
			if (used && used.length > 0) {
				out.push(...partitionNode(used, range(depth, used[0]!.path.length), minGroupSize));
			} else out.push(block);
		}
	}
	return out;
}

/**
 * The blocks a published score may use: at least the minimum, every answer on a day within
 * `from` … `to`, and every unit inside the group described (`inside`).
 */
export function blocksInside<S>(
	blocks: readonly Block<S>[],
	minGroupSize: number,
	from: string,
	to: string,
	inside: (unit: BlockUnit<S>) => boolean
): Block<S>[] {
	return blocks.filter(
		(b) => b.n >= minGroupSize && b.firstDay >= from && b.lastDay <= to && b.units.every(inside)
	);
}
