// Constants shared by the metrics-fixtures-*.test.ts files (issue 4's hand-computed fixtures).
import { policyChannels } from './metrics-store';

/** The normal quantile of a two-sided 95% interval. */
export const Z = 1.959964;
export const channels = policyChannels;
/** Every active channel at 0 / null. */
export const zeros = Object.fromEntries(channels.map((c) => [c, 0]));
export const nulls = Object.fromEntries(channels.map((c) => [c, null]));
