import {
  type AttainmentQuery,
  type DataFrameJSON,
  type EngineContext,
  isMergeable,
  mergeQueries,
  type MetricsQuery,
  metricsRowsIn,
  runMergedAttainment,
  runMergedQuery,
  runQuery,
  type SalesQuery,
} from '../../sales';
import { abortError, SharedRuns } from '../warehouse/sharedRuns';

/**
 * How long the first mergeable query of a refresh waits for the others. Grafana starts every panel's
 * query() in one pass over the dashboard, and they reach the batcher after the same awaited promises
 * (the warehouse data source, the profile), within a millisecond or two of one another. 5 ms gathers
 * them with room to spare and is nothing next to a round trip to the warehouse; a panel arriving later
 * still gets its answer, from a statement of its own. (In a hidden tab browsers hold timers back to
 * about a second, as they do the dashboard's own refresh timer there.)
 */
export const BATCH_WINDOW_MS = 5;

export interface BatchedRun {
  /** the warehouse data source the query reads (its uid) */
  warehouse: string;
  refId?: string;
  signal: AbortSignal;
}

interface Waiting extends BatchedRun {
  query: SalesQuery;
  context: EngineContext;
  resolve(frames: DataFrameJSON[]): void;
  reject(error: unknown): void;
}

/**
 * Gathers the queries of one refresh and runs those that one statement can answer together
 * (mergeQueries), giving each its own frames. Each query may be cancelled on its own: a merged
 * statement is cancelled only when every query it answers has been (SharedRuns). When a merged
 * statement fails, its queries run alone, so that each gets the error it would get alone.
 */
export class QueryBatcher {
  private waiting: Waiting[] = [];
  private readonly merged = new SharedRuns<DataFrameJSON[][]>();
  private mergedCount = 0;

  constructor(private readonly windowMs = BATCH_WINDOW_MS) {}

  run(query: SalesQuery, context: EngineContext, options: BatchedRun): Promise<DataFrameJSON[]> {
    // with rollups an attainment reads its periods' days there, which a merged statement would not
    if (!isMergeable(query) || (query.kind === 'attainment' && context.rollups)) {
      return runAlone(query, context, options);
    }
    return new Promise<DataFrameJSON[]>((resolve, reject) => {
      if (this.waiting.length === 0) {
        setTimeout(() => this.flush(), this.windowMs);
      }
      this.waiting.push({ ...options, query, context, resolve, reject });
    });
  }

  private flush(): void {
    // a panel closed while waiting does not widen the statements of the others
    const waiting = this.waiting.filter((query) => !query.signal.aborted);
    this.waiting.filter((query) => query.signal.aborted).forEach((query) => query.reject(abortError()));
    this.waiting = [];
    const items = waiting.map(({ query, context, warehouse }) => ({
      query,
      // an attainment measures the period holding its range's start: panels of other ranges merge
      scope: scopeOf(context, warehouse, query.kind === 'attainment'),
      rowsOf: metricsRowsIn(context),
    }));
    for (const batch of mergeQueries(items)) {
      const members = batch.members.map((index) => waiting[index]);
      if (members.length === 1) {
        const [member] = members;
        runAlone(member.query, member.context, member).then(member.resolve, member.reject);
        continue;
      }
      const key = String(++this.mergedCount);
      const start = (signal: AbortSignal) =>
        batch.query.kind === 'attainment'
          ? runMergedAttainment(
              members.map(({ query, context, refId }) => ({ query: query as AttainmentQuery, context, refId })),
              signal
            )
          : runMergedQuery(
              batch.query as MetricsQuery,
              members.map(({ query, refId }) => ({ query: query as MetricsQuery, refId })),
              members[0].context,
              signal
            );
      members.forEach((member, index) => {
        this.merged
          .run(key, start, member.signal)
          .then(
            (frames) => frames[index],
            (error) => {
              if (member.signal.aborted) {
                throw error;
              }
              return runAlone(member.query, member.context, member);
            }
          )
          .then(member.resolve, member.reject);
      });
    }
  }
}

function runAlone(query: SalesQuery, context: EngineContext, options: BatchedRun): Promise<DataFrameJSON[]> {
  return runQuery(query, context, { refId: options.refId, signal: options.signal });
}

const profileIds = new WeakMap<object, number>();
let profileCount = 0;

/**
 * What a query's statement and frames depend on besides the query: the warehouse, its profile (each
 * profile object judged counts as its own) and the rest of the engine context (range, calendar, display …);
 * `anyRange`: but the range, for queries run merged with their own (attainment).
 */
function scopeOf(context: EngineContext, warehouse: string, anyRange: boolean): string {
  const { executor, profile, ...rest } = context;
  const { range: _range, rangeUnit: _unit, ...rangeless } = rest;
  return JSON.stringify([warehouse, executor.dialect, profile ? idOf(profile) : 0, anyRange ? rangeless : rest]);
}

function idOf(profile: object): number {
  let id = profileIds.get(profile);
  if (id === undefined) {
    id = ++profileCount;
    profileIds.set(profile, id);
  }
  return id;
}
