import { DEFAULT_FEEDBACK_ROWS, type QueryKind, type SalesQuery } from '../sales';
import type { SalesDataQuery } from './types';

/**
 * Starting points for each kind of query. A new panel starts with the monthly bookings, which any
 * warehouse with won deals has, so that it shows data at once.
 */

export const QUERY_KINDS: QueryKind[] = [
  'timeseries',
  'metrics',
  'funnel',
  'attainment',
  'forecast',
  'scorecard',
  'commission',
  'feedback',
  'values',
];

export const DEFAULT_QUERY: Partial<SalesDataQuery> = { kind: 'timeseries', metrics: ['bookings'], grain: 'month' };

export function kindDefaults(kind: QueryKind): Partial<SalesQuery> {
  switch (kind) {
    case 'metrics':
      return { kind, metrics: ['bookings', 'won_deals', 'win_rate'] };
    case 'timeseries':
      return { kind, metrics: ['bookings'], grain: 'month' };
    case 'funnel':
      return { kind, mode: 'reached', measure: 'count' };
    case 'attainment':
      return { kind, metric: 'bookings', pace: 'linear' };
    case 'forecast':
      return { kind, metric: 'bookings', grain: 'month', method: 'auto', horizon: 3, lookback: 24, interval: 0.8 };
    case 'scorecard':
      return {
        kind,
        entity: 'rep',
        metrics: [
          { id: 'bookings', weight: 2 },
          { id: 'win_rate', weight: 1 },
          { id: 'visits_completed', weight: 1 },
        ],
        normalize: 'percentile',
        grain: 'month',
      };
    case 'commission':
      return { kind, period: 'plan' };
    case 'values':
      return { kind, dimension: 'rep' };
    case 'feedback':
      return { kind, limit: DEFAULT_FEEDBACK_ROWS };
  }
}

/** The query as another kind: that kind's defaults, keeping the filters and what both kinds share. */
export function changeKind(query: SalesDataQuery, kind: QueryKind): SalesDataQuery {
  const { refId, hide, key, queryType, datasource } = query;
  const base = { refId, hide, key, queryType, datasource };
  const next: Record<string, unknown> = { ...base, ...kindDefaults(kind) };
  const previous = query as unknown as Record<string, unknown>;
  if (Array.isArray(previous.filters)) {
    next.filters = previous.filters;
  }
  const listOfIds = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');
  if (
    (kind === 'metrics' || kind === 'timeseries') &&
    listOfIds(previous.metrics) &&
    (previous.metrics as string[]).length
  ) {
    next.metrics = previous.metrics;
  }
  if (!['forecast', 'scorecard', 'values', 'feedback'].includes(kind) && listOfIds(previous.groupBy)) {
    next.groupBy = previous.groupBy;
  }
  if (kind === 'timeseries' && typeof previous.grain === 'string') {
    next.grain = previous.grain;
  }
  return next as unknown as SalesDataQuery;
}

/** The SalesQuery of a panel target: Grafana's own fields removed. */
export function toSalesQuery(target: SalesDataQuery): SalesQuery {
  const { refId: _refId, hide: _hide, key: _key, queryType: _queryType, datasource: _datasource, ...query } = target;
  return query as SalesQuery;
}
