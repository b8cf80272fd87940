// The first steps of a new association, as the home page's checklist shows them: which steps a
// role sees (a board member none: every step is a manager's or an admin's), where each leads,
// and the progress over the steps shown.
import type { Role } from '../roles';

export const firstStepKeys = [
	'channels',
	'import',
	'survey',
	'posters',
	'users',
	'minGroup'
] as const;
export type FirstStepKey = (typeof firstStepKeys)[number];

/** Which steps are done, as the store says (src/lib/server/first-steps.ts). */
export type FirstStepsDone = Record<FirstStepKey, boolean>;

export interface FirstStep {
	key: FirstStepKey;
	href: string;
	done: boolean;
	/** the sample interaction log, beside the import step */
	sample?: string;
}

/** Who may take each step, and the page it is taken on. */
const stepPlan: Record<FirstStepKey, { roles: readonly Role[]; href: string }> = {
	channels: { roles: ['admin'], href: '/admin/channels' },
	import: { roles: ['admin', 'manager'], href: '/ingest' },
	survey: { roles: ['admin', 'manager'], href: '/surveys' },
	posters: { roles: ['admin', 'manager'], href: '/surveys' },
	users: { roles: ['admin'], href: '/admin/users' },
	minGroup: { roles: ['admin'], href: '/admin/settings' }
};

export interface FirstSteps {
	steps: FirstStep[];
	done: number;
	total: number;
	/** every step shown is done (the checklist is no longer shown) */
	complete: boolean;
}

/**
 * The checklist for `role`: the steps it may take, in order, each with its link and whether it is
 * done. `postersHref` is the first published survey's links page, when there is one.
 */
export function firstStepsFor(
	role: Role,
	done: FirstStepsDone,
	options: { postersHref?: string; sampleHref?: string } = {}
): FirstSteps {
	const steps = firstStepKeys
		.filter((key) => stepPlan[key].roles.includes(role))
		.map((key): FirstStep => {
			const href =
				key === 'posters' && options.postersHref ? options.postersHref : stepPlan[key].href;
			return {
				key,
				href,
				done: done[key],
				...(key === 'import' && options.sampleHref ? { sample: options.sampleHref } : {})
			};
		});
	const count = steps.filter((s) => s.done).length;
	return { steps, done: count, total: steps.length, complete: count === steps.length };
}
