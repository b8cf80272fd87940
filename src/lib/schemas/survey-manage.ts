// What the survey management forms send: a new survey, its titles, state changes, one-time links.
import { z } from 'zod';
import { periodDatesSchema } from '../domain/periods';

const checkbox = z
	.union([z.literal('on'), z.literal('true'), z.literal('')])
	.optional()
	.transform((v) => v === 'on' || v === 'true');

/** The survey's address part: lowercase letters, digits and -, as the survey table requires. */
export const surveySlugSchema = z
	.string()
	.trim()
	.toLowerCase()
	.regex(/^[a-z0-9][a-z0-9-]{0,62}$/);

const title = z.string().trim().min(1).max(200);

export const surveyCreateSchema = z.object({
	slug: surveySlugSchema,
	title_ar: title,
	title_en: title
});
export type SurveyCreateInput = z.infer<typeof surveyCreateSchema>;

export const surveyMetaSchema = z.object({
	title_ar: title,
	title_en: title,
	embeddable: checkbox
});
export type SurveyMetaInput = z.infer<typeof surveyMetaSchema>;

/** Publishing names the draft version the manager reviewed, so a different draft is never published. */
export const surveyPublishSchema = z.object({ version: z.coerce.number().int().min(1) });

/** Closing and reopening name the state the manager saw. */
export const surveyStatusSchema = z.object({ status: z.enum(['draft', 'active', 'closed']) });

export const channelCodeSchema = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);

/** One-time links for the interactions received between two local days, optionally of one channel. */
export const tokenRequestSchema = z
	.object({
		from: z.string().trim(),
		to: z.string().trim(),
		channel: z
			.union([z.literal(''), channelCodeSchema])
			.optional()
			.transform((v) => v || undefined)
	})
	.superRefine((value, context) => {
		const dates = periodDatesSchema.safeParse({ from: value.from, to: value.to });
		if (!dates.success)
			for (const issue of dates.error.issues)
				context.addIssue({ code: 'custom', path: issue.path, message: issue.message });
	});
export type TokenRequest = z.infer<typeof tokenRequestSchema>;
