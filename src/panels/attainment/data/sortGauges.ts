import { type SortBy, type SortOrder } from '../types';
import { statusSeverity } from './status';
import { type Gauge } from './toGauges';

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function compareNullable(a: number | null, b: number | null, order: SortOrder): number | null {
  // Gauges without a value go last whatever the order: they have nothing to rank.
  if (a === null || b === null) {
    return a === b ? null : a === null ? 1 : -1;
  }
  const diff = order === 'asc' ? a - b : b - a;
  return diff === 0 ? null : diff;
}

/**
 * Orders the gauges. 'status' puts the worst first in ascending order (off track, cautioned, on
 * track, then gauges without a status), ties broken by attainment; equal keys keep the data order.
 */
export function sortGauges(gauges: Gauge[], sortBy: SortBy, order: SortOrder): Gauge[] {
  if (sortBy === 'data') {
    return order === 'asc' ? [...gauges] : [...gauges].reverse();
  }
  const sign = order === 'asc' ? 1 : -1;
  const compare = (a: Gauge, b: Gauge): number => {
    switch (sortBy) {
      case 'name':
        return sign * collator.compare(a.name, b.name);
      case 'attainment':
        return compareNullable(a.attainment, b.attainment, order) ?? 0;
      case 'status': {
        const severityA = statusSeverity(a.status);
        const severityB = statusSeverity(b.status);
        if (severityA !== severityB) {
          // gauges without a status stay last in both orders
          return severityA === 3 || severityB === 3 ? severityA - severityB : sign * (severityA - severityB);
        }
        return compareNullable(a.attainment, b.attainment, order) ?? 0;
      }
    }
  };
  return gauges
    .map((gauge, index) => ({ gauge, index }))
    .sort((a, b) => compare(a.gauge, b.gauge) || a.index - b.index)
    .map(({ gauge }) => gauge);
}
