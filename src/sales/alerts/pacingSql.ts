import { checkWeekdays, MONDAY_TO_FRIDAY } from '../analytics/calendar';
import type { SqlDialect } from '../sql/dialect';
import type { MacroWindowSql } from '../sql/macroBounds';
import type { PaceMode } from '../types';

/**
 * The attainment kind's pacing (analytics/pacing: elapsedShare and pace) written in SQL, for alert
 * rules, whose numbers Grafana reads from the warehouse's rows. The formulas are the same: days are
 * positions on the zone's line of days (a day of 23 or 25 hours counts as one), working days count
 * the chosen weekdays, ratios with an empty or zero denominator are NULL, a missing actual counts 0.
 */

/** The columns of the attainment statement a value is computed from (SQL expressions). */
export interface AttainmentColumns {
  actual: string;
  target: string;
  /** open pipeline closing between now and the end of the window (bookings only) */
  openPipeline?: string;
}

interface Elapsed {
  /** elapsed days (calendar or working) from the window's start to now */
  elapsed: string;
  /** days (calendar or working) in the window */
  total: string;
}

/**
 * Working days before a day number (counted from day 0, 1970-01-01, a Thursday) as a SQL expression:
 * whole weeks by count, the rest of the week by a table of the weekdays before each position.
 */
function workingDaysBefore(d: SqlDialect, day: string, weekdays: Set<number>): string {
  const weekdayAt = (position: number) => ((position + 3) % 7) + 1;
  const before = [0, 1, 2, 3, 4, 5, 6].map(
    (rest) => [...Array(rest).keys()].filter((position) => weekdays.has(weekdayAt(position))).length
  );
  const weeks = d.floorDiv(day, 7);
  const rest = `(${day}) - 7 * ${weeks}`;
  // searched CASE: ClickHouse 18.16 matches `CASE x WHEN` by exact type (Int64 against UInt8 never matches)
  const counts = before.map((count, position) => `WHEN ${rest} = ${position} THEN ${count}`).join(' ');
  return `(${weeks} * ${weekdays.size} + CASE ${counts} END)`;
}

function isWorkingDay(d: SqlDialect, day: string, weekdays: Set<number>): string {
  const rest = `(${day}) - 7 * ${d.floorDiv(day, 7)}`;
  const working = [0, 1, 2, 3, 4, 5, 6].filter((position) => weekdays.has(((position + 3) % 7) + 1));
  return working.length === 0 ? '0' : `CASE WHEN ${rest} IN (${working.join(', ')}) THEN 1 ELSE 0 END`;
}

function elapsedDays(
  d: SqlDialect,
  b: MacroWindowSql,
  mode: Exclude<PaceMode, 'seasonal'>,
  weekdays: Set<number>
): Elapsed {
  const from = d.dateDayNumber(b.fromDate);
  const to = d.dateDayNumber(b.toDate);
  if (mode === 'linear') {
    return { elapsed: `${d.toDouble(b.nowDayPosition)} - ${d.toDouble(from)}`, total: d.toDouble(`${to} - ${from}`) };
  }
  const today = d.dateDayNumber(b.todayDate);
  const fraction = `${d.toDouble(b.nowDayPosition)} - ${d.toDouble(today)}`;
  const atNow = `${d.toDouble(workingDaysBefore(d, today, weekdays))} + ${isWorkingDay(d, today, weekdays)} * (${fraction})`;
  const atFrom = d.toDouble(workingDaysBefore(d, from, weekdays));
  return {
    elapsed: `(${atNow}) - ${atFrom}`,
    total: `${d.toDouble(workingDaysBefore(d, to, weekdays))} - ${atFrom}`,
  };
}

/** The target-family metric's value from the attainment columns, as analytics/pacing computes it. */
export function pacedValueSql(
  d: SqlDialect,
  metric: string,
  columns: AttainmentColumns,
  b: MacroWindowSql,
  mode: Exclude<PaceMode, 'seasonal'>,
  workingWeekdays: readonly number[] = MONDAY_TO_FRIDAY
): string {
  const { elapsed, total } = elapsedDays(d, b, mode, checkWeekdays(workingWeekdays));
  const ratio = (numerator: string, denominator: string) => `(${numerator}) / NULLIF(${denominator}, 0)`;
  const actual = `COALESCE(${columns.actual}, 0)`;
  const target = columns.target;
  const share = ratio(elapsed, total);
  const expected = `(${target}) * (${share})`;
  const gap = `CASE WHEN ${target} IS NULL THEN ${d.nullDouble()} WHEN ${target} - ${actual} > 0 THEN ${target} - ${actual} ELSE ${d.toDouble('0')} END`;
  switch (metric) {
    case 'target':
      return target;
    case 'attainment':
      return ratio(actual, target);
    case 'expected_to_date':
      return expected;
    case 'pace':
      return ratio(actual, expected);
    case 'gap':
      return gap;
    case 'required_run_rate':
      return ratio(gap, `(${total}) - (${elapsed})`);
    case 'projected':
      return ratio(actual, share);
    case 'coverage':
      return ratio(columns.openPipeline ?? d.nullDouble(), gap);
    default:
      throw new Error(`internal: ${metric} is not a paced value`);
  }
}
