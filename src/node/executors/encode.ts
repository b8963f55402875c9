import { type ColumnDef, type LogicalType, utcTimestampText } from '../../sales';
import type { RowValue } from './types';

/** Digits after the decimal point of each exact decimal type (see the DDL). */
export const DECIMAL_SCALE: Partial<Record<LogicalType, number>> = { amount: 2, ratio: 4, score: 2 };

/** Backslash escapes shared by PostgreSQL's COPY text format and ClickHouse's TabSeparated. */
function escapeTsv(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (char) =>
    char === '\\' ? '\\\\' : char === '\t' ? '\\t' : char === '\n' ? '\\n' : '\\r'
  );
}

type Encoder = (value: Exclude<RowValue, null>) => string;

function decimalEncoder(column: ColumnDef): Encoder | undefined {
  const scale = DECIMAL_SCALE[column.type];
  return scale === undefined ? undefined : (value) => (value as number).toFixed(scale);
}

/** Text values for PostgreSQL COPY (text format): timestamps with an explicit UTC offset. */
export function copyEncoder(column: ColumnDef): Encoder {
  switch (column.type) {
    case 'timestamp':
      return (value) => `${utcTimestampText(value as number)}+00`;
    case 'boolean':
      return (value) => (value ? 't' : 'f');
    case 'text':
      return (value) => escapeTsv(value as string);
    default:
      return decimalEncoder(column) ?? ((value) => String(value));
  }
}

/** Text values for ClickHouse TabSeparated: DateTime as Unix seconds, booleans as 1/0. */
export function tabSeparatedEncoder(column: ColumnDef): Encoder {
  switch (column.type) {
    case 'timestamp':
      return (value) => String(Math.floor((value as number) / 1000));
    case 'boolean':
      return (value) => (value ? '1' : '0');
    case 'text':
      return (value) => escapeTsv(value as string);
    default:
      return decimalEncoder(column) ?? ((value) => String(value));
  }
}

/** Rows as tab-separated lines with \N for NULL, each column through its encoder. */
export function tsvLines(rows: RowValue[][], encoders: Encoder[]): string {
  let out = '';
  for (const row of rows) {
    for (let index = 0; index < encoders.length; index++) {
      const value = row[index];
      out += (index === 0 ? '' : '\t') + (value === null ? '\\N' : encoders[index](value));
    }
    out += '\n';
  }
  return out;
}

/** Values for mysql2's placeholders: DATETIME text in UTC, decimals as exact text, booleans as 1/0. */
export function mysqlEncoder(column: ColumnDef): (value: RowValue) => unknown {
  const decimal = decimalEncoder(column);
  switch (column.type) {
    case 'timestamp':
      return (value) => (value === null ? null : utcTimestampText(value as number));
    case 'boolean':
      return (value) => (value === null ? null : value ? 1 : 0);
    default:
      return decimal ? (value) => (value === null ? null : decimal(value)) : (value) => value;
  }
}
