import { salesError } from '../errors';
import type { FunnelMeasure, FunnelMode } from '../types';
import { describe, finiteNumber, finiteOrNull, nonNegative, oneOf } from './checks';
import { ratio } from './ratio';

/** One stage of the funnel as the catalog defines it (open stages by position, then the won stage). */
export interface FunnelStageDefinition {
  stage: string;
  /** the stages table's position; only its order matters */
  position: number;
}

/**
 * One row of the funnel SQL: per group and stage,
 * - mode `reached`: the opportunities of the cohort whose FURTHEST stage is this one (won deals have the
 *   won stage as their furthest, so they count as reaching every stage);
 * - modes `strict` and `snapshot`: the opportunities counted at this stage directly.
 * A stage without a row counts 0. NULL counts and amounts (SQL's SUM over no rows) count 0.
 */
export interface FunnelInputRow {
  /** group field values, one per groupBy field; omitted without groupBy */
  group?: Record<string, string | null>;
  stage: string;
  count: number | null;
  amount: number | null;
  /** snapshot mode only */
  weightedAmount?: number | null;
  medianDaysInStage?: number | null;
  meanDaysInStage?: number | null;
}

export interface FunnelInput {
  mode: FunnelMode;
  measure: FunnelMeasure;
  stages: FunnelStageDefinition[];
  /** names of the group fields (the frame's group fields); empty or omitted for one company-wide funnel */
  groupBy?: string[];
  rows: FunnelInputRow[];
}

/** One row of the funnel frame (docs/frames.md): keys are the frame's field names. */
export interface FunnelStageResult {
  group: Record<string, string | null>;
  stage: string;
  position: number;
  value: number;
  count: number;
  amount: number;
  weighted_amount: number | null;
  conversion_from_previous: number | null;
  conversion_from_first: number | null;
  drop_off: number | null;
  median_days_in_stage: number | null;
  mean_days_in_stage: number | null;
}

interface StageTotals {
  count: number;
  amount: number;
  weightedAmount: number;
  medianDays: number | null;
  meanDays: number | null;
}

/**
 * The per-stage funnel of docs/frames.md, per group in order of first appearance, stages in funnel
 * order. Conversions are null where their denominator is empty (0), never NaN, Infinity or 0, and
 * for a snapshot (conversion and drop-off too).
 */
export function funnelStages(input: FunnelInput): FunnelStageResult[] {
  const mode = oneOf(input.mode, ['reached', 'strict', 'snapshot'] as const, 'The funnel mode');
  const measure = oneOf(input.measure, ['count', 'amount'] as const, 'The funnel measure');
  const stages = orderedStages(input.stages);
  const groupBy = input.groupBy ?? [];
  const groups = groupRows(input.rows, stages, groupBy);

  return groups.flatMap(({ group, byStage }) => {
    const totals = stages.map((definition) => byStage.get(definition.stage) ?? emptyTotals());
    const counted = mode === 'reached' ? reachedTotals(totals) : totals;
    const values = counted.map((totals) => (measure === 'count' ? totals.count : totals.amount));
    // a snapshot has no flow between stages: deals in one stage never passed through the next
    const flows = mode !== 'snapshot';
    return counted.map((totals, index) => ({
      group,
      stage: stages[index].stage,
      position: index + 1,
      value: values[index],
      count: totals.count,
      amount: totals.amount,
      weighted_amount: mode === 'snapshot' ? totals.weightedAmount : null,
      conversion_from_previous: !flows || index === 0 ? null : ratio(values[index], values[index - 1]),
      conversion_from_first: flows ? ratio(values[index], values[0]) : null,
      drop_off: !flows || index === 0 ? null : values[index - 1] - values[index],
      median_days_in_stage: totals.medianDays,
      mean_days_in_stage: totals.meanDays,
    }));
  });
}

/** reached(k) = Σ over opportunities whose furthest stage is at or after k. */
function reachedTotals(furthest: StageTotals[]): StageTotals[] {
  const reached: StageTotals[] = [];
  let count = 0;
  let amount = 0;
  for (let index = furthest.length - 1; index >= 0; index--) {
    count += furthest[index].count;
    amount += furthest[index].amount;
    reached[index] = { ...furthest[index], count, amount };
  }
  return reached;
}

function orderedStages(stages: FunnelStageDefinition[]): FunnelStageDefinition[] {
  if (!Array.isArray(stages) || stages.length === 0) {
    throw salesError('funnel.no-stages', {}, 'invalid_value');
  }
  const names = new Set<string>();
  const positions = new Set<number>();
  for (const definition of stages) {
    if (typeof definition.stage !== 'string' || definition.stage === '') {
      throw salesError('funnel.stage-unnamed', { value: describe(definition.stage) }, 'invalid_value');
    }
    const position = finiteNumber(definition.position, `The position of stage "${definition.stage}"`);
    if (names.has(definition.stage)) {
      throw salesError('funnel.stage-twice', { stage: definition.stage }, 'invalid_value');
    }
    if (positions.has(position)) {
      throw salesError('funnel.position-twice', { position }, 'invalid_value');
    }
    names.add(definition.stage);
    positions.add(position);
  }
  return [...stages].sort((a, b) => a.position - b.position);
}

function groupRows(rows: FunnelInputRow[], stages: FunnelStageDefinition[], groupBy: string[]) {
  const known = new Set(stages.map((definition) => definition.stage));
  const groups = new Map<string, { group: Record<string, string | null>; byStage: Map<string, StageTotals> }>();
  if (groupBy.length === 0) {
    groups.set('[]', { group: {}, byStage: new Map() });
  }
  for (const row of rows) {
    if (!known.has(row.stage)) {
      throw salesError(
        'funnel.unknown-stage',
        { stage: describe(row.stage), stages: [...known].join(', ') },
        'invalid_value'
      );
    }
    const group = groupOf(row, groupBy);
    const key = JSON.stringify(groupBy.map((field) => group[field]));
    const entry = groups.get(key) ?? { group, byStage: new Map<string, StageTotals>() };
    groups.set(key, entry);
    if (entry.byStage.has(row.stage)) {
      throw salesError('funnel.row-twice', { stage: row.stage, group: key }, 'invalid_value');
    }
    entry.byStage.set(row.stage, totalsOf(row));
  }
  return [...groups.values()];
}

function groupOf(row: FunnelInputRow, groupBy: string[]): Record<string, string | null> {
  const group = row.group ?? {};
  const extra = Object.keys(group).filter((field) => !groupBy.includes(field));
  const missing = groupBy.filter((field) => !(field in group));
  if (extra.length > 0 || missing.length > 0) {
    throw salesError(
      'funnel.group-fields',
      { stage: row.stage, fields: Object.keys(group).join(', '), expected: groupBy.join(', ') },
      'invalid_value'
    );
  }
  return Object.fromEntries(groupBy.map((field) => [field, group[field]]));
}

function totalsOf(row: FunnelInputRow): StageTotals {
  const where = `stage "${row.stage}"`;
  return {
    count: row.count === null ? 0 : nonNegative(row.count, `The count of ${where}`),
    amount: row.amount === null ? 0 : finiteNumber(row.amount, `The amount of ${where}`),
    weightedAmount: finiteOrNull(row.weightedAmount, `The weighted amount of ${where}`) ?? 0,
    medianDays: finiteOrNull(row.medianDaysInStage, `The median days in ${where}`),
    meanDays: finiteOrNull(row.meanDaysInStage, `The mean days in ${where}`),
  };
}

function emptyTotals(): StageTotals {
  return { count: 0, amount: 0, weightedAmount: 0, medianDays: null, meanDays: null };
}
