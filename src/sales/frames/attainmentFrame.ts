import { pace, type PaceThresholds, DEFAULT_PACE_THRESHOLDS, type DailyValue } from '../analytics/pacing';
import { isoDateOfDayNumber, type TimeRange } from '../catalog/time';
import type { CompiledAttainment } from '../sql/attainment';
import type { DataFrameJSON, FrameField } from '../types';
import { type DisplayOptions, metricFieldConfig } from './fieldConfig';
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

/** The attainment frame of docs/frames.md: one row per group with pacing from analytics/pacing. */
export function attainmentFrame(
  compiled: CompiledAttainment,
  result: DataFrameJSON,
  context: { range: TimeRange; timeZone: string; currentTime: number },
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
        range: { ...context.range, timeZone: context.timeZone },
        now: context.currentTime,
        mode: compiled.pace,
        workingWeekdays: pacing.workingWeekdays,
        seasonalProfile: compiled.pace === 'seasonal' ? group.profile : undefined,
        thresholds,
      }),
    }));

  const unit = metricFieldConfig(compiled.actual, display).unit;
  // money with Grafana's automatic decimals (as metricFieldConfig); counts to a tenth (1.5 visits a day)
  const amount = (displayName: string): FrameField['config'] =>
    compiled.actual.unit === 'currency' ? { displayName, unit } : { displayName, unit, decimals: 1 };
  const ratio = (displayName: string): FrameField['config'] => ({ displayName, unit: 'percentunit', decimals: 1 });
  const metricFields: Array<[string, FrameField['type'], FrameField['config']]> = [
    ['actual', 'number', amount(compiled.actual.label)],
    ['target', 'number', amount('Target')],
    ['attainment', 'number', ratio('Attainment')],
    ['expected_to_date', 'number', amount('Expected to date')],
    ['pace', 'number', ratio('Pace')],
    ['gap', 'number', amount('Gap to target')],
    ['required_run_rate', 'number', amount('Needed per day')],
    ['projected', 'number', amount('Projected')],
    ['coverage', 'number', { displayName: 'Pipeline coverage', unit: 'none', decimals: 2 }],
    ['status', 'string', { displayName: 'Status' }],
    ['elapsed_share', 'number', ratio('Elapsed')],
    ['remaining_days', 'number', { displayName: 'Days left', unit: 'none', decimals: 1 }],
  ];
  const fields: FrameField[] = [
    ...compiled.keys.map((key): FrameField => ({ name: key.field.name, type: 'string', config: {} })),
    ...metricFields.map(([name, type, config]): FrameField => ({ name, type, config })),
  ];
  const values = [
    ...compiled.keys.map((_, index) => rows.map((row) => row.group.keys[index])),
    ...metricFields.map(([name]) =>
      rows.map((row) => (row.result as unknown as Record<string, unknown>)[name] ?? null)
    ),
  ];
  const basis = rows.find((row) => row.result.pace_basis !== compiled.pace)?.result.pace_basis;
  return {
    schema: {
      refId,
      meta: {
        custom: { kind: 'attainment', metric: compiled.metric, pace: compiled.pace, thresholds },
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
