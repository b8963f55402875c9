import { funnelStages, type FunnelInputRow, type FunnelStageDefinition } from '../analytics/funnel';
import { salesError } from '../errors';
import { type CompiledFunnel, WON_KEY } from '../sql/funnel';
import type { DataFrameJSON, FrameField } from '../types';
import { type DisplayOptions, keyFieldConfig } from './fieldConfig';
import { columnOf, compareKeys, rowCount, toNumberOrNull, toTextOrNull } from './rows';

interface StageRow {
  stage: string;
  key: number;
  position: number;
  won: boolean;
  closed: boolean;
}

/** The funnel frame of docs/frames.md from the rows of the funnel statement. */
export function funnelFrame(
  compiled: CompiledFunnel,
  result: DataFrameJSON,
  display: DisplayOptions,
  refId?: string
): DataFrameJSON {
  const count = rowCount(result);
  const number = (name: string) => (columnOf(result, name) ?? new Array(count).fill(null)).map(toNumberOrNull);
  const text = (name: string) => (columnOf(result, name) ?? new Array(count).fill(null)).map(toTextOrNull);
  const kind = number('c_kind');
  const stageNames = text('k_stage');
  const keyFields = compiled.keys.map((key) => ({ name: key.field.name, values: text(key.alias) }));
  const [keys, positions, won, closed, counts, amounts, weighted, meanDays, medianDays] = [
    'c_key',
    'c_position',
    'c_won',
    'c_closed',
    'c_count',
    'c_amount',
    'c_weighted',
    'c_mean_days',
    'c_median_days',
  ].map(number);

  const stages: StageRow[] = [];
  for (let row = 0; row < count; row++) {
    if (kind[row] === 0) {
      stages.push({
        stage: stageNames[row]!,
        key: keys[row]!,
        position: positions[row]!,
        won: won[row] === 1,
        closed: closed[row] === 1,
      });
    }
  }
  // a snapshot of open deals has no won stage (docs/frames.md, funnel)
  const funnel = [
    ...stages.filter((stage) => !stage.closed).sort((a, b) => a.position - b.position),
    ...(compiled.mode === 'snapshot' ? [] : stages.filter((stage) => stage.won)),
  ];
  if (funnel.length === 0) {
    throw salesError('funnel-frame.no-stages', {}, 'invalid_value');
  }
  if (stages.filter((stage) => stage.won).length > 1) {
    const won = stages.filter((s) => s.won).map((s) => s.stage);
    throw salesError('funnel-frame.won-stages', { stages: won.join(', ') }, 'invalid_value');
  }
  const definitions: FunnelStageDefinition[] = funnel.map((stage, index) => ({
    stage: stage.stage,
    position: index + 1,
  }));
  const inFunnel = new Set(funnel.map((stage) => stage.stage));
  const byKey = new Map(funnel.map((stage) => [stage.won ? WON_KEY : stage.position, stage.stage]));

  const merged = new Map<string, FunnelInputRow>();
  const entry = (row: number, stage: string): FunnelInputRow => {
    const group = Object.fromEntries(keyFields.map((field) => [field.name, field.values[row]]));
    const id = JSON.stringify([keyFields.map((field) => field.values[row]), stage]);
    if (!merged.has(id)) {
      merged.set(id, {
        group,
        stage,
        count: 0,
        amount: 0,
        weightedAmount: compiled.mode === 'snapshot' ? 0 : null,
        medianDaysInStage: null,
        meanDaysInStage: null,
      });
    }
    return merged.get(id)!;
  };
  for (let row = 0; row < count; row++) {
    if (kind[row] === 1) {
      // reached: a NULL key is the first stage (a lost deal without history)
      const stage =
        compiled.mode === 'reached' ? (keys[row] === null ? funnel[0].stage : byKey.get(keys[row]!)) : stageNames[row];
      if (stage === undefined || stage === null || !inFunnel.has(stage)) {
        continue;
      }
      const target = entry(row, stage);
      target.count = (target.count ?? 0) + (counts[row] ?? 0);
      target.amount = (target.amount ?? 0) + (amounts[row] ?? 0);
      if (compiled.mode === 'snapshot') {
        target.weightedAmount = (target.weightedAmount ?? 0) + (weighted[row] ?? 0);
      }
    } else if (kind[row] === 2 && stageNames[row] !== null && inFunnel.has(stageNames[row]!)) {
      const target = entry(row, stageNames[row]!);
      target.meanDaysInStage = meanDays[row];
      target.medianDaysInStage = medianDays[row];
    }
  }
  const groupNames = keyFields.map((field) => field.name);
  const rows = [...merged.values()].sort((a, b) =>
    compareKeys(
      groupNames.map((name) => a.group![name]),
      groupNames.map((name) => b.group![name])
    )
  );
  const results = funnelStages({
    mode: compiled.mode,
    measure: compiled.measure,
    stages: definitions,
    groupBy: groupNames,
    rows,
  });

  // money with Grafana's automatic decimals ($1.86M; a fixed 0 shows every stage of $1.4M to $2.2M as $2M);
  // counts whole
  const money = { unit: display.currencyUnit };
  const valueUnit = compiled.measure === 'amount' ? money : { unit: 'none', decimals: 0 };
  const fields: FrameField[] = [
    ...compiled.keys.map((key): FrameField => ({
      name: key.field.name,
      type: 'string',
      config: keyFieldConfig(key.field),
    })),
    { name: 'stage', type: 'string', config: { displayNameFromDS: 'Stage' } },
    { name: 'position', type: 'number', config: { displayNameFromDS: 'Position', decimals: 0 } },
    {
      name: 'value',
      type: 'number',
      config: { displayNameFromDS: compiled.measure === 'amount' ? 'Amount' : 'Deals', ...valueUnit, min: 0 },
    },
    { name: 'count', type: 'number', config: { displayNameFromDS: 'Deals', unit: 'none', decimals: 0 } },
    {
      name: 'amount',
      type: 'number',
      config: { displayNameFromDS: 'Amount', ...money },
    },
    ...(compiled.mode === 'snapshot'
      ? [
          {
            name: 'weighted_amount',
            type: 'number' as const,
            config: { displayNameFromDS: 'Weighted amount', ...money },
          },
        ]
      : []),
    {
      name: 'conversion_from_previous',
      type: 'number',
      config: { displayNameFromDS: 'Conversion from previous stage', unit: 'percentunit', decimals: 1 },
    },
    {
      name: 'conversion_from_first',
      type: 'number',
      config: { displayNameFromDS: 'Conversion from first stage', unit: 'percentunit', decimals: 1 },
    },
    { name: 'drop_off', type: 'number', config: { displayNameFromDS: 'Drop-off', ...valueUnit } },
    {
      name: 'median_days_in_stage',
      type: 'number',
      config: { displayNameFromDS: 'Median days in stage', unit: 'd', decimals: 1 },
    },
    {
      name: 'mean_days_in_stage',
      type: 'number',
      config: { displayNameFromDS: 'Mean days in stage', unit: 'd', decimals: 1 },
    },
  ];
  const values = fields.map((field) =>
    results.map((result) =>
      groupNames.includes(field.name)
        ? result.group[field.name]
        : (result as unknown as Record<string, unknown>)[field.name]
    )
  );
  return {
    schema: {
      refId,
      meta: {
        custom: {
          kind: 'funnel',
          mode: compiled.mode,
          measure: compiled.measure,
          // reached/strict: the creation dates of the cohort; snapshot: the close dates of the open pipeline
          range: compiled.range,
          ...(compiled.mode === 'snapshot' ? { asOf: compiled.asOf } : {}),
        },
      },
      fields,
    },
    data: { values },
  };
}
