import { alertAsEngineQuery, compileAlert, type AlertContext } from '../../../src/sales/alerts/compileAlert';
import type { AlertSpec } from '../../../src/sales/alerts/alertable';
import { runQuery } from '../../../src/sales/engine';
import type { NodeExecutor } from '../../../src/node/executors';
import type { DataFrameJSON } from '../../../src/sales/types';
import { expandTimeMacros } from '../../lib/grafanaMacros';
import { rowsOf } from '../../lib/frames';

/** One alert instance: its labels (keys, missing ones as '') and its number. */
export type Instances = Map<string, number | null>;

const toNumber = (value: unknown): number | null =>
  value === null || value === undefined ? null : typeof value === 'number' ? value : Number(value);

export function instancesOf(frame: DataFrameJSON, labels: string[], value: string): Instances {
  const instances: Instances = new Map();
  for (const row of rowsOf(frame)) {
    const key = JSON.stringify(labels.map((label) => (row[label] === null ? '' : String(row[label]))));
    if (instances.has(key)) {
      throw new Error(`two rows with the labels ${key}`);
    }
    instances.set(key, toNumber(row[value]));
  }
  return instances;
}

/**
 * Runs an alert's statement on a warehouse as Grafana would when it evaluates the rule at `instant`
 * (its time macros expanded by the data source's rules), and the engine's query for the same window.
 */
export async function evaluateBoth(
  spec: AlertSpec,
  context: Omit<AlertContext, 'checkedAt' | 'dialect'>,
  executor: NodeExecutor,
  instant: number
): Promise<{
  alert: Instances;
  engine: Instances;
  sql: string;
  /** the statement's columns */
  labels: string[];
  fieldTypes: string[];
  /** the columns that become the alert instance's labels */
  labelColumns: string[];
}> {
  const compiled = compileAlert(spec, { ...context, dialect: executor.dialect, checkedAt: instant });
  const from = instant - 86_400_000;
  const sql = expandTimeMacros(compiled.sql, executor.dialect, { from, to: instant });
  if (sql.includes('$')) {
    throw new Error(`a macro is left after expansion: ${sql}`);
  }
  const frame = await executor.run(sql);
  const equivalent = alertAsEngineQuery(spec, context, instant);
  const [engineFrame] = await runQuery(equivalent.query, {
    executor,
    location: context.location,
    range: equivalent.range,
    rangeUnit: equivalent.rangeUnit,
    currentTime: equivalent.currentTime,
    timeZone: context.timeZone,
    fiscalYearStartMonth: context.fiscalYearStartMonth,
    pacing: { workingWeekdays: context.workingWeekdays },
  });
  return {
    alert: instancesOf(frame, compiled.labels, compiled.value),
    engine: instancesOf(engineFrame, compiled.labels, equivalent.field),
    sql: compiled.sql,
    labels: frame.schema.fields.map((field) => field.name),
    fieldTypes: frame.schema.fields.map((field) => field.type),
    labelColumns: compiled.labels,
  };
}

/** The same instances with the same numbers (to 1e-9, relative above 1). */
export function expectSameInstances(actual: Instances, expected: Instances, label: string): void {
  const problems: string[] = [];
  for (const [key, value] of expected) {
    if (!actual.has(key)) {
      problems.push(`${key}: missing (engine ${value})`);
      continue;
    }
    const got = actual.get(key)!;
    const same =
      value === null ? got === null : got !== null && Math.abs(got - value) <= 1e-9 * Math.max(1, Math.abs(value));
    if (!same) {
      problems.push(`${key}: alert ${got}, engine ${value}`);
    }
  }
  for (const key of actual.keys()) {
    if (!expected.has(key)) {
      problems.push(`${key}: only in the alert (${actual.get(key)})`);
    }
  }
  if (problems.length) {
    throw new Error(`${label}\n${problems.join('\n')}`);
  }
}
