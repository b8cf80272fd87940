// Stores public survey answers durably with group commit: answers that arrive while a commit is
// under way wait and are written together in the next transaction (one insert, one roll-up
// refresh, one commit), and each caller's promise resolves only after the commit that holds its
// answer. One commit at a time per store, so answers never conflict with each other.
//
// Idempotent: the response id is derived from the form's submission id, so a double tap or a
// retry after a timeout stores one answer and still succeeds: an id being written or recently
// written is answered from memory; an id stored before this process started makes the plain
// insert fail, and the group is written again skipping stored ids (insert … on conflict do nothing).
// A one-time link is consumed in the same transaction as its answer, at most once.
import { maskPersonalData } from '../../domain/masking';
import { onDataChanged } from '../data-changes';
import type { Session, Store } from '../db';
import { sql } from '../sql';

export interface Submission {
	/** `web-<submission id>`. */
	responseId: string;
	surveyId: number;
	surveyVersion: number;
	submittedAt: Date;
	lang: 'ar' | 'en';
	channel: string | null;
	branch: string | null;
	/** By question key, as the answer schema gives them; csat, nps, ces and comment fill columns. */
	answers: Record<string, number | string | string[]>;
	/** SHA-256 of a one-time link's token: the answer takes its interaction's channel and branch. */
	tokenHash?: string;
	/** How it was collected when not on the person's own device (migration 013), and by which device. */
	collection?: Collection;
	/** The kiosk's or phone's name as a manager named it (never a person). */
	device?: string;
}

/** A tablet at reception, or a representative's phone that may have been offline. */
export type Collection = 'kiosk' | 'field';

/** `stored`: committed now or by an earlier try with the same id; `token_used`: nothing stored. */
export type SubmitOutcome = 'stored' | 'token_used';

/** The stored response id of a form's submission id. */
export function responseIdOf(submissionId: string): string {
	return `web-${submissionId}`;
}

interface Pending {
	submission: Submission;
	resolve: (outcome: SubmitOutcome) => void;
	reject: (error: unknown) => void;
}

interface Row {
	id: string;
	survey_id: number;
	survey_version: number;
	submitted_at: string;
	channel: string | null;
	branch: string | null;
	service: string | null;
	interaction_id: string | null;
	csat: number | null;
	nps: number | null;
	ces: number | null;
	comment: string | null;
	lang: string;
	collection: Collection | null;
	device: string | null;
}

const SCORE_KEYS = ['csat', 'nps', 'ces'] as const;

/** Free text is masked for personal data before it is stored, with the rules ingest uses. */
function masked(value: string): string {
	return maskPersonalData(value).text;
}

/**
 * The stored value of an answer in response_answer: text masked, a single choice as its option
 * value, multiple choices as their option values in the question's order joined by ',' (option
 * values cannot contain a comma), numbers as digits.
 */
export function storedAnswer(value: number | string | string[]): string {
	if (Array.isArray(value)) return value.join(',');
	return typeof value === 'number' ? String(value) : masked(value);
}

function rowOf(s: Submission): Row {
	const score = (key: (typeof SCORE_KEYS)[number]) =>
		typeof s.answers[key] === 'number' ? (s.answers[key] as number) : null;
	const comment = s.answers.comment;
	return {
		id: s.responseId,
		survey_id: s.surveyId,
		survey_version: s.surveyVersion,
		submitted_at: s.submittedAt.toISOString(),
		channel: s.channel,
		branch: s.branch,
		service: null,
		interaction_id: null,
		csat: score('csat'),
		nps: score('nps'),
		ces: score('ces'),
		comment: typeof comment === 'string' ? masked(comment) : null,
		lang: s.lang,
		collection: s.collection ?? null,
		device: s.device ?? null
	};
}

function otherAnswers(s: Submission): { response_id: string; question: string; value: string }[] {
	return Object.entries(s.answers)
		.filter(([key]) => key !== 'comment' && !(SCORE_KEYS as readonly string[]).includes(key))
		.map(([question, value]) => ({
			response_id: s.responseId,
			question,
			value: storedAnswer(value)
		}));
}

/**
 * Consumes the one-time link of `row`'s answer and fills in its interaction; false when the link
 * is used (by another answer) or unknown. A retry of the answer that used it counts as done.
 */
