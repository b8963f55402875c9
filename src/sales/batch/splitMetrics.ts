import { salesError } from '../errors';
import { checkMetrics } from '../sql/common';
import type { CompiledQuery } from '../sql/compile';
import type { MetricsQuery } from '../types';

/**
 * The compiled form of one query a merged metrics query answers, cut out of the merged one: its
 * metrics, their fields (value, previous, change) in its own order and which of them could not be
 * measured in the previous period; periods, zone and current time are the merged query's, which are
 * its own as the two differ only in metrics. The SQL (and how far it reads) stays the merged statement, the one that ran.
 * Building a metrics frame from this and the merged rows gives the frame the query alone would get.
 */
export function memberOfMerged(merged: CompiledQuery, member: MetricsQuery): CompiledQuery {
  const ids = checkMetrics(member.metrics).map((metric) => metric.id);
  const metricOf = (id: string) => {
    const metric = merged.metrics.find((candidate) => candidate.id === id);
    if (!metric) {
      throw salesError('internal', { detail: `the merged query has no metric ${id}` });
    }
    return metric;
  };
  return {
    ...merged,
    fields: [
      ...merged.fields.filter((field) => field.metric === undefined),
      ...ids.flatMap((id) => merged.fields.filter((field) => field.metric === id)),
    ],
    metrics: ids.map(metricOf),
    unavailable: ids.filter((id) => merged.unavailable.includes(id)),
  };
}
