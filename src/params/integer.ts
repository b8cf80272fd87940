import type { ParamMatcher } from '@sveltejs/kit';

/** A positive whole number such as a report id. */
export const match = ((param: string) => /^[1-9]\d{0,9}$/.test(param)) satisfies ParamMatcher;