async function consumeToken(
	tx: Session,
	row: Row,
	tokenHash: string,
	answeredAt: Date[]
): Promise<'fresh' | 'same' | 'used'> {
	const consumed = await tx.one<{ interaction_id: string | null }>(sql('survey/token_consume'), {
		token_hash: tokenHash,
		survey_id: row.survey_id,
		response_id: row.id,
		used_at: new Date(row.submitted_at)
	});
	if (!consumed) {
		const token = await tx.one<{ response_id: string | null }>(sql('survey/token_get'), {
			token_hash: tokenHash
		});
		return token?.response_id === row.id ? 'same' : 'used';
	}
	row.interaction_id = consumed.interaction_id;
	if (consumed.interaction_id) {
		const where = await tx.one<{
			channel: string;
			branch: string | null;
			service: string | null;
			received_at: Date;
		}>(sql('survey/interaction_segments'), { id: consumed.interaction_id });
		if (where) {
			row.channel = where.channel;
			row.branch = where.branch;
			row.service = where.service;
			// the interaction now has an answer: its day's answered count changes
			answeredAt.push(where.received_at);
		}
	}
	return 'fresh';
}

/** The group commit's statements run many times a second: kept prepared on their connection. */
const REUSE = { reuse: true };

/**
 * Writes one group of answers in `tx`; the outcome of each response id. `fast`: a plain insert,
 * for answers not yet stored (the usual case; it fails as a whole when one id exists already);
 * otherwise ids already stored are skipped (insert … on conflict do nothing).
 */
async function writeGroup(
	tx: Session,
	group: Submission[],
	fast: boolean
): Promise<Map<string, SubmitOutcome>> {
	const outcomes = new Map<string, SubmitOutcome>();
	const rows: Row[] = [];
	const answers: ReturnType<typeof otherAnswers> = [];
	const answeredAt: Date[] = [];
	for (const submission of group) {
		if (outcomes.has(submission.responseId)) continue; // a double tap inside one group
		const row = rowOf(submission);
		outcomes.set(row.id, 'stored');
		if (submission.tokenHash) {
			const token = await consumeToken(tx, row, submission.tokenHash, answeredAt);
			if (token === 'used') outcomes.set(row.id, 'token_used');
			if (token !== 'fresh') continue;
		}
		rows.push(row);
		answers.push(...otherAnswers(submission));
	}
	if (rows.length === 0) return outcomes;
	let inserted: Row[] = rows;
	if (fast) {
		await tx.run(sql('survey/insert_responses_new'), { rows: JSON.stringify(rows) }, REUSE);
	} else {
		const ids = new Set(
			(
				await tx.all<{ id: string }>(sql('survey/insert_responses'), { rows: JSON.stringify(rows) })
			).map((r) => r.id)
		);
		inserted = rows.filter((row) => ids.has(row.id));
	}
	// a retry stores nothing new, not even answers the first try did not have
	const ids = new Set(inserted.map((row) => row.id));
	const newAnswers = answers.filter((a) => ids.has(a.response_id));
	if (newAnswers.length) {
		await tx.run(sql('survey/insert_answers'), { rows: JSON.stringify(newAnswers) }, REUSE);
	}
	if (inserted.length) {
		let from = Infinity;
		let to = -Infinity;
		for (const row of inserted) {
			const t = Date.parse(row.submitted_at);
			from = Math.min(from, t);
			to = Math.max(to, t);
		}
		const answered = answeredAt.map((d) => d.getTime());
		// once per group: the roll-ups take exactly the answers just inserted, and recount the
		// answered interactions of the days their one-time links' interactions came in
		await onDataChanged(tx, {
			...(answered.length
				? {
						answered: {
							from: new Date(Math.min(...answered)),
							to: new Date(Math.max(...answered))
						}
					}
				: {}),
			responses: {
				from: new Date(from),
				to: new Date(to),
				added: inserted.map((r) => ({
					submittedAt: new Date(r.submitted_at),
					channel: r.channel,
					service: r.service,
					branch: r.branch,
					linked: r.interaction_id !== null,
					csat: r.csat,
					nps: r.nps,
					ces: r.ces
				}))
			}
		});
	}
	return outcomes;
}

/** Answers per transaction, at most. */
const MAX_GROUP = 500;
/**
 * Transactions under way at once. One: on the shared two-core machine two overlapping group
 * commits were slower (≈ 735 vs ≈ 1,100–1,270 answers/s on the store alone), the roll-up refresh
 * being CPU-bound; the next group simply waits for the commit under way.
 */
