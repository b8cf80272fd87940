// The metrics engine's API for pages, reports and scripts (see README "Metrics engine").
export { computeComparison } from './comparison';
export { loadContext, parseMetricsFilter, type ComputeOptions, type Source } from './context';
export { MetricsError, type MetricsErrorCode } from './errors';
export { computeFigures, computeMetrics, toMetrics } from './figures';
export { computeQuestionResults, listChannels } from './questions';
export { ensureRollups, rebuildRollups, rebuildRollupsIn, refreshRollups } from './rollups';
export { computeSegments } from './segments';
export {
	computeScoreTrends,
	computeTrends,
	computeTurnaroundTrends,
	type TrendOptions
} from './trends';
export { computeTurnaroundDistribution, cutoffOf } from './turnaround';
export * from './types';
export { metricsTable, type ChannelName } from './table';
export { figureChanges } from '../../domain/figure-changes';
export { metricsFilterSchema } from '../../schemas/metrics-filter';
