// The survey question editor's state and operations: the question list as the form posts it,
// add / remove / move of questions and options, and validation results as codes (the i18n file
// words them in Arabic and English). Pure: no database, no SvelteKit.
import {
	questionSetSchema,
	questionTypes,
	type QuestionSet,
	type QuestionType
} from '../schemas/survey-questions';

export interface EditableOption {
	value: string;
	text_ar: string;
	text_en: string;
}

/** A question as typed in the editor: possibly incomplete, `type` possibly unknown. */
export interface EditableQuestion {
	key: string;
	type: string;
	required: boolean;
	text_ar: string;
	text_en: string;
	options: EditableOption[];
}

export const scaleTypes = ['csat', 'nps', 'ces'] as const;
const choiceTypes: readonly string[] = ['single', 'multiple'];

export const isScaleType = (type: string): type is (typeof scaleTypes)[number] =>
	(scaleTypes as readonly string[]).includes(type);
export const isChoiceType = (type: string): boolean => choiceTypes.includes(type);
export const isQuestionType = (type: string): type is QuestionType =>
	(questionTypes as readonly string[]).includes(type);

/** The editor's rows for a stored question set. */
export function fromQuestionSet(questions: QuestionSet): EditableQuestion[] {
	return questions.map((q) => ({
		key: q.key,
		type: q.type,
		required: q.required,
		text_ar: q.text_ar,
		text_en: q.text_en,
		options: (q.options ?? []).map((o) => ({ ...o }))
	}));
}

const questionField = /^q(\d{1,2})_(key|type|required|text_ar|text_en)$/;
const optionField = /^q(\d{1,2})_o(\d{1,2})_(value|text_ar|text_en)$/;

/**
 * Reads the editor form: fields `q{i}_key`, `q{i}_type`, `q{i}_required` (present when ticked),
 * `q{i}_text_ar`, `q{i}_text_en` and `q{i}_o{j}_value|text_ar|text_en`. Questions and options come
 * in index order; gaps are closed. Indexes above 99 are ignored (the schema allows 30 and 20).
 */
export function readEditorForm(entries: Iterable<[string, unknown]>): EditableQuestion[] {
	const questions = new Map<number, EditableQuestion>();
	const options = new Map<number, Map<number, EditableOption>>();
	const question = (i: number) => {
		let q = questions.get(i);
		if (!q) {
			q = { key: '', type: 'text', required: false, text_ar: '', text_en: '', options: [] };
			questions.set(i, q);
		}
		return q;
	};
	for (const [name, raw] of entries) {
		if (typeof raw !== 'string') continue;
		const value = raw.slice(0, 1000);
		let match = questionField.exec(name);
		if (match) {
			const q = question(Number(match[1]));
			const field = match[2] as 'key' | 'type' | 'required' | 'text_ar' | 'text_en';
			if (field === 'required') q.required = true;
			else q[field] = value;
			continue;
		}
		match = optionField.exec(name);
		if (match) {
			const i = Number(match[1]);
			question(i);
			let list = options.get(i);
			if (!list) options.set(i, (list = new Map()));
			const j = Number(match[2]);
			let option = list.get(j);
			if (!option) list.set(j, (option = { value: '', text_ar: '', text_en: '' }));
			option[match[3] as keyof EditableOption] = value;
		}
	}
	return [...questions.entries()]
		.sort(([a], [b]) => a - b)
		.map(([i, q]) => ({
			...q,
			options: [...(options.get(i)?.entries() ?? [])].sort(([a], [b]) => a - b).map(([, o]) => o)
		}));
}

const blankOption = (o: EditableOption) => !o.text_ar.trim() && !o.text_en.trim();

/**
 * What is validated and stored: a scale question's key is its type (the schema's rule), options
 * are kept only on choice questions, and option rows with neither text are left out.
 */
export function toQuestionSet(list: readonly EditableQuestion[]): unknown[] {
	return list.map((q) => {
		const base = {
			key: isScaleType(q.type) ? q.type : q.key.trim(),
			type: q.type,
			required: q.required,
			text_ar: q.text_ar.trim(),
			text_en: q.text_en.trim()
		};
		if (!isChoiceType(q.type)) return base;
		return {
			...base,
			options: q.options
				.filter((o) => !blankOption(o))
				.map((o) => ({
					value: o.value.trim(),
					text_ar: o.text_ar.trim(),
					text_en: o.text_en.trim()
				}))
		};
	});
}

