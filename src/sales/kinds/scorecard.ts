import { scorecardFrame } from '../frames/scorecardFrame';
import { checkScorecardQuery, type CompiledScorecard, compileScorecard } from '../sql/scorecard';
import type { ScorecardQuery } from '../types';
import { knownMetrics, metricsScope } from './scopes';
import type { QueryKindDef } from './types';

/** Reps, teams or regions ranked on weighted metrics, each against its target where it has one. */
export const scorecardKind: QueryKindDef<ScorecardQuery, CompiledScorecard> = {
  kind: 'scorecard',
  defaults: () => ({
    kind: 'scorecard',
    entity: 'rep',
    metrics: [
      { id: 'bookings', weight: 2 },
      { id: 'win_rate', weight: 1 },
      { id: 'visits_completed', weight: 1 },
    ],
    normalize: 'percentile',
    grain: 'month',
  }),
  scope: (query) =>
    metricsScope(knownMetrics((Array.isArray(query.metrics) ? query.metrics : []).map((metric) => metric?.id)), [
      'targets',
    ]),
  check: (query) => void checkScorecardQuery(query),
  variableFields: { singles: ['entity'] },
  compile: (query, context) => compileScorecard(query, context),
  toFrames: (compiled, rows, _query, context) => [scorecardFrame(compiled, rows, context.display, context.refId)],
};
