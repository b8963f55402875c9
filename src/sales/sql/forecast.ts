import { FORECAST_METHODS } from '../analytics/forecast/forecast';
import { checkGrain } from '../catalog/grains';
import { getMetric, type MetricDef } from '../catalog/metrics';
import type { TableId } from '../catalog/tables';
import { type Bucket, bucketKeyOf, bucketStart, type TimeRange } from '../catalog/time';
import { phrase, type Phrase, salesError } from '../errors';
import type { ForecastMethod, ForecastQuery, Grain, TimeseriesQuery } from '../types';
import {
  both,
  type CompileContext,
  filterCondition,
  metricScopes,
  checkFilters,
  settingOf,
  sourceFor,
  unique,
} from './common';
import type { CompiledStatement, SplitStatement } from '../kinds/types';
import { readsOnlyClosedPeriods } from './closedPeriods';
import { checkTimeseriesQuery, compileTimeseries } from './compile';
import { getDialect } from './dialects';
import { concatRows } from './splitSeries';

/**
 * The forecast kind in one statement: the metric per grain over `lookback` complete periods before
 * the current one and the current period to date (the timeseries compiler), and for the pipeline
 * method the open commit and best-case deals closing in the current period. While closed periods
 * are kept, the complete periods run apart (splitForecast).
 */

export const MAX_HORIZON = 120;
export const MAX_LOOKBACK = 520;

export interface CompiledForecast {
  sql: string;
  tables: TableId[];
  metric: MetricDef;
  grain: Grain;
  method: ForecastMethod;
  horizon: number;
  interval: 0.8 | 0.95;
  seasonality: 'additive' | 'multiplicative';
  order?: number;
  /** the complete periods of history, oldest first */
  history: Bucket[];
  /** the period containing now: forecast start, and run rate / pipeline's period */
  current: Bucket;
  /** end of the current period */
  currentEnd: number;
  now: number;
}

function integer(value: unknown, name: Phrase, min: number, max: number, fallback: number): number {
  const number = value ?? fallback;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < min || number > max) {
    throw salesError('forecast.whole-number', { name, min, max, value: String(value) });
  }
  return number;
}

/** The checks of a forecast query that need neither its range nor the warehouse (the editor's validation). */
export function checkForecastQuery(query: ForecastQuery) {
  const metric = getMetric(String(query.metric ?? 'bookings'));
  const grain = checkGrain(String(query.grain ?? 'month'));
  const method = (query.method ?? 'auto') as ForecastMethod;
  if (!FORECAST_METHODS.includes(method)) {
    throw salesError('forecast.method-unknown', { method: String(query.method), allowed: FORECAST_METHODS.join(', ') });
  }
  const horizon = integer(query.horizon, phrase('forecast.horizon', {}), 1, MAX_HORIZON, 3);
  const lookback = integer(query.lookback, phrase('forecast.lookback', {}), 2, MAX_LOOKBACK, 24);
  const interval = query.interval ?? 0.8;
  if (interval !== 0.8 && interval !== 0.95) {
    throw salesError('forecast.interval', { interval: String(query.interval) });
  }
  const seasonality = query.seasonality ?? 'additive';
  if (seasonality !== 'additive' && seasonality !== 'multiplicative') {
    throw salesError('forecast.seasonality', { seasonality: String(query.seasonality) });
  }
  if (metric.targetBased || metric.timeBehaviour === 'snapshot') {
    throw salesError('forecast.metric-not-flow', { id: metric.id });
  }
  if ((method === 'run_rate' || method === 'pipeline') && !metric.additive) {
    throw salesError('forecast.method-needs-additive', { method, id: metric.id });
  }
  if (method === 'pipeline' && metric.id !== 'bookings') {
    throw salesError('forecast.pipeline-bookings-only', { id: metric.id });
  }
  // the history is the metric's time series: what that cannot show, a forecast cannot project
  const series: TimeseriesQuery = { kind: 'timeseries', metrics: [metric.id], grain, filters: query.filters };
  checkTimeseriesQuery(series);
  return { metric, grain, method, horizon, lookback, interval, seasonality, series };
}

export function compileForecast(query: ForecastQuery, context: CompileContext): CompiledForecast {
  const checked = checkForecastQuery(query);
  const { timeZone, fiscalYearStartMonth: fiscal } = context;
  const now = Math.min(context.range.to, context.currentTime);
  const currentKey = bucketKeyOf(now, checked.grain, timeZone, fiscal);
  const current = { key: currentKey, start: bucketStart(currentKey, checked.grain, timeZone, fiscal) };
  const currentEnd = bucketStart(currentKey + 1, checked.grain, timeZone, fiscal);
  const historyFrom = bucketStart(currentKey - checked.lookback, checked.grain, timeZone, fiscal);
  // the history and the current period up to now; a current period just begun still counts as one bucket
  const seriesRange = { from: historyFrom, to: Math.max(now, current.start + 1) };
  const rows = forecastRows(query, context, seriesRange, { from: current.start, to: currentEnd });
  return {
    ...rows,
    metric: checked.metric,
    grain: checked.grain,
    method: checked.method,
    horizon: checked.horizon,
    interval: checked.interval,
    seasonality: checked.seasonality,
    order: query.order,
    history: rows.buckets.filter((bucket) => bucket.key < currentKey),
    current,
    currentEnd,
    now,
  };
}