const MAX_ACTIVE = 1;
/** Response ids whose outcome is remembered, so a double submit is answered without a write. */
const REMEMBERED = 100_000;

/** The queue and its committers, for one store. */
class GroupCommitter {
	private queue: Pending[] = [];
	private active = 0;
	private readonly inFlight = new Map<string, Promise<SubmitOutcome>>();
	private readonly settled = new Map<string, SubmitOutcome>();
	/** Commits made and answers they held, for the benchmark and tests. */
	readonly stats = { commits: 0, submissions: 0, largestGroup: 0 };

	constructor(private readonly store: Store) {}

	submit(submission: Submission): Promise<SubmitOutcome> {
		const id = submission.responseId;
		const settled = this.settled.get(id);
		if (settled) return Promise.resolve(settled);
		const pending = this.inFlight.get(id);
		if (pending) return pending;
		const promise = new Promise<SubmitOutcome>((resolve, reject) => {
			this.queue.push({ submission, resolve, reject });
		});
		this.inFlight.set(id, promise);
		const forget = () => this.inFlight.delete(id);
		promise.then((outcome) => {
			forget();
			this.remember(id, outcome);
		}, forget);
		this.pump();
		return promise;
	}

	private remember(id: string, outcome: SubmitOutcome): void {
		this.settled.set(id, outcome);
		if (this.settled.size > REMEMBERED) {
			this.settled.delete(this.settled.keys().next().value!);
		}
	}

	private pump(): void {
		while (this.active < MAX_ACTIVE && this.queue.length) {
			const group = this.queue.splice(0, MAX_GROUP);
			this.active++;
			void this.commit(group);
		}
	}

	/** Commits a group, then hands the slot to the next group before answering this one. */
	private async commit(group: Pending[]): Promise<void> {
		let outcomes: Map<string, SubmitOutcome> | undefined;
		try {
			outcomes = await this.write(
				group.map((p) => p.submission),
				true
			);
		} catch {
			// an id stored before this process started (a retry across a restart), or an answer the
			// database refuses: written again without the fast path, still holding the slot
			await this.commitCarefully(group);
		}
		this.active--;
		// the next group's transaction starts before these replies are written
		this.pump();
		if (outcomes) this.settle(group, outcomes);
	}

	private settle(group: Pending[], outcomes: Map<string, SubmitOutcome>): void {
		this.stats.commits++;
		this.stats.submissions += group.length;
		this.stats.largestGroup = Math.max(this.stats.largestGroup, group.length);
		for (const p of group) p.resolve(outcomes.get(p.submission.responseId) ?? 'stored');
	}

	/** Skips ids already stored; when the group still fails, one answer at a time. */
	private async commitCarefully(group: Pending[]): Promise<void> {
		try {
			this.settle(
				group,
				await this.write(
					group.map((p) => p.submission),
					false
				)
			);
		} catch (error) {
			if (group.length === 1) return group[0]!.reject(error);
			// one answer the database refuses must not take the others down
			for (const p of group) await this.commitCarefully([p]);
		}
	}

	/** One transaction; tried again when another writer's transaction conflicted with it. */
	private async write(group: Submission[], fast: boolean): Promise<Map<string, SubmitOutcome>> {
		for (let attempt = 1; ; attempt++) {
			try {
				return await this.store.transaction((tx) => writeGroup(tx, group, fast));
			} catch (error) {
				const message = error instanceof Error ? error.message : String(error);
				if (attempt >= 5 || !/conflict/i.test(message)) throw error;
			}
		}
	}
}

const committers = new WeakMap<Store, GroupCommitter>();

function committerOf(store: Store): GroupCommitter {
	let committer = committers.get(store);
	if (!committer) committers.set(store, (committer = new GroupCommitter(store)));
	return committer;
}

/**
 * Stores an answer; resolves once it is committed (with the answers that arrived alongside it).
 * Rejects when the database refused it, in which case nothing of it was stored.
 */
export function submitAnswer(store: Store, submission: Submission): Promise<SubmitOutcome> {
	return committerOf(store).submit(submission);
}

/** Commits and answers so far in this process (group sizes, for the benchmark). */
export function commitStats(store: Store): {
	commits: number;
	submissions: number;
	largestGroup: number;
} {
	return { ...committerOf(store).stats };
}
