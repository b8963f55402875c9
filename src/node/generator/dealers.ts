import type { RowValue } from '../executors/types';
import { DAY_MS, isoDate, monthKey, monthStart } from './calendar';
import { Random } from './random';
import { monthlyPlan, yearPlan } from './targets';

/**
 * Dealers (经销商): the customers who buy through the dealer channel each belong to one dealer of
 * their region. Each dealer gets a monthly bookings plan at its region's level (region and dealer
 * named), set like the company's: its own actual pace raised by 5–15 %.
 */

export function dealerName(region: string, number: number): string {
  return `${region} Dealer ${number}`;
}

export class DealerPlans {
  /** bookings in cents per dealer ("region|number") and month */
  private readonly actuals = new Map<string, Map<number, number>>();

  constructor(private readonly seed: number) {}

  /** A deal won by a customer of the dealer. */
  recordWin(region: string, dealer: number, closeDay: number, cents: number): void {
    const key = `${region}|${dealer}`;
    const months = this.actuals.get(key) ?? new Map<number, number>();
    months.set(monthKey(closeDay), (months.get(monthKey(closeDay)) ?? 0) + cents);
    this.actuals.set(key, months);
  }

  /**
   * Target rows (without their id, in contract order after it) for every month of each calendar
   * year the data touches, for each dealer that won anything.
   */
  *targets(start: number, cutoff: number): Generator<RowValue[]> {
    const firstYear = new Date(start).getUTCFullYear();
    const lastYear = new Date(cutoff - DAY_MS).getUTCFullYear();
    const dealers = [...this.actuals.keys()].sort();
    for (let year = firstYear; year <= lastYear; year++) {
      for (const [index, key] of dealers.entries()) {
        const [region, number] = key.split('|');
        const months = this.actuals.get(key)!;
        const uplift = Random.derive(this.seed, 12, year, index).uniform(1.05, 1.15);
        const plan = yearPlan(year, start, cutoff, (month) => months.get(month) ?? 0, uplift);
        if (plan <= 0) {
          continue;
        }
        for (const [month, cents] of monthlyPlan(plan).entries()) {
          const from = monthStart(year, month);
          const to = monthStart(year, month + 1) - DAY_MS;
          yield [
            'bookings',
            isoDate(from),
            isoDate(to),
            null,
            null,
            region,
            null,
            cents / 100,
            dealerName(region, Number(number)),
          ];
        }
      }
    }
  }
}
