import { compileContextOf, type EngineContext, runShared } from '../engine';
import { metricsFrame } from '../frames/metricsFrame';
import { type CompiledQuery, compileMetrics } from '../sql/compile';
import type { DataFrameJSON, MetricsQuery } from '../types';
import { memberOfMerged } from './splitMetrics';

/** One query a merged query answers, and the refId its frames carry. */
export interface MergedMember {
  query: MetricsQuery;
  refId?: string;
}

/**
 * Runs a query merged by mergeQueries once and returns each member's frames, as runQuery returns
 * them for that member alone but for meta.executedQueryString, which is the merged statement.
 */
export function runMergedQuery(
  merged: MetricsQuery,
  members: MergedMember[],
  context: EngineContext,
  signal?: AbortSignal
): Promise<DataFrameJSON[][]> {
  return runShared(
    merged,
    context,
    members.map(({ query, refId }) => (compiled, rows, frameContext) => [
      metricsFrame(memberOfMerged(compiled as CompiledQuery, query), rows, frameContext.display, refId),
    ]),
    signal
  );
}

/** What decides the rows of a metrics query run in this context (mergeQueries' rowsOf); none if it does not compile. */
export function metricsRowsIn(context: EngineContext): (query: MetricsQuery) => string | undefined {
  const compile = compileContextOf(context);
  return (query) => {
    try {
      return compileMetrics(query, compile).rows;
    } catch {
      return undefined;
    }
  };
}
