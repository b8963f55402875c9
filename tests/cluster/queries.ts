import { DIMENSION_IDS } from '../../src/sales/catalog/dimensions';
import { listMetrics } from '../../src/sales/catalog/metrics';
import { compileQuery } from '../../src/sales/engine';
import { TARGET_METRICS } from '../../src/sales';
import type { DimensionId, Grain, SalesQuery } from '../../src/sales/types';

/**
 * Queries of every kind that together touch every metric of the catalog (the target family through
 * the attainment kind, whose fields they are) and every dimension each metric can be grouped by.
 */

const METRICS = listMetrics();
const PLAIN = METRICS.filter((metric) => !metric.targetBased);
const ids = (list: typeof METRICS) => list.map((metric) => metric.id);

/** Whether a metric can be a time series (some are measured as of now, or over the whole range). */
function bucketable(metric: string): boolean {
  try {
    compileQuery(
      { kind: 'timeseries', metrics: [metric], grain: 'month' },
      {
        dialect: 'clickhouse',
        location: { schema: 'sales' },
        range: { from: Date.parse('2024-01-01T00:00:00Z'), to: Date.parse('2024-02-01T00:00:00Z') },
        currentTime: Date.parse('2024-02-01T00:00:00Z'),
        timeZone: 'UTC',
        fiscalYearStartMonth: 1,
      }
    );
    return true;
  } catch {
    return false;
  }
}

const BUCKETABLE = ids(PLAIN).filter(bucketable);
if (BUCKETABLE.length === 0) {
  throw new Error('no metric of the catalog compiles as a time series: the probe in tests/cluster/queries.ts is wrong');
}

const SCORED = ['bookings', 'win_rate', 'won_deals', 'visits_completed', 'collections', 'csat', 'leads_created'];

export interface NamedQuery {
  name: string;
  query: SalesQuery;
}

export function equalityQueries(forecastLookback: number): NamedQuery[] {
  const queries: NamedQuery[] = [
    { name: 'every metric', query: { kind: 'metrics', metrics: ids(PLAIN) } },
    {
      name: 'every metric against the previous period',
      query: { kind: 'metrics', metrics: ids(PLAIN), compare: 'previous_period' },
    },
    {
      name: 'every metric to date against last year',
      query: { kind: 'metrics', metrics: ids(PLAIN), compare: 'previous_year', compareToDate: true },
    },
  ];
  for (const dimension of DIMENSION_IDS as DimensionId[]) {
    const metrics = ids(PLAIN.filter((metric) => metric.dimensions.includes(dimension)));
    if (metrics.length > 0) {
      queries.push({ name: `metrics by ${dimension}`, query: { kind: 'metrics', metrics, groupBy: [dimension] } });
    }
    queries.push({ name: `values of ${dimension}`, query: { kind: 'values', dimension } });
  }
  queries.push(
    {
      name: 'metrics by region and rep, filtered',
      query: {
        kind: 'metrics',
        metrics: ids(PLAIN.filter((metric) => metric.dimensions.includes('rep'))),
        groupBy: ['region', 'rep'],
        filters: [{ dimension: 'region', op: 'not_in', values: ['West'] }],
      },
    },
    ...(['day', 'week', 'month', 'quarter'] as Grain[]).map((grain) => ({
      name: `every bucketable metric by ${grain}`,
      query: { kind: 'timeseries', metrics: BUCKETABLE, grain, compare: 'previous_period' } as SalesQuery,
    })),
    {
      name: 'a time series per region',
      query: {
        kind: 'timeseries',
        metrics: BUCKETABLE.filter((id) => METRICS.find((metric) => metric.id === id)!.dimensions.includes('region')),
        grain: 'week',
        groupBy: ['region'],
      },
    }
  );
  for (const mode of ['reached', 'strict', 'snapshot'] as const) {
    queries.push(
      { name: `funnel ${mode}`, query: { kind: 'funnel', mode } },
      {
        name: `funnel ${mode} by amount per region`,
        query: { kind: 'funnel', mode, measure: 'amount', groupBy: ['region'] },
      }
    );
  }
  for (const metric of TARGET_METRICS) {
    for (const groupBy of [[], ['rep'], ['team'], ['region']] as DimensionId[][]) {
      queries.push({
        name: `attainment of ${metric}${groupBy.length ? ` by ${groupBy[0]}` : ''}`,
        query: { kind: 'attainment', metric, groupBy },
      });
    }
  }
  queries.push(
    {
      name: 'attainment paced by working days',
      query: { kind: 'attainment', pace: 'working_days', groupBy: ['team'] },
    },
    { name: 'attainment paced by season', query: { kind: 'attainment', pace: 'seasonal' } }
  );
  for (const entity of ['rep', 'team', 'region'] as const) {
    for (const normalize of ['target', 'percentile', 'zscore'] as const) {
      const metrics = SCORED.filter((id) => METRICS.find((metric) => metric.id === id)!.dimensions.includes(entity));
      queries.push({
        name: `scorecard of ${entity} by ${normalize}`,
        query: {
          kind: 'scorecard',
          entity,
          normalize,
          metrics: metrics.map((id, index) => ({ id, weight: index + 1 })),
        },
      });
    }
  }
  for (const method of ['pipeline', 'linear', 'seasonal_naive', 'run_rate'] as const) {
    queries.push({
      name: `forecast ${method}`,
      query: {
        kind: 'forecast',
        metric: 'bookings',
        grain: 'month',
        method,
        horizon: 2,
        lookback: forecastLookback,
        backtestFrame: method === 'linear',
      },
    });
  }
  return queries;
}
