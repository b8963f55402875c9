import { pace, type PaceThresholds, DEFAULT_PACE_THRESHOLDS, type DailyValue } from '../analytics/pacing';
import { isoDateOfDayNumber } from '../catalog/time';
import type { CompiledAttainment } from '../sql/attainment';
import type { DataFrameJSON, FrameField } from '../types';
import { countDecimals, type DisplayOptions, keyFieldConfig, metricFieldConfig } from './fieldConfig';
import { columnOf, compareKeys, rowCount, toNumberOrNull, toTextOrNull } from './rows';

export interface PacingOptions {
  thresholds?: Partial<PaceThresholds>;
  /** ISO weekdays (1 = Monday … 7 = Sunday) that are working days; Monday to Friday by default */
  workingWeekdays?: number[];
}

interface Group {
  keys: Array<string | null>;
  actual: number | null;
  target: number | null;
  openPipeline: number | null;
  profile: DailyValue[];
}

/**
 * The attainment frame of docs/frames.md: one row per group with pacing from analytics/pacing, all of
 * it (target, expected to date, pace, gap, days left, needed per day) over the measured period.
 */
export function attainmentFrame(
  compiled: CompiledAttainment,
  result: DataFrameJSON,
  context: { timeZone: string; currentTime: number },
  display: DisplayOptions,
  pacing: PacingOptions,
  refId?: string
): DataFrameJSON {
  const count = rowCount(result);
  const numbers = (name: string) => (columnOf(result, name) ?? new Array(count).fill(null)).map(toNumberOrNull);
  const keyValues = compiled.keys.map((key) =>
    (columnOf(result, key.field.name) ?? new Array(count).fill(null)).map(toTextOrNull)
  );
  const [days, actuals, targets, pipelines, profiles] = ['day', 'actual', 'target', 'open_pipeline', 'profile'].map(
    numbers
  );

  const groups = new Map<string, Group>();
  const groupOf = (row: number) => {
    const keys = keyValues.map((column) => column[row]);
    const id = JSON.stringify(keys);
    if (!groups.has(id)) {
      groups.set(id, { keys, actual: null, target: null, openPipeline: null, profile: [] });
    }
    return groups.get(id)!;
  };
  const measured = new Set<Group>();
  for (let row = 0; row < count; row++) {
    const group = groupOf(row);
    if (days[row] === null) {
      group.actual = actuals[row];
      group.target = targets[row];
      group.openPipeline = pipelines[row];
      measured.add(group);
    } else if (profiles[row] !== null) {
      group.profile.push({ day: isoDateOfDayNumber(days[row]!), value: profiles[row]! });
    }
  }
  const thresholds = { ...DEFAULT_PACE_THRESHOLDS, ...pacing.thresholds };
  const rows = [...measured]
    .sort((a, b) => compareKeys(a.keys, b.keys))
    .map((group) => ({
      group,
      result: pace({
        actual: group.actual,
        target: group.target,
        openPipeline: compiled.coverage ? group.openPipeline : null,
        range: { from: compiled.period.from, to: compiled.period.to, timeZone: context.timeZone },
        now: context.currentTime,
        mode: compiled.pace,
        workingWeekdays: pacing.workingWeekdays,
        seasonalProfile: compiled.pace === 'seasonal' ? group.profile : undefined,
        thresholds,
      }),
    }));

  const unit = metricFieldConfig(compiled.actual, display).unit;
  const column = (name: string) =>
    rows.map((row) => ((row.result as unknown as Record<string, unknown>)[name] ?? null) as number | null);
  // money with Grafana's automatic decimals (as metricFieldConfig); counts whole where they are whole
  const amount = (name: string, displayNameFromDS: string): FrameField['config'] =>
    compiled.actual.unit === 'currency'
      ? { displayNameFromDS, unit }
      : { displayNameFromDS, unit, decimals: countDecimals(column(name)) };
  const ratio = (displayNameFromDS: string): FrameField['config'] => ({
    displayNameFromDS,
    unit: 'percentunit',
    decimals: 1,
  });
  const metricFields: Array<[string, FrameField['type'], FrameField['config']]> = [
    ['actual', 'number', amount('actual', compiled.actual.label)],
    ['target', 'number', amount('target', 'Target')],
    ['attainment', 'number', ratio('Attainment')],
    ['expected_to_date', 'number', amount('expected_to_date', 'Expected to date')],
    ['pace', 'number', ratio('Pace')],
    ['gap', 'number', amount('gap', 'Gap to target')],
    ['required_run_rate', 'number', amount('required_run_rate', 'Needed per day')],
    ['projected', 'number', amount('projected', 'Projected')],
    ['coverage', 'number', { displayNameFromDS: 'Pipeline coverage', unit: 'none', decimals: 2 }],
    ['status', 'string', { displayNameFromDS: 'Status' }],
    ['elapsed_share', 'number', ratio('Elapsed')],
    [
      'remaining_days',
      'number',
      { displayNameFromDS: 'Days left', unit: 'none', decimals: countDecimals(column('remaining_days')) },
    ],
  ];
  const fields: FrameField[] = [
    ...compiled.keys.map((key): FrameField => ({
      name: key.field.name,
      type: 'string',
      config: keyFieldConfig(key.field),
    })),
    ...metricFields.map(([name, type, config]): FrameField => ({ name, type, config })),
  ];
  const values = [
    ...compiled.keys.map((_, index) => rows.map((row) => row.group.keys[index])),
    ...metricFields.map(([name]) => column(name)),
  ];
  const basis = rows.find((row) => row.result.pace_basis !== compiled.pace)?.result.pace_basis;
  return {
    schema: {
      refId,
      meta: {
        custom: {
          kind: 'attainment',
          metric: compiled.metric,
          pace: compiled.pace,
          thresholds,
          // the period every figure refers to, for panels to label ("of $X this month")
          period: { unit: compiled.period.unit, from: compiled.period.from, to: compiled.period.to },
        },
        ...(basis
          ? {
              notices: [
                {
                  severity: 'info' as const,
                  text: `Last year's daily ${compiled.actual.id} is empty for some groups: they are paced linearly.`,
                },
              ],
            }
          : {}),
      },
      fields,
    },
    data: { values },
  };
}