/** The first `prefix{n}` (n = 1, 2, …) not in `taken`. */
function freeName(prefix: string, taken: Iterable<string>): string {
	const used = new Set(taken);
	for (let n = 1; ; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

const emptyOption = (taken: EditableOption[]): EditableOption => ({
	value: freeName(
		'o',
		taken.map((o) => o.value)
	),
	text_ar: '',
	text_en: ''
});

/**
 * Appends a question of `type`: a scale question keyed by its type, otherwise `q1`, `q2`, … (the
 * first key free); a choice question starts with two empty options.
 */
export function addQuestion(list: readonly EditableQuestion[], type: QuestionType) {
	const key = isScaleType(type)
		? type
		: freeName(
				'q',
				list.map((q) => q.key)
			);
	const options: EditableOption[] = [];
	if (isChoiceType(type)) {
		options.push(emptyOption(options));
		options.push(emptyOption(options));
	}
	return [...list, { key, type, required: false, text_ar: '', text_en: '', options }];
}

/** Removes question `index`; an index out of range changes nothing. */
export function removeQuestion(list: readonly EditableQuestion[], index: number) {
	return list.filter((_, i) => i !== index);
}

function swapUp<T>(items: readonly T[], index: number): T[] {
	const copy = [...items];
	if (index < 1 || index >= copy.length) return copy;
	[copy[index - 1], copy[index]] = [copy[index]!, copy[index - 1]!];
	return copy;
}

/** Moves question `index` one place up (moving the next one up moves this one down). */
export function moveQuestionUp(list: readonly EditableQuestion[], index: number) {
	return swapUp(list, index);
}

function withOptions(
	list: readonly EditableQuestion[],
	index: number,
	change: (options: EditableOption[]) => EditableOption[]
): EditableQuestion[] {
	return list.map((q, i) => (i === index ? { ...q, options: change(q.options) } : q));
}

/** Appends an empty option (with a free value `o1`, `o2`, …) to question `index`. */
export function addOption(list: readonly EditableQuestion[], index: number) {
	return withOptions(list, index, (options) => [...options, emptyOption(options)]);
}

export function removeOption(list: readonly EditableQuestion[], index: number, option: number) {
	return withOptions(list, index, (options) => options.filter((_, j) => j !== option));
}

export function moveOptionUp(list: readonly EditableQuestion[], index: number, option: number) {
	return withOptions(list, index, (options) => swapUp(options, option));
}

/**
 * Rows the editor shows: a choice question gets empty option rows up to two, so a question whose
 * type was just changed to a choice can be given its options without another round trip.
 */
export function withOptionRows(list: readonly EditableQuestion[]): EditableQuestion[] {
	return list.map((q) => {
		if (!isChoiceType(q.type)) return q;
		const options = [...q.options];
		while (options.length < 2) options.push(emptyOption(options));
		return { ...q, options };
	});
}

/** An editing step named by the button pressed: `q3` is question 3, `q3o1` its option 1. */
export type EditTarget = { question: number; option?: number };

export function parseTarget(value: unknown): EditTarget | undefined {
	if (typeof value !== 'string') return undefined;
	const match = /^q(\d{1,2})(?:o(\d{1,2}))?$/.exec(value);
	if (!match) return undefined;
	return match[2] === undefined
		? { question: Number(match[1]) }
		: { question: Number(match[1]), option: Number(match[2]) };
}

export type EditAction = 'add' | 'remove' | 'up';

/**
 * One editing step, from the button pressed: `add` with target `new` and a question `type` adds a
 * question, with target `q3` an option to question 3; `remove` and `up` take `q3` (a question)
 * or `q3o1` (option 1 of question 3). Undefined when the step does not fit the list.
 */
export function applyEdit(
	list: readonly EditableQuestion[],
	action: EditAction,
	input: { target?: unknown; type?: unknown }
): EditableQuestion[] | undefined {
	if (action === 'add' && input.target === 'new') {
		return typeof input.type === 'string' && isQuestionType(input.type)
			? addQuestion(list, input.type)
			: undefined;
	}
	const target = parseTarget(input.target);
	const question = target ? list[target.question] : undefined;
	if (!target || !question) return undefined;
	if (target.option === undefined) {
		if (action === 'add')
			return isChoiceType(question.type) ? addOption(list, target.question) : undefined;
		return action === 'remove'
			? removeQuestion(list, target.question)
			: moveQuestionUp(list, target.question);
	}
	if (action === 'add' || target.option >= question.options.length) return undefined;
	return action === 'remove'
		? removeOption(list, target.question, target.option)
		: moveOptionUp(list, target.question, target.option);
}

export type EditorErrorCode =
	| 'no_questions'
	| 'too_many_questions'
	| 'required'
	| 'too_long'
	| 'bad_key'
	| 'bad_type'
	| 'bad_option_value'
	| 'choice_needs_options'
	| 'too_many_options'
	| 'duplicate_option_value'
	| 'duplicate_key'
	| 'one_per_type'
	| 'scale_key'
	| 'comment_text'
	| 'invalid';

/** One problem, placed at a question (index), an option of it, and a field when known. */
export interface EditorError {
	code: EditorErrorCode;
	question?: number;
	option?: number;
	field?: 'key' | 'type' | 'text_ar' | 'text_en' | 'options' | 'value';
	/** the question type concerned (one_per_type, scale_key) */
	type?: string;
}

const fields = new Set(['key', 'type', 'text_ar', 'text_en', 'options', 'value']);

function fromIssue(issue: {
	code: string;
	path: PropertyKey[];
	message: string;
	origin?: string;
}): EditorError {
	const [q, second, o, last] = issue.path;
	const question = typeof q === 'number' ? q : undefined;
	const option = second === 'options' && typeof o === 'number' ? o : undefined;
	const fieldName = option !== undefined ? last : second;
	const field =
		typeof fieldName === 'string' && fields.has(fieldName)
			? (fieldName as EditorError['field'])
			: undefined;
	const at = { question, option, field };
	if (question === undefined) {
		if (issue.code === 'too_small') return { code: 'no_questions' };
		if (issue.code === 'too_big') return { code: 'too_many_questions' };
		const type = /(csat|nps|ces)/.exec(issue.message)?.[1];
		if (/keys must be unique/.test(issue.message)) return { code: 'duplicate_key' };
		if (/at most one/.test(issue.message)) return { code: 'one_per_type', type };
		if (/key must be/.test(issue.message)) return { code: 'scale_key', type };
		if (/comment/.test(issue.message)) return { code: 'comment_text' };
		return { code: 'invalid' };
	}
	if (field === 'options' && option === undefined) {
		if (issue.code === 'too_big') return { ...at, code: 'too_many_options' };
		if (/at least two/.test(issue.message)) return { ...at, code: 'choice_needs_options' };
		if (/unique/.test(issue.message)) return { ...at, code: 'duplicate_option_value' };
		return { ...at, code: 'invalid' };
	}
	if (issue.code === 'too_small') return { ...at, code: 'required' };
	if (issue.code === 'too_big') return { ...at, code: 'too_long' };
	if (field === 'type') return { ...at, code: 'bad_type' };
	if (field === 'key') return { ...at, code: 'bad_key' };
	if (field === 'value') return { ...at, code: 'bad_option_value' };
	return { ...at, code: 'invalid' };
}

/**
 * The rules on the whole set, checked here too because the schema checks them only once every
 * question is valid on its own; each is placed on the questions concerned.
 */
function setErrors(set: readonly Record<string, unknown>[]): EditorError[] {
	const errors: EditorError[] = [];
	const byKey = new Map<string, number[]>();
	set.forEach((q, i) => {
		const key = String(q.key ?? '');
		if (key) byKey.set(key, [...(byKey.get(key) ?? []), i]);
	});
	for (const [key, indexes] of byKey) {
		// two scale questions of one type share its key: reported once, as one_per_type
		if (indexes.length > 1 && !isScaleType(key))
			for (const i of indexes) errors.push({ code: 'duplicate_key', question: i, field: 'key' });
	}
	for (const type of scaleTypes) {
		const indexes = set.flatMap((q, i) => (q.type === type ? [i] : []));
		if (indexes.length > 1)
			for (const i of indexes.slice(1))
				errors.push({ code: 'one_per_type', question: i, field: 'type', type });
	}
	set.forEach((q, i) => {
		const type = String(q.type);
		if (isScaleType(type) && q.key !== type)
			errors.push({ code: 'scale_key', question: i, field: 'key', type });
		if (q.key === 'comment' && q.type !== 'text')
			errors.push({ code: 'comment_text', question: i, field: 'key' });
	});
	return errors;
}

const setLevel = new Set<EditorErrorCode>([
	'duplicate_key',
	'one_per_type',
	'scale_key',
	'comment_text'
]);

export type EditorCheck =
	{ ok: true; questions: QuestionSet } | { ok: false; errors: EditorError[] };

/** Validates the editor's list with the shared question-set schema. */
export function checkQuestions(list: readonly EditableQuestion[]): EditorCheck {
	const set = toQuestionSet(list);
	const parsed = questionSetSchema.safeParse(set);
	if (parsed.success) return { ok: true, questions: parsed.data };
	const errors: EditorError[] = setErrors(set as Record<string, unknown>[]);
	const seen = new Set(errors.map((e) => `${e.code}|${e.question}|${e.option}|${e.field}`));
	for (const issue of parsed.error.issues) {
		const error = fromIssue(issue);
		// the set-level rules are placed on their questions by setErrors
		if (error.question === undefined && setLevel.has(error.code)) continue;
		const id = `${error.code}|${error.question}|${error.option}|${error.field}`;
		if (seen.has(id)) continue;
		seen.add(id);
		errors.push(error);
	}
	return { ok: false, errors };
}
