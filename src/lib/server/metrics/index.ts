// The metrics engine's API for pages, reports and scripts (see README "Metrics engine").
export {
	computeComparison,
	computeFigures,
	computeMetrics,
	computeQuestionResults,
	computeSegments,
	computeScoreTrends,
	computeTrends,
	computeTurnaroundDistribution,
	figureChanges,
	metricsFilterSchema,
	MetricsError,
	parseMetricsFilter,
	toMetrics,
	listChannels,
	type ComputeOptions,
	type MetricsErrorCode,
	type Source
} from './compute';
export { ensureRollups, rebuildRollups, rebuildRollupsIn, refreshRollups } from './rollups';
export { cutoffOf } from './turnaround';
export * from './types';
export { metricsTable, type ChannelName } from './table';
