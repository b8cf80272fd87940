// The one filter of the metrics engine: a period of calendar days and optional segment values.
// The dashboard's URL filter (dashboard-filter.ts) and the engine (server/metrics) both use these
// rules, so a value the dashboard accepts is one the engine accepts, and the other way round.
import { z } from 'zod';
import { periodDatesSchema } from '../domain/periods';

export const interactionTypes = ['inquiry', 'support_request', 'complaint', 'suggestion'] as const;
export type InteractionType = (typeof interactionTypes)[number];

/** A channel code as settings define it (lower-case letters, digits, underscore). */
export const channelCode = z
	.string()
	.regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be a channel code such as phone');

/**
 * A service, branch or team as the interaction log names it: trimmed text of up to 10,000
 * characters (the longest value an import stores), with the punctuation of names (& ( ) . / , -)
 * but no markup or quoting characters (< > " ' \ ;) and no control characters. Values are always
 * bound as SQL parameters; the narrower alphabet keeps URLs and logs of filters plain.
 */
export const segmentValue = z
	.string()
	.trim()
	.min(1)
	.max(10_000)
	.regex(/^[^\p{Cc}<>"'\\;]+$/u, 'contains characters a name cannot have');

/** zod schema of MetricsFilter (period dates valid, from ≤ to, values well-formed). */
export const metricsFilterSchema = z
	.object({
		from: z.string(),
		to: z.string(),
		channel: channelCode.optional(),
		type: z.enum(interactionTypes).optional(),
		service: segmentValue.optional(),
		branch: segmentValue.optional(),
		team: segmentValue.optional()
	})
	.superRefine((value, ctx) => {
		const dates = periodDatesSchema.safeParse({ from: value.from, to: value.to });
		if (!dates.success)
			for (const issue of dates.error.issues) ctx.addIssue({ ...issue, code: 'custom' });
	});
