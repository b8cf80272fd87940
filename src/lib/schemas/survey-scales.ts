// The answer range of each scale question type, in a module of its own (no zod) so that the
// browser's survey script can use it without the question-set schema.

/** The answer range of each scale type, inclusive. */
export const scaleRange = {
	csat: { min: 1, max: 5 },
	nps: { min: 0, max: 10 },
	ces: { min: 1, max: 7 }
} as const satisfies Record<'csat' | 'nps' | 'ces', { min: number; max: number }>;
