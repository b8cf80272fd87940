// An improvement action against a finding, as the form sends it. Teams, never individuals.
import { z } from 'zod';
import { isoDateSchema } from './common';

export const findingKinds = ['channel', 'service', 'branch', 'figure'] as const;
export const actionStatuses = ['open', 'in_progress', 'done', 'dropped'] as const;

export const improvementActionSchema = z.object({
	findingKind: z.enum(findingKinds),
	findingValue: z.string().trim().min(1).max(100),
	title: z.string().trim().min(3).max(200),
	description: z.string().trim().max(2000).default(''),
	team: z.string().trim().max(100).default(''),
	dueDate: z.union([z.literal(''), isoDateSchema]).default(''),
	status: z.enum(actionStatuses).default('open')
});

export type ImprovementActionInput = z.infer<typeof improvementActionSchema>;
