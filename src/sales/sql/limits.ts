import type { TimeRange } from '../catalog/time';
import { salesError } from '../errors';
import type { SqlDialect } from './dialect';

/** What each engine can hold and parse, refused with a message naming the limit rather than run wrong. */

const DAY_MS = 86_400_000;

function utcMidnight(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/** 'YYYY-MM-DD HH:MM:SS' of an instant, years before 1000 and after 9999 written as they are. */
export function instantText(ms: number): string {
  if (!Number.isFinite(ms)) {
    return String(ms);
  }
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) {
    return String(ms);
  }
  const year = date.getUTCFullYear();
  const text = date
    .toISOString()
    .replace(/^[+-]?\d+/, '')
    .replace('T', ' ')
    .slice(0, 12);
  return `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}${text} UTC`;
}

/** Every range must lie within the dates and timestamps the engine can hold. */
export function checkTimeLimits(d: SqlDialect, ranges: TimeRange[]): void {
  const { from, to, types } = d.timeLimits;
  const first = utcMidnight(from);
  const last = utcMidnight(to) + DAY_MS;
  for (const range of ranges) {
    if (range.from < first || range.to > last) {
      throw range.from < first
        ? salesError('sql.range-starts-outside', { at: instantText(range.from), types, from, to }, 'limit_exceeded')
        : salesError('sql.range-ends-outside', { at: instantText(range.to), types, from, to }, 'limit_exceeded');
    }
  }
}

/** A statement longer than the engine parses (ClickHouse's max_query_size) is refused, naming the setting. */
export function checkStatementSize(d: SqlDialect, sql: string, filterValues: number): void {
  if (!d.maxStatement) {
    return;
  }
  const bytes = new TextEncoder().encode(sql).length;
  if (bytes > d.maxStatement.bytes) {
    const params = {
      bytes: bytes.toLocaleString('en-US'),
      setting: d.maxStatement.setting,
      max: d.maxStatement.bytes.toLocaleString('en-US'),
    };
    throw filterValues > 0
      ? salesError(
          'sql.statement-too-long-filters',
          { ...params, values: filterValues.toLocaleString('en-US') },
          'limit_exceeded'
        )
      : salesError('sql.statement-too-long', params, 'limit_exceeded');
  }
}
