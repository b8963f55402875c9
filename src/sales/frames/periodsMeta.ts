import { getMetric } from '../catalog/metrics';
import { local } from '../catalog/time';
import type { CompiledQuery } from '../sql/common';
import type { FrameMeta } from '../types';

/**
 * What a metrics frame measured, for panels and people (docs/frames.md, metrics): per period the
 * window, the part flow metrics counted and the instant snapshot metrics are as of; for snapshot
 * metrics measured at a past instant, a notice that they are rebuilt from event dates with today's
 * amounts, and which previous values could not be rebuilt at all.
 */
export interface SnapshotMeta {
  /** per period, the instant snapshot metrics are measured at (epoch ms) */
  asOf: number[];
  /** snapshot metrics measured at a past instant, rebuilt from event dates (amounts are today's) */
  rebuilt: string[];
  /** the past instants they are rebuilt at */
  rebuiltAsOf: number[];
  /** snapshot metrics whose previous value cannot be rebuilt: their `_previous` and `_change` are null */
  unavailable: string[];
  timeZone: string;
}

export function periodsMeta(compiled: CompiledQuery): Pick<FrameMeta, 'custom' | 'notices'> {
  const periods = compiled.periods.map((period) => ({
    from: period.range.from,
    to: period.range.to,
    countedTo: period.flow.to,
    asOf: period.asOf,
  }));
  const snapshots = compiled.metrics.filter((metric) => metric.timeBehaviour === 'snapshot');
  if (snapshots.length === 0) {
    return { custom: { periods } };
  }
  // the current period is always measured; a previous one is not where the metric is unavailable
  const pastPeriods = compiled.periods.flatMap((period, index) => (period.asOf < compiled.currentTime ? [index] : []));
  const measuredAt = (id: string) => pastPeriods.filter((index) => index === 0 || !compiled.unavailable.includes(id));
  const rebuilt = snapshots.filter((metric) => measuredAt(metric.id).length > 0);
  const snapshot: SnapshotMeta = {
    asOf: compiled.periods.map((period) => period.asOf),
    rebuilt: rebuilt.map((metric) => metric.id),
    rebuiltAsOf: [...new Set(rebuilt.flatMap((metric) => measuredAt(metric.id)))]
      .sort((a, b) => a - b)
      .map((index) => compiled.periods[index].asOf),
    unavailable: compiled.unavailable,
    timeZone: compiled.timeZone,
  };
  const labels = (ids: string[]) => ids.map((id) => getMetric(id).label).join(', ');
  const when = (instant: number) =>
    `${local(instant, compiled.timeZone).toFormat('yyyy-MM-dd HH:mm')} (${compiled.timeZone})`;
  const notices: NonNullable<FrameMeta['notices']> = [];
  if (snapshot.rebuilt.length) {
    notices.push({
      severity: 'info',
      text: `${labels(snapshot.rebuilt)} as of ${snapshot.rebuiltAsOf.map(when).join(' and ')} are rebuilt from event dates (created, closed, assigned, paid); amounts are today's.`,
    });
  }
  if (snapshot.unavailable.length) {
    notices.push({
      severity: 'info',
      text: `${labels(snapshot.unavailable)}: no previous value, as the forecast category and probability of deals closed since ${when(snapshot.asOf[1])} are not recorded.`,
    });
  }
  return { custom: { periods, snapshot }, ...(notices.length ? { notices } : {}) };
}
