import { commissionFrames } from '../frames/commissionFrame';
import { checkCommissionQuery, COMMISSION_SCOPE, type CompiledCommission, compileCommission } from '../sql/commission';
import type { CommissionQuery } from '../types';
import type { QueryKindDef } from './types';

/** Each rep's payout under their plan for the plan periods the range touches. */
export const commissionKind: QueryKindDef<CommissionQuery, CompiledCommission> = {
  kind: 'commission',
  defaults: () => ({ kind: 'commission', period: 'plan' }),
  scope: () => ({
    tables: [
      'comp_plans',
      'comp_plan_tiers',
      'comp_assignments',
      'comp_adjustments',
      'opportunities',
      'payments',
      'invoices',
      'targets',
      'reps',
    ],
    dimensions: [COMMISSION_SCOPE],
  }),
  check: (query) => void checkCommissionQuery(query),
  variableFields: { lists: ['groupBy'], singles: ['whatIf'] },
  compile: (query, context) => compileCommission(query, context),
  toFrames: (compiled, rows, _query, context) => commissionFrames(compiled, rows, context.display, context.refId),
};
