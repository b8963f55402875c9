import { changeScale, type MetricDef } from '../catalog/metrics';

/**
 * A metric's change from the previous window to the current one: relative to |previous| (null when it
 * is 0), or a difference, in percentage points for shares. Written here twice, side by side: as SQL
 * for a comparison computed in one statement, and in the same double arithmetic for one whose windows
 * ran apart (sql/splitComparison.ts), so that both give the same number.
 */
export function changeSql(metric: MetricDef, current: string, previous: string): string {
  const scale = changeScale(metric);
  return scale === 'relative'
    ? `(${current} - (${previous})) / NULLIF(abs(${previous}), 0)`
    : `(${current} - (${previous})) * ${scale === 'percentage_points' ? 100 : 1}`;
}

export function changeValue(metric: MetricDef, current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) {
    return null;
  }
  const scale = changeScale(metric);
  if (scale === 'relative') {
    return Math.abs(previous) === 0 ? null : (current - previous) / Math.abs(previous);
  }
  return (current - previous) * (scale === 'percentage_points' ? 100 : 1);
}
