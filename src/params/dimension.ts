import type { ParamMatcher } from '@sveltejs/kit';

/** The segment pages of the dashboard: /dashboard/channels, /services, /branches, /teams. */
export const match = ((param: string): param is 'channels' | 'services' | 'branches' | 'teams' =>
	['channels', 'services', 'branches', 'teams'].includes(param)) satisfies ParamMatcher;
