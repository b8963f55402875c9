import { FIRST_MONDAY_DAY } from '../catalog/time';
import { salesError } from '../errors';
import type { Dialect, Grain } from '../types';
import type { SqlDialect, ZoneSpec } from './dialect';

/**
 * Alert rules only: the bounds of a query's window written as expressions of the warehouse data
 * source's time macro, which Grafana expands on its server when it evaluates the rule. Every other
 * statement the pack compiles holds literals and never a `$`.
 *
 * A rule reads one instant, the end of its time range (the evaluation time, as the rule's
 * relativeTimeRange ends at 0): that instant is "now", and the window is the calendar unit holding it
 * in the rule's time zone (a day, an ISO week from Monday, a month, a fiscal quarter or year), or the
 * last N days up to and including today. Snapshot metrics are measured as of that instant.
 */

/** The window an alert rule measures, around the end of the rule's time range. */
export type MacroWindow = { unit: Grain } | { lastDays: number };

/** The end of the time range as each data source writes it into the statement, and date arithmetic. */
interface MacroDialect {
  /**
   * The end of the time range, an instant comparable with SqlDialect.timestamp():
   * - PostgreSQL (grafana-postgresql-datasource) expands `$__timeTo()` to an untyped text literal
   *   holding the instant in RFC 3339 with `Z`, read here as TIMESTAMPTZ;
   * - MySQL (the core mysql data source) expands `$__timeTo()` to FROM_UNIXTIME(seconds), a DATETIME in
   *   the session's time zone (the server's unless the data source sets one) while the warehouse's
   *   DATETIMEs hold UTC: so the zone-free `$__unixEpochTo()` (whole seconds) is added to the epoch;
   * - ClickHouse (grafana-clickhouse-datasource) expands `$__toTime` to toDateTime(seconds);
   *   its `$__timeTo(column)` is a filter, not a value;
   * - DuckDB (motherduck-duckdb-datasource from 0.4.3) expands `$__timeTo()` as PostgreSQL does.
   */
  end: string;
  /** The date of the end in the zone. */
  today(zone: ZoneSpec, d: SqlDialect): string;
  addDays(date: string, days: string): string;
  addMonths(date: string, months: string): string;
  /** The instant a date's day starts in the zone. */
  midnight(date: string, zone: ZoneSpec, d: SqlDialect): string;
  /** An instant a whole number of seconds earlier. */
  minusSeconds(instant: string, seconds: number): string;
}

const MYSQL_EPOCH = "TIMESTAMP '1970-01-01 00:00:00'";
const MYSQL_END_SECONDS = '$__unixEpochTo()';

/**
 * MySQL without time zone tables: the zone's offset in minutes at `seconds` since the epoch, read on
 * UTC (`wall` false) or on the zone's wall clock, from the offsets written out for the span of the data.
 * INTERVAL() finds the span and ELT() its offset, so `seconds` is written twice, not once per span as
 * the dialect's CASE for columns does: the window's bounds nest conversions inside conversions.
 */
function mysqlOffsetMinutes(seconds: string, zone: ZoneSpec, wall: boolean): string {
  const [first, ...changes] = zone.offsets;
  if (changes.length === 0) {
    return String(first?.offsetMinutes ?? 0);
  }
  // a change at instant c happens on the wall clock at c plus the offset before it
  const points = changes.map(
    (change, index) => change.from / 1000 + (wall ? zone.offsets[index].offsetMinutes * 60 : 0)
  );
  const offsets = zone.offsets.map((span) => span.offsetMinutes);
  return `CAST(ELT(INTERVAL(${seconds}, ${points.join(', ')}) + 1, ${offsets.join(', ')}) AS SIGNED)`;
}

const MACRO_DIALECTS: Record<Dialect, MacroDialect> = {
  postgres: {
    end: 'CAST($__timeTo() AS TIMESTAMPTZ)',
    today: (zone, d) => d.instantDate(MACRO_DIALECTS.postgres.end, zone),
    addDays: (date, days) => `(${date} + CAST(${days} AS INTEGER))`,
    addMonths: (date, months) => `CAST(${date} + CAST(${months} AS INTEGER) * INTERVAL '1 month' AS DATE)`,
    midnight: (date, zone, d) => d.zonelessInstant(`CAST(${date} AS TIMESTAMP)`, zone),
    // seconds, not days: a day interval would follow the session zone's daylight saving changes
    minusSeconds: (instant, seconds) => `(${instant} - INTERVAL '${seconds} seconds')`,
  },
  mysql: {
    end: `TIMESTAMPADD(SECOND, ${MYSQL_END_SECONDS}, ${MYSQL_EPOCH})`,
    today: (zone) =>
      `DATE(TIMESTAMPADD(SECOND, ${MYSQL_END_SECONDS} + 60 * ${mysqlOffsetMinutes(MYSQL_END_SECONDS, zone, false)}, ${MYSQL_EPOCH}))`,
    addDays: (date, days) => `DATE_ADD(${date}, INTERVAL (${days}) DAY)`,
    addMonths: (date, months) => `DATE_ADD(${date}, INTERVAL (${months}) MONTH)`,
    midnight: (date, zone) => {
      const wall = `TIMESTAMPDIFF(SECOND, ${MYSQL_EPOCH}, ${date})`;
      return `TIMESTAMPADD(SECOND, ${wall} - 60 * ${mysqlOffsetMinutes(wall, zone, true)}, ${MYSQL_EPOCH})`;
    },
    minusSeconds: (instant, seconds) => `TIMESTAMPADD(SECOND, -${seconds}, ${instant})`,
  },
  clickhouse: {
    end: '$__toTime',
    today: (zone, d) => d.instantDate(MACRO_DIALECTS.clickhouse.end, zone),
    addDays: (date, days) => `addDays(${date}, ${days})`,
    addMonths: (date, months) => `addMonths(${date}, ${months})`,
    midnight: (date, zone, d) => `toDateTime(concat(toString(${date}), ' 00:00:00'), ${d.string(zone.name)})`,
    minusSeconds: (instant, seconds) => `(${instant} - ${seconds})`,
  },
  duckdb: {
    end: 'CAST($__timeTo() AS TIMESTAMPTZ)',
    today: (zone, d) => d.instantDate(MACRO_DIALECTS.duckdb.end, zone),
    addDays: (date, days) => `CAST(${date} + CAST(${days} AS INTEGER) AS DATE)`,
    addMonths: (date, months) => `CAST(${date} + to_months(CAST(${months} AS INTEGER)) AS DATE)`,
    midnight: (date, zone, d) => d.zonelessInstant(`CAST(${date} AS TIMESTAMP)`, zone),
    minusSeconds: (instant, seconds) => `(${instant} - to_seconds(${seconds}))`,
  },
};

