import { funnelFrame } from '../frames/funnelFrame';
import { checkFunnelQuery, type CompiledFunnel, compileFunnel, FUNNEL_SCOPE } from '../sql/funnel';
import type { FunnelQuery } from '../types';
import type { QueryKindDef } from './types';

/** Deals through the stages: reached, strictly in order, or as they stand now. */
export const funnelKind: QueryKindDef<FunnelQuery, CompiledFunnel> = {
  kind: 'funnel',
  defaults: () => ({ kind: 'funnel', mode: 'reached', measure: 'count' }),
  scope: () => ({
    tables: ['opportunities', 'opportunity_stage_history', 'reps', 'products', 'customers', 'stages'],
    dimensions: [FUNNEL_SCOPE],
  }),
  check: (query) => void checkFunnelQuery(query),
  variableFields: { lists: ['groupBy'] },
  compile: (query, context) => compileFunnel(query, context),
  toFrames: (compiled, rows, _query, context) => [funnelFrame(compiled, rows, context.display, context.refId)],
};
