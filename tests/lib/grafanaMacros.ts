import type { Dialect } from '../../src/sales/types';

/**
 * Grafana's expansion of the time macros in a statement, as each warehouse data source does it on
 * Grafana's server when an alert rule is evaluated over [from, to):
 *
 * - grafana-postgresql-datasource: `$__timeFrom()` and `$__timeTo()` become the instant in quotes, in
 *   UTC as Go formats RFC 3339 with nanoseconds (`'2024-03-15T16:00:00Z'`, `'…:00.5Z'`: trailing zeros of
 *   the fraction dropped, no fraction when it is zero); `$__unixEpochFrom()` and `$__unixEpochTo()` whole
 *   seconds (Go's Unix(), rounded down), which the SQL engine of every core SQL data source replaces first.
 * - mysql: `$__unixEpochFrom()` / `$__unixEpochTo()` the same; `$__timeFrom()` / `$__timeTo()` become
 *   FROM_UNIXTIME(seconds).
 * - grafana-clickhouse-datasource: `$__fromTime` and `$__toTime` become toDateTime(seconds).
 * - motherduck-duckdb-datasource: `$__timeFrom()` / `$__timeTo()` become the instant in quotes, RFC 3339
 *   without fraction (Go's time.RFC3339, which drops the fraction).
 */
export function expandTimeMacros(sql: string, dialect: Dialect, range: { from: number; to: number }): string {
  const seconds = (ms: number) => String(Math.floor(ms / 1000));
  const rfc3339 = (ms: number, nanos: boolean) => {
    const iso = new Date(ms).toISOString();
    const fraction = iso.slice(19, 23).replace(/0+$/, '');
    return `${iso.slice(0, 19)}${nanos && fraction !== '.' ? fraction : ''}Z`;
  };
  const epoch = (text: string) =>
    text.replaceAll('$__unixEpochFrom()', seconds(range.from)).replaceAll('$__unixEpochTo()', seconds(range.to));
  switch (dialect) {
    case 'postgres':
      return epoch(sql)
        .replaceAll('$__timeFrom()', `'${rfc3339(range.from, true)}'`)
        .replaceAll('$__timeTo()', `'${rfc3339(range.to, true)}'`);
    case 'mysql':
      return epoch(sql)
        .replaceAll('$__timeFrom()', `FROM_UNIXTIME(${seconds(range.from)})`)
        .replaceAll('$__timeTo()', `FROM_UNIXTIME(${seconds(range.to)})`);
    case 'clickhouse':
      return sql
        .replace(/\$__fromTime(?![A-Za-z0-9_])/g, `toDateTime(${seconds(range.from)})`)
        .replace(/\$__toTime(?![A-Za-z0-9_])/g, `toDateTime(${seconds(range.to)})`);
    case 'duckdb':
      return sql
        .replaceAll('$__timeFrom()', `'${rfc3339(range.from, false)}'`)
        .replaceAll('$__timeTo()', `'${rfc3339(range.to, false)}'`);
  }
}
