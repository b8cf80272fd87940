// What a field phone sends to POST /f/<token>/answers: up to 100 queued answers, each with the
// submission id it was given on the phone, the survey version it was shown, the time it was given
// and the form's values. The envelope is checked as a whole; each answer on its own (one broken
// answer must not hold the others back), then with its version's answer schema.
import { z } from 'zod';

export const MAX_FIELD_BATCH = 100;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The request: `answers`, 1 to 100 of them (each read by fieldAnswer). */
export const fieldBatch = z.object({
	answers: z.array(z.unknown()).min(1).max(MAX_FIELD_BATCH)
});

/** A form's values as the phone read them (FormValues); the answer schema checks the rest. */
const formValues = z
	.record(
		z.string().max(80),
		z.union([z.string().max(10_000), z.array(z.string().max(1_000)).max(100)])
	)
	.refine((values) => Object.keys(values).length <= 100);

export const fieldAnswer = z.object({
	sid: z.string().regex(UUID),
	version: z.number().int().min(1).max(999_999),
	answeredAt: z.iso.datetime({ offset: true }),
	lang: z.enum(['ar', 'en']),
	values: formValues
});

export type FieldAnswer = z.infer<typeof fieldAnswer>;