/** A window's bounds as SQL: instants comparable with timestamp columns, dates with date columns. */
export interface WindowSql {
  from: string;
  to: string;
  now: string;
  fromDate: string;
  toDate: string;
  /** the first date whose midnight is at or after now */
  nowDate: string;
  /** now's date */
  todayDate: string;
  /** an instant a number of milliseconds (whole seconds) before now */
  nowMinus(ms: number): string;
}

/** A macro window's bounds, with what pacing needs. */
export interface MacroWindowSql extends WindowSql {
  /** where now sits on the zone's line of days: the day number of its date plus the elapsed part of that day */
  nowDayPosition: string;
}

const EPOCH_MONTH_KEY = 1970 * 12;

/** The bounds of a macro window in a dialect, zone and fiscal calendar. */
export function macroWindowSql(
  d: SqlDialect,
  window: MacroWindow,
  zone: ZoneSpec,
  fiscalStart: number
): MacroWindowSql {
  const m = MACRO_DIALECTS[d.id];
  // each bound a scalar subquery: the engine computes it once per statement, not once per row
  const once = (expr: string) => `(SELECT ${expr})`;
  const now = once(m.end);
  const today = once(m.today(zone, d));
  const dayNumber = d.dateDayNumber(today);
  const epoch = d.date('1970-01-01');
  const dateOfDayNumber = (day: string) => m.addDays(epoch, day);
  const dateOfMonthKey = (key: string) => m.addMonths(epoch, `${key} - ${EPOCH_MONTH_KEY}`);
  const monthKey = d.dateMonthKey(today);
  const shift = fiscalStart - 1;
  let fromDate: string;
  let toDate: string;
  if ('lastDays' in window) {
    fromDate = m.addDays(today, String(-(window.lastDays - 1)));
    toDate = m.addDays(today, '1');
  } else {
    switch (window.unit) {
      case 'day':
        fromDate = today;
        toDate = m.addDays(today, '1');
        break;
      case 'week':
        fromDate = dateOfDayNumber(`${d.floorDiv(`${dayNumber} - ${FIRST_MONDAY_DAY}`, 7)} * 7 + ${FIRST_MONDAY_DAY}`);
        toDate = m.addDays(fromDate, '7');
        break;
      case 'month':
        fromDate = dateOfMonthKey(monthKey);
        toDate = m.addMonths(fromDate, '1');
        break;
      case 'quarter':
        fromDate = dateOfMonthKey(`${d.floorDiv(`${monthKey} - ${shift}`, 3)} * 3 + ${shift}`);
        toDate = m.addMonths(fromDate, '3');
        break;
      case 'year':
        fromDate = dateOfMonthKey(`${d.floorDiv(`${monthKey} - ${shift}`, 12)} * 12 + ${shift}`);
        toDate = m.addMonths(fromDate, '12');
        break;
    }
  }
  fromDate = once(fromDate);
  toDate = once(toDate);
  const todayStart = once(m.midnight(today, zone, d));
  const tomorrowStart = once(m.midnight(m.addDays(today, '1'), zone, d));
  const seconds = d.epochSeconds;
  return {
    from: once(m.midnight(fromDate, zone, d)),
    to: once(m.midnight(toDate, zone, d)),
    now,
    fromDate,
    toDate,
    nowDate: once(`CASE WHEN ${now} > ${todayStart} THEN ${m.addDays(today, '1')} ELSE ${today} END`),
    todayDate: today,
    nowMinus: (ms) => {
      if (!Number.isInteger(ms / 1000)) {
        throw salesError('internal', { detail: `${ms} ms is not a whole number of seconds` });
      }
      return once(m.minusSeconds(now, ms / 1000));
    },
    // a day of 23 or 25 hours (daylight saving) still counts as one day, as analytics/calendar counts
    nowDayPosition: `(${dayNumber} + (${seconds(now)} - ${seconds(todayStart)}) / (${seconds(tomorrowStart)} - ${seconds(todayStart)}))`,
  };
}