/**
 * The statement of a forecast's rows: the metric's series over `seriesRange`, and for the pipeline
 * method the open commit and best-case deals closing in `pipelinePeriod` (none: no pipeline rows).
 */
function forecastRows(
  query: ForecastQuery,
  context: CompileContext,
  seriesRange: TimeRange,
  pipelinePeriod?: TimeRange
): CompiledStatement & { buckets: Bucket[] } {
  const { metric, method, series: seriesQuery } = checkForecastQuery(query);
  const series = compileTimeseries(seriesQuery, { ...context, range: seriesRange }, true);
  let sql = series.sql;
  const tables: TableId[] = [...series.tables];
  const d = getDialect(context.dialect);
  if (method === 'pipeline' && pipelinePeriod) {
    const setting = settingOf({ ...context, range: pipelinePeriod }, [pipelinePeriod]);
    const filters = checkFilters(query.filters, metricScopes([metric]));
    const src = sourceFor(setting, 'opportunities');
    const w = setting.windows[0];
    const amount = src.col('o', 'amount');
    const probability = `COALESCE(${src.col('o', 'probability')}, ${src.col('s', 'probability')})`;
    const category = (value: string) => `${src.col('o', 'forecast_category')} = ${d.string(value)}`;
    const inForecast = `(${category('commit')} OR ${category('best_case')})`;
    const sumIf = (condition: string, value: string) =>
      d.toDouble(`COALESCE(SUM(CASE WHEN ${condition} THEN ${value} END), 0)`);
    const where = both(
      `${src.col('o', 'status')} = ${d.string('open')}`,
      `${src.col('o', 'close_date')} >= ${d.date(w.fromDate)} AND ${src.col('o', 'close_date')} < ${d.date(w.toDate)}`,
      filterCondition(filters, src, d)
    );
    const columns = [
      `${sumIf(category('commit'), amount)} AS ${d.quoteIdent('commit')}`,
      `${sumIf(category('best_case'), amount)} AS ${d.quoteIdent('best_case')}`,
      `${sumIf(inForecast, `${amount} * ${probability}`)} AS ${d.quoteIdent('open_expected')}`,
      // amount × amount × p × (1 − p) in DECIMAL overflows DuckDB's 18 digits from deals of about 20,000: multiply doubles
      // in doubles: a DECIMAL square overflows for large deals, and ClickHouse will not mix Float64 with Decimal
      `${sumIf(inForecast, `${d.toDouble(amount)} * ${d.toDouble(amount)} * ${d.toDouble(probability)} * (1 - ${d.toDouble(probability)})`)} AS ${d.quoteIdent('open_variance')}`,
    ];
    const pipelineSql = `SELECT ${columns.join(', ')} FROM ${src.render()} WHERE ${where}`;
    const nulls = ['commit', 'best_case', 'open_expected', 'open_variance'].map(
      (name) => `${d.nullDouble()} AS ${d.quoteIdent(name)}`
    );
    const seriesColumns = ['period', 'bucket', metric.id].map(
      (name) => `${d.toDouble(`s.${d.quoteIdent(name)}`)} AS ${d.quoteIdent(name)}`
    );
    const nullSeries = ['period', 'bucket', metric.id].map((name) => `${d.nullDouble()} AS ${d.quoteIdent(name)}`);
    sql =
      `SELECT * FROM (SELECT ${[...seriesColumns, ...nulls].join(', ')} FROM (${series.sql}) s UNION ALL ` +
      `SELECT ${[...nullSeries, ...['commit', 'best_case', 'open_expected', 'open_variance'].map((name) => `p.${d.quoteIdent(name)}`)].join(', ')} FROM (${pipelineSql}) p) f`;
    tables.push(...src.tables());
  }
  return {
    sql: `${sql}${d.statementSuffix}`,
    tables: unique(tables),
    buckets: series.buckets,
    // without pipeline rows, the series alone tells how far it reads
    readsUntil: method === 'pipeline' && pipelinePeriod ? undefined : series.readsUntil,
  };
}

/**
 * A forecast whose history has ended as one statement for the complete periods of history and one
 * for the current period (and the pipeline): every bucket lies whole on one side, as in splitSeries.
 */
export function splitForecast(
  compiled: CompiledForecast,
  query: ForecastQuery,
  context: CompileContext
): SplitStatement | undefined {
  if (context.macroWindow || compiled.history.length === 0) {
    return undefined;
  }
  const seriesEnd = Math.max(compiled.now, compiled.current.start + 1);
  const closed = forecastRows(query, context, { from: compiled.history[0].start, to: compiled.current.start });
  if (!readsOnlyClosedPeriods(closed, context.currentTime)) {
    return undefined;
  }
  const open = forecastRows(
    query,
    context,
    { from: compiled.current.start, to: seriesEnd },
    { from: compiled.current.start, to: compiled.currentEnd }
  );
  return { parts: [closed, open], merge: concatRows };
}
