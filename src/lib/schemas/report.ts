// Report requests: a period key and a language; the board meeting that approved a report.
import { z } from 'zod';
import { isoDateSchema, maxId } from './common';
import { periodKeySchema } from '../domain/periods';

export const reportRequestSchema = z.object({
	period: periodKeySchema,
	lang: z.enum(['ar', 'en']).default('ar')
});

export const meetingSchema = z.object({
	id: z.coerce.number().int().positive().max(maxId),
	meetingNumber: z.string().trim().min(1).max(40),
	meetingDate: isoDateSchema
});
