import { validateQuery } from '../kinds';
import type { AttainmentQuery, MetricsQuery, SalesQuery } from '../types';

/**
 * Queries that ask for different metrics of the same thing, merged into one: each metric's columns
 * are computed from that metric's own aggregates, so the merged statement's rows hold, column for
 * column, what each query alone would have returned (splitMetrics.ts builds each one's frame from
 * them). A metrics query without groupBy always answers with exactly one row, whatever its metrics.
 * A grouped query's rows are the groups found in what its metrics read, so grouped queries are
 * merged only where the merged statement reads the same rows as each of them alone (the compiler's
 * `rows`: the same components over the same windows, e.g. CAC and LTV with or without their ratio).
 * Attainment queries alike but for their period and (non-seasonal) pacing are batched as they are:
 * one statement measures every period (batch/mergedAttainment.ts).
 */

/** A query to run, and what it runs against: queries of different scopes are never merged. */
export interface BatchItem {
  query: SalesQuery;
  /** everything the query's statement and frames depend on besides the query (warehouse, range, calendar, display …) */
  scope: string;
  /**
   * What decides the rows of a metrics query in this item's scope (CompiledQuery.rows); without it
   * grouped queries are not merged.
   */
  rowsOf?: (query: MetricsQuery) => string | undefined;
}

/** One statement to run: a query as given, or one merged from several. */
export interface QueryBatch {
  query: SalesQuery;
  /** the indexes of the items it answers, in the order given */
  members: number[];
}

/**
 * Whether a query could be merged with others: a valid metrics query, or a valid attainment query
 * not paced seasonally (which reads last year day by day).
 */
export function isMergeable(query: SalesQuery): query is MetricsQuery | AttainmentQuery {
  if (query?.kind === 'attainment') {
    return query.pace !== 'seasonal' && validateQuery(query) === undefined;
  }
  return (
    query?.kind === 'metrics' &&
    Array.isArray(query.metrics) &&
    query.metrics.every((metric) => typeof metric === 'string') &&
    validateQuery(query) === undefined
  );
}

/**
 * The statements a set of queries needs: mergeable queries identical but for their metric lists, in
 * the same scope, become one query asking for the union of their metrics in first-seen order; every
 * other query stays as it is. Batches come in the order of their first member.
 */
export function mergeQueries(items: BatchItem[]): QueryBatch[] {
  const batches: QueryBatch[] = [];
  const merging = new Map<string, QueryBatch>();
  items.forEach((item, index) => {
    if (!isMergeable(item.query)) {
      batches.push({ query: item.query, members: [index] });
      return;
    }
    const key = `${item.scope}\u0000${item.query.kind === 'attainment' ? sameButPeriod(item.query) : sameButMetrics(item.query)}`;
    const batch = merging.get(key);
    if (batch) {
      batch.members.push(index);
      return;
    }
    const created = { query: item.query, members: [index] };
    merging.set(key, created);
    batches.push(created);
  });
  return batches.flatMap((batch) => {
    if (batch.members.length === 1 || batch.query.kind === 'attainment') {
      // attainment queries run merged as they are (batch/mergedAttainment.ts)
      return [batch];
    }
    const queries = batch.members.map((index) => items[index].query as MetricsQuery);
    const merged: MetricsQuery = { ...queries[0], metrics: [...new Set(queries.flatMap((query) => query.metrics))] };
    // metric ids the catalog reads as one (an alias) would be asked for twice: leave such a set unmerged
    return validateQuery(merged) === undefined && sameRows(merged, batch.members, items)
      ? [{ query: merged, members: batch.members }]
      : batch.members.map((index) => ({ query: items[index].query, members: [index] }));
  });
}

/** Whether the merged query returns the groups each member returns alone (always, without groupBy). */
function sameRows(merged: MetricsQuery, members: number[], items: BatchItem[]): boolean {
  if (!merged.groupBy?.length) {
    return true;
  }
  const rowsOf = items[members[0]].rowsOf;
  const rows = rowsOf?.(merged);
  return (
    rows !== undefined && members.every((index) => items[index].rowsOf?.(items[index].query as MetricsQuery) === rows)
  );
}

/**
 * An attainment query without its period and pacing: those of one metric, grouping and filters are
 * read in one pass whatever period they measure; linear and working-day pacing only shape the frames.
 */
function sameButPeriod(query: AttainmentQuery): string {
  const { period: _period, pace: _pace, ...rest } = query;
  return canonicalJson(rest);
}

/** The query without its metric list, written so that equal queries give equal text whatever their key order. */
function sameButMetrics(query: MetricsQuery): string {
  const { metrics: _metrics, ...rest } = query;
  return canonicalJson(rest);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(',')}]`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
