import type { Funnel } from './model';

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * The values that map to no width and to full width: the stage fields' `min` (0 when unset, so
 * that widths and percentages are not skewed by the smallest stage) and their `max` (else the
 * largest value or comparison value of the funnels given).
 */
export function valueDomain(funnels: Funnel[]): [number, number] {
  const stages = funnels.flatMap((funnel) => funnel.stages);
  const configuredMins = stages.map((stage) => stage.source.field.config.min).filter(finite);
  const configuredMaxes = stages.map((stage) => stage.source.field.config.max).filter(finite);
  const low = configuredMins.length > 0 ? Math.min(...configuredMins) : 0;
  let high = -Infinity;
  if (configuredMaxes.length > 0) {
    high = Math.max(...configuredMaxes);
  } else {
    for (const stage of stages) {
      high = Math.max(high, stage.value, stage.comparison?.value ?? -Infinity);
    }
  }
  return [low, high > low ? high : low + 1];
}
