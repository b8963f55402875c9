import type { WarehouseLocation } from '../catalog/tables';
import { compileAttainment } from '../sql/attainment';
import { type CompileContext, compileMetrics } from '../sql/compile';
import { settingOf } from '../sql/common';
import { getDialect } from '../sql/dialects';
import type { Dialect, SalesQuery } from '../types';
import { type AlertBasis, alertBasis, type AlertSpec } from './alertable';
import { pacedValueSql } from './pacingSql';
import { type AlertCalendar, macroWindowOf, windowRangeAt } from './windows';

/** Where and how an alert's statement runs. */
export interface AlertContext extends AlertCalendar {
  dialect: Dialect;
  location: WarehouseLocation;
  /** ISO weekdays (1 = Monday … 7 = Sunday) of working_days pacing: the data source's workingWeekdays */
  workingWeekdays?: number[];
  /**
   * An instant whose window stands for every evaluation in the compiler's checks (the engine's date
   * limits); the statement itself does not depend on it.
   */
  checkedAt: number;
}

/**
 * An alert rule's query: one statement returning one row per group, the group's keys as text columns
 * (Grafana's alerting turns them into the alert instance's labels; a missing key is '') and exactly
 * one numeric column, the metric. Its bounds are the data source's time macros (sql/macroBounds.ts).
 */
export interface CompiledAlert {
  sql: string;
  /** the numeric column: the metric's id */
  value: string;
  /** the text columns, in order */
  labels: string[];
}

/** The compile context of one evaluation: the window at `instant`, as of `instant`. */
function compileContextAt(spec: AlertSpec, context: AlertContext, instant: number): CompileContext {
  const macroWindow = macroWindowOf(spec.window);
  const { unit, ...range } = windowRangeAt(macroWindow, instant, context);
  return {
    dialect: context.dialect,
    location: context.location,
    range,
    currentTime: instant,
    timeZone: context.timeZone,
    fiscalYearStartMonth: context.fiscalYearStartMonth,
    rangeUnit: unit,
    macroWindow,
  };
}

/** The query of the pack's engine that computes the alert's numbers at one evaluation. */
function engineQueryOf(spec: AlertSpec, basis: AlertBasis): SalesQuery {
  const { groupBy, filters } = spec;
  return basis.kind === 'metrics'
    ? { kind: 'metrics', metrics: [basis.metric.id], groupBy, filters }
    : { kind: 'attainment', metric: basis.targetMetric, pace: basis.pace, period: 'range', groupBy, filters };
}

export function compileAlert(spec: AlertSpec, context: AlertContext): CompiledAlert {
  const basis = alertBasis(spec);
  const compile = compileContextAt(spec, context, context.checkedAt);
  const d = getDialect(context.dialect);
  const query = engineQueryOf(spec, basis);
  const q = (name: string) => d.quoteIdent(name);
  const label = (name: string) => `COALESCE(a.${q(name)}, ${d.string('')}) AS ${q(name)}`;
  const value = basis.metric.id;
  if (query.kind === 'metrics') {
    const compiled = compileMetrics(query, compile, true);
    const labels = compiled.fields.filter((field) => field.role === 'dimension' || field.role === 'dimension_id');
    const names = labels.map((field) => field.name);
    return {
      sql: `SELECT ${[...names.map(label), `a.${q(value)} AS ${q(value)}`].join(', ')} FROM (${compiled.sql}) a${d.statementSuffix}`,
      value,
      labels: names,
    };
  }
  if (query.kind !== 'attainment' || basis.kind !== 'attainment') {
    throw new Error('internal: an alert is a metrics or an attainment query');
  }
  const compiled = compileAttainment(query, compile, true);
  const bounds = settingOf(compile, [compile.range]).windows[0].sql!;
  const names = compiled.keys.map((key) => key.field.name);
  const paced = pacedValueSql(
    d,
    value,
    {
      actual: `a.${q('actual')}`,
      target: `a.${q('target')}`,
      openPipeline: compiled.coverage ? `a.${q('open_pipeline')}` : undefined,
    },
    bounds,
    basis.pace,
    context.workingWeekdays
  );
  return {
    sql: `SELECT ${[...names.map(label), `${paced} AS ${q(value)}`].join(', ')} FROM (${compiled.sql}) a${d.statementSuffix}`,
    value,
    labels: names,
  };
}

/**
 * What `salesperf query` (the engine) runs to get the alert's numbers at one evaluation instant: the
 * query, its range (the window holding the instant) and the current time. The alert's statement, with
 * its macros expanded for that instant, returns the same numbers.
 */
export function alertAsEngineQuery(
  spec: AlertSpec,
  calendar: AlertCalendar,
  instant: number
): {
  query: SalesQuery;
  range: { from: number; to: number };
  rangeUnit?: CompileContext['rangeUnit'];
  currentTime: number;
  field: string;
} {
  const basis = alertBasis(spec);
  const { unit, ...range } = windowRangeAt(macroWindowOf(spec.window), instant, calendar);
  return { query: engineQueryOf(spec, basis), range, rangeUnit: unit, currentTime: instant, field: basis.metric.id };
}
