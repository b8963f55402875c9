/** The pure analytics the engine feeds from SQL: funnel, pacing, target proration, scorecard, forecast. */
export { funnelStages } from './funnel';
export type { FunnelInput, FunnelInputRow, FunnelStageDefinition, FunnelStageResult } from './funnel';
export { pace, elapsedShare, statusOf, DEFAULT_PACE_THRESHOLDS } from './pacing';
export type { DailyValue, Elapsed, ElapsedOptions, PaceInput, PaceResult, PaceStatus, PaceThresholds } from './pacing';
export { prorateTarget } from './proration';
export type { TargetPeriodRow } from './proration';
export type { ZonedRange } from './calendar';
export { scorecard, previousRanks, TARGET_CAP } from './scorecard';
export type { ScorecardEntityInput, ScorecardInput, ScorecardMetricResult, ScorecardRow } from './scorecard';
export * from './forecast';
