// The answers to one survey version, as the public form posts them. The same schema validates in
// the form action and in the browser's survey script, so it is built with zod/mini (a few KB in
// the browser) from a slim copy of the question set.
//
// Form fields: `sid` (submission id, a UUID made when the form was shown), `v` (the version shown;
// read by the server before the schema, to pick the questions), `lang`, `channel` and `branch`
// (from the link or asked), `website` (the honeypot, checked before the schema) and `q_<key>` per
// question. A multiple-choice question posts its name once per ticked option.
import * as z from 'zod/mini';
import { scaleRange } from './survey-scales';
import type { QuestionSet, QuestionType } from './survey-questions';

/** Longest text answer kept, in characters (after trimming). */
export const TEXT_MAX = 1000;

/** What the browser needs of a question to validate its answer. */
export interface AnswerQuestion {
	key: string;
	type: QuestionType;
	required: boolean;
	/** Option values of a choice question, in display order. */
	options?: string[];
}

/** Allowed channel and branch codes (empty: the form carries none). */
export interface AnswerContext {
	channels: readonly string[];
	branches: readonly string[];
}

export type AnswerErrorCode = 'required' | 'scale' | 'choice' | 'too_long' | 'invalid' | 'form';

/** What a person sent, as typed: kept to show the form again after an error. */
export type FormValues = Record<string, string | string[]>;

export interface ParsedAnswers {
	sid: string;
	lang: 'ar' | 'en' | undefined;
	channel: string | null;
	branch: string | null;
	/** By question key: a number (scales), a string (text, single choice) or option values. */
	answers: Record<string, number | string | string[]>;
}

export type AnswerResult =
	| { success: true; data: ParsedAnswers }
	| { success: false; errors: Record<string, AnswerErrorCode> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The form field of a question. */
export function questionField(key: string): string {
	return `q_${key}`;
}

/** The slim copy of a question set that the page hands to the browser. */
export function answerQuestions(questions: QuestionSet): AnswerQuestion[] {
	return questions.map((q) => ({
		key: q.key,
		type: q.type,
		required: q.required,
		...(q.options ? { options: q.options.map((o) => o.value) } : {})
	}));
}

/** Collects form entries: repeated names become lists (in order), files are ignored. */
export function formValues(entries: Iterable<[string, unknown]>): FormValues {
	const values: FormValues = {};
	for (const [name, value] of entries) {
		if (typeof value !== 'string') continue;
		const seen = values[name];
		if (seen === undefined) values[name] = value;
		else if (Array.isArray(seen)) seen.push(value);
		else values[name] = [seen, value];
	}
	return values;
}

/** Trims text and drops empty values, so that an untouched field counts as not answered. */
function cleaned(values: FormValues): Record<string, string | string[]> {
	const out: Record<string, string | string[]> = {};
	for (const [name, value] of Object.entries(values)) {
		if (Array.isArray(value)) {
			const kept = value.map((v) => v.trim()).filter(Boolean);
			if (kept.length) out[name] = kept;
		} else {
			const kept = value.trim();
			if (kept) out[name] = kept;
		}
	}
	return out;
}

const absentOr = (code: AnswerErrorCode) => (issue: { input?: unknown }) =>
	issue.input === undefined ? 'required' : code;

function scale(min: number, max: number) {
	return z.pipe(
		z
			.string({ error: absentOr('scale') })
			.check(z.refine((s) => /^\d{1,2}$/.test(s) && +s >= min && +s <= max, 'scale')),
		z.transform(Number)
	);
}

function oneOf(values: readonly string[]) {
	return z
		.string({ error: absentOr('choice') })
		.check(z.refine((s) => values.includes(s), 'choice'));
}

function someOf(values: readonly string[]) {
	return z
		.pipe(
			z.union([z.string(), z.array(z.string())], { error: absentOr('choice') }),
			z.transform((v) => {
				const chosen = Array.isArray(v) ? v : [v];
				return chosen.every((c) => values.includes(c))
					? values.filter((option) => chosen.includes(option))
					: null;
			})
		)
		.check(z.refine((v) => v !== null, 'choice'));
}

function answerSchemaOf(question: AnswerQuestion) {
	switch (question.type) {
		case 'csat':
		case 'nps':
		case 'ces':
			return scale(scaleRange[question.type].min, scaleRange[question.type].max);
		case 'single':
			return oneOf(question.options ?? []);
		case 'multiple':
			return someOf(question.options ?? []);
		case 'text':
			return z.string({ error: absentOr('invalid') }).check(z.maxLength(TEXT_MAX, 'too_long'));
	}
}

/** The schema of a form for `questions`; build it once per version and context. */
export function answerSchema(questions: readonly AnswerQuestion[], context: AnswerContext) {
	const shape: Record<string, z.ZodMiniType> = {
		sid: z.string({ error: 'form' }).check(z.regex(UUID, 'form')),
		lang: z.optional(oneOf(['ar', 'en'])),
		channel: z.optional(oneOf(context.channels)),
		branch: z.optional(oneOf(context.branches))
	};
	for (const question of questions) {
		const schema = answerSchemaOf(question);
		shape[questionField(question.key)] = question.required ? schema : z.optional(schema);
	}
	return { questions, schema: z.object(shape) };
}

export type AnswerSchema = ReturnType<typeof answerSchema>;

/** Validates a submitted form; errors are keyed by field name (`form` for the hidden fields). */
export function parseAnswers(built: AnswerSchema, values: FormValues): AnswerResult {
	const result = built.schema.safeParse(cleaned(values));
	if (!result.success) {
		const errors: Record<string, AnswerErrorCode> = {};
		for (const issue of result.error.issues) {
			const field = String(issue.path[0] ?? 'form');
			const target = field.startsWith('q_') || field === 'channel' || field === 'branch';
			errors[target ? field : 'form'] ??= issue.message as AnswerErrorCode;
		}
		return { success: false, errors };
	}
	const data = result.data as Record<string, unknown>;
	const answers: ParsedAnswers['answers'] = {};
	for (const question of built.questions) {
		const value = data[questionField(question.key)];
		if (value !== undefined) answers[question.key] = value as number | string | string[];
	}
	return {
		success: true,
		data: {
			sid: data.sid as string,
			lang: data.lang as ParsedAnswers['lang'],
			channel: (data.channel as string | undefined) ?? null,
			branch: (data.branch as string | undefined) ?? null,
			answers
		}
	};
}
