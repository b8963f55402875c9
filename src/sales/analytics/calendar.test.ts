import fc from 'fast-check';
import { DateTime } from 'luxon';
import { calendarDays, workingDays } from './calendar';

/** The slow, obvious count: walk the zone's days one by one. */
function bruteForce(from: number, to: number, zone: string, isCounted: (weekday: number) => boolean): number {
  let total = 0;
  let day = DateTime.fromMillis(from, { zone }).startOf('day');
  while (day.toMillis() < to) {
    const next = day.plus({ days: 1 }).startOf('day');
    const overlap = Math.min(next.toMillis(), to) - Math.max(day.toMillis(), from);
    if (overlap > 0 && isCounted(day.weekday)) {
      total += overlap / (next.toMillis() - day.toMillis());
    }
    day = next;
  }
  return total;
}

describe('calendar day counts', () => {
  const zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Shanghai', 'Australia/Lord_Howe'];

  it('agree with walking the days one by one, in any zone, before and after 1970', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -20 * 365 * 86_400_000, max: 60 * 365 * 86_400_000 }),
        fc.integer({ min: 0, max: 400 * 86_400_000 }),
        fc.constantFrom(...zones),
        fc.subarray([1, 2, 3, 4, 5, 6, 7]),
        (from, length, zone, weekdays) => {
          const to = from + length;
          const set = new Set(weekdays);
          expect(calendarDays(from, to, zone)).toBeCloseTo(
            bruteForce(from, to, zone, () => true),
            9
          );
          expect(workingDays(from, to, zone, set)).toBeCloseTo(
            bruteForce(from, to, zone, (day) => set.has(day)),
            9
          );
        }
      ),
      { numRuns: 100 }
    );
  });

  it('counts a whole week as its working days', () => {
    const monday = DateTime.fromISO('2025-06-02', { zone: 'Asia/Shanghai' });
    const from = monday.toMillis();
    const to = monday.plus({ weeks: 1 }).toMillis();
    expect(calendarDays(from, to, 'Asia/Shanghai')).toBe(7);
    expect(workingDays(from, to, 'Asia/Shanghai', new Set([1, 2, 3, 4, 5]))).toBe(5);
    expect(workingDays(from, to, 'Asia/Shanghai', new Set([1, 2, 3, 4, 5, 6]))).toBe(6);
  });
});
