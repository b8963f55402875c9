import { kindDefaults, type QueryKind, type SalesQuery } from '../sales';
import type { SalesDataQuery } from './types';

/**
 * A new panel starts with the timeseries kind's defaults, the monthly bookings, which any warehouse
 * with won deals has, so that it shows data at once.
 */
export const DEFAULT_QUERY: Partial<SalesDataQuery> = kindDefaults('timeseries');

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
