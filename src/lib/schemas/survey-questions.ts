// A survey version's question set, as stored in survey_version.questions (JSON) and edited by
// managers. The public survey renders and validates answers from this same definition.
import { z } from 'zod';

export const questionTypes = ['csat', 'nps', 'ces', 'single', 'multiple', 'text'] as const;
export type QuestionType = (typeof questionTypes)[number];

/** The answer range of each scale type, inclusive (kept free of zod for the browser). */
export { scaleRange } from './survey-scales';

/** Question keys: stable across versions, also the response_answer.question name. */
export const questionKeySchema = z
	.string()
	.trim()
	.regex(/^[a-z][a-z0-9_]{0,39}$/, 'key: lowercase letters, digits and _ (start with a letter)');

const optionSchema = z.object({
	value: z
		.string()
		.trim()
		.regex(/^[a-z0-9][a-z0-9_-]{0,39}$/),
	text_ar: z.string().trim().min(1).max(200),
	text_en: z.string().trim().min(1).max(200)
});
export type QuestionOption = z.infer<typeof optionSchema>;

export const questionSchema = z
	.object({
		key: questionKeySchema,
		type: z.enum(questionTypes),
		required: z.boolean(),
		text_ar: z.string().trim().min(1).max(500),
		text_en: z.string().trim().min(1).max(500),
		/** For single and multiple choice only: at least two options, unique values. */
		options: z.array(optionSchema).max(20).optional()
	})
	.superRefine((question, context) => {
		const isChoice = question.type === 'single' || question.type === 'multiple';
		const options = question.options ?? [];
		if (isChoice && options.length < 2) {
			context.addIssue({
				code: 'custom',
				path: ['options'],
				message: 'a choice question needs at least two options'
			});
		}
		if (!isChoice && options.length > 0) {
			context.addIssue({
				code: 'custom',
				path: ['options'],
				message: 'only choice questions have options'
			});
		}
		if (new Set(options.map((option) => option.value)).size !== options.length) {
			context.addIssue({
				code: 'custom',
				path: ['options'],
				message: 'option values must be unique'
			});
		}
	});
export type Question = z.infer<typeof questionSchema>;

/**
 * A publishable question set: 1–30 questions, unique keys, and at most one question of each of the
 * types csat, nps and ces, whose keys are then `csat`, `nps`, `ces` (they fill the response columns
 * of the same names; every other answer goes to response_answer under its key). A text question
 * keyed `comment` fills response.comment.
 */
export const questionSetSchema = z
	.array(questionSchema)
	.min(1)
	.max(30)
	.superRefine((questions, context) => {
		const keys = questions.map((question) => question.key);
		if (new Set(keys).size !== keys.length) {
			context.addIssue({ code: 'custom', message: 'question keys must be unique' });
		}
		for (const type of ['csat', 'nps', 'ces'] as const) {
			const ofType = questions.filter((question) => question.type === type);
			if (ofType.length > 1) {
				context.addIssue({ code: 'custom', message: `at most one ${type} question` });
			}
			if (ofType.length === 1 && ofType[0]!.key !== type) {
				context.addIssue({ code: 'custom', message: `the ${type} question's key must be ${type}` });
			}
		}
		const comment = questions.find((question) => question.key === 'comment');
		if (comment && comment.type !== 'text') {
			context.addIssue({ code: 'custom', message: 'the comment question must be a text question' });
		}
	});
export type QuestionSet = z.infer<typeof questionSetSchema>;

/** Parses a stored question set (survey_version.questions); throws when it is not valid. */
export function parseQuestionSet(json: unknown): QuestionSet {
	const value = typeof json === 'string' ? (JSON.parse(json) as unknown) : json;
	return questionSetSchema.parse(value);
}
