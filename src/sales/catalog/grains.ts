import { SalesError } from '../errors';
import type { Grain } from '../types';

export const GRAINS: Grain[] = ['day', 'week', 'month', 'quarter', 'year'];

export function checkGrain(grain: string): Grain {
  if (!GRAINS.includes(grain as Grain)) {
    throw new SalesError(`Unknown grain "${grain}": use one of ${GRAINS.join(', ')}.`);
  }
  return grain as Grain;
}
