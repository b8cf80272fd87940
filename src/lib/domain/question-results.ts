// Results of survey questions other than csat / nps / ces / comment: how many answered each, and
// for choice questions the share of each option, with the small-group rule applied per question.
import { tooFew } from './suppression';

export interface QuestionDefinition {
	key: string;
	type: string;
	text_ar: string;
	text_en: string;
	options?: readonly { value: string; text_ar: string; text_en: string }[];
}

/** Stored answers of one question with one value (response_answer rows, counted). */
export interface AnswerCount {
	question: string;
	value: string;
	answers: number;
}

export interface OptionResult {
	value: string;
	text_ar: string | null;
	text_en: string | null;
	count: number;
	/** count ÷ people who answered the question × 100 (multiple choice may add up past 100) */
	percent: number;
}

export interface QuestionResult {
	key: string;
	/** single, multiple, text; `other` for answers with no published definition (ingested columns) */
	type: 'single' | 'multiple' | 'text' | 'other';
	text_ar: string | null;
	text_en: string | null;
	/** people who answered the question */
	n: number;
	/** answers behind the option figures (the rest are pooled with answers outside the group) */
	scored_n: number;
	/** answers but no option figures: too few, or none in an anonymity block inside the group */
	suppressed: boolean;
	/** null for free text and for suppressed questions */
	options: OptionResult[] | null;
}

/** Beyond this many distinct values an undefined question is read as free text, not categories. */
export const maxCategories = 12;

/**
 * The choices in a stored multiple-choice answer: a JSON array of option values, or values
 * separated by `;`, `|`, `,` or the Arabic comma.
 */
export function splitChoices(value: string): string[] {
	const text = value.trim();
	if (text.startsWith('[')) {
		try {
			const parsed: unknown = JSON.parse(text);
			if (Array.isArray(parsed)) return [...new Set(parsed.map(String).filter(Boolean))];
		} catch {
			// not JSON after all: split as text below
		}
	}
	return [
		...new Set(
			text
				.split(/[;|,،]/)
				.map((choice) => choice.trim())
				.filter(Boolean)
		)
	];
}

/**
 * Question results from answer counts. `n` of a question = its stored answers (one per response).
 * The option figures come from `scored` (the answers in anonymity blocks lying wholly inside the
 * group; all of `counts` when not given); a question with 1 … min−1 answers, or with none scored,
 * keeps `n` only.
 * Options of a defined choice question come in the definition's order, with unanswered options at
 * 0; other values after them by count.
 */
export function questionResults(
	counts: readonly AnswerCount[],
	definitions: ReadonlyMap<string, QuestionDefinition>,
	minGroupSize: number,
	scored?: ReadonlyMap<string, readonly AnswerCount[]>
): QuestionResult[] {
	const byQuestion = new Map<string, AnswerCount[]>();
	for (const row of counts) {
		const rows = byQuestion.get(row.question) ?? [];
		rows.push(row);
		byQuestion.set(row.question, rows);
	}
	return [...byQuestion.entries()]
		.map(([key, rows]) => {
			const definition = definitions.get(key);
			const type = kindOf(definition?.type);
			const n = rows.reduce((sum, row) => sum + row.answers, 0);
			const scoredRows = scored ? (scored.get(key) ?? []) : rows;
			const scoredN = scoredRows.reduce((sum, row) => sum + row.answers, 0);
			const suppressed = tooFew(n, minGroupSize) || (n > 0 && scoredN === 0);
			const base = {
				key,
				type,
				text_ar: definition?.text_ar ?? null,
				text_en: definition?.text_en ?? null,
				n,
				scored_n: suppressed ? 0 : scoredN,
				suppressed
			};
			const categorical =
				type === 'single' ||
				type === 'multiple' ||
				(type === 'other' && rows.length <= maxCategories);
			if (suppressed || !categorical || n === 0) return { ...base, options: null };
			return { ...base, options: options(scoredRows, type, definition, scoredN) };
		})
		.sort((a, b) => order(a.key, definitions) - order(b.key, definitions));
}

function kindOf(type: string | undefined): QuestionResult['type'] {
	return type === 'single' || type === 'multiple' || type === 'text' ? type : 'other';
}

function order(key: string, definitions: ReadonlyMap<string, QuestionDefinition>): number {
	const index = [...definitions.keys()].indexOf(key);
	return index === -1 ? Number.MAX_SAFE_INTEGER : index;
}

function options(
	rows: readonly AnswerCount[],
	type: QuestionResult['type'],
	definition: QuestionDefinition | undefined,
	n: number
): OptionResult[] {
	const counts = new Map<string, number>();
	for (const option of definition?.options ?? []) counts.set(option.value, 0);
	for (const row of rows) {
		const values = type === 'multiple' ? splitChoices(row.value) : [row.value];
		for (const value of values) counts.set(value, (counts.get(value) ?? 0) + row.answers);
	}
	const defined = new Map((definition?.options ?? []).map((option) => [option.value, option]));
	return [...counts.entries()]
		.map(([value, count]) => ({
			value,
			text_ar: defined.get(value)?.text_ar ?? null,
			text_en: defined.get(value)?.text_en ?? null,
			count,
			percent: (count / n) * 100
		}))
		.sort((a, b) => {
			const [ia, ib] = [rank(a.value, defined), rank(b.value, defined)];
			return ia - ib || b.count - a.count || a.value.localeCompare(b.value);
		});
}

function rank(value: string, defined: ReadonlyMap<string, unknown>): number {
	const index = [...defined.keys()].indexOf(value);
	return index === -1 ? Number.MAX_SAFE_INTEGER : index;
}
