import type { Dialect } from '../types';
import type { LogicalType } from './contract';

/** Families of engine types, as far as the contract cares. */
export type TypeFamily = 'text' | 'integer' | 'decimal' | 'float' | 'boolean' | 'date' | 'timestamptz' | 'timestamp';

/**
 * What an engine's type name (as introspection reports it) is. MySQL's tinyint(1) and ClickHouse's
 * UInt8 are both integers and the engines' booleans.
 */
export function typeFamilies(dialect: Dialect, nativeType: string): TypeFamily[] {
  let type = nativeType.trim();
  if (dialect === 'clickhouse') {
    type = type.replace(/^Nullable\((.*)\)$/, '$1').replace(/^LowCardinality\((.*)\)$/, '$1');
    if (/^(String|FixedString\(\d+\)|Enum(8|16)?\(.*\)|UUID)$/.test(type)) {
      return ['text'];
    }
    if (/^U?Int(8)$/.test(type) || type === 'Bool') {
      return ['integer', 'boolean'];
    }
    if (/^U?Int(16|32|64|128|256)$/.test(type)) {
      return ['integer'];
    }
    if (/^Decimal(32|64|128|256)?\(/.test(type)) {
      return ['decimal'];
    }
    if (/^Float(32|64)$/.test(type)) {
      return ['float'];
    }
    if (/^Date(32)?$/.test(type)) {
      return ['date'];
    }
    // DateTime stores instants whatever time zone it displays in.
    if (/^DateTime(64)?(\(.*\))?$/.test(type)) {
      return ['timestamptz'];
    }
    return [];
  }
  type = type.toLowerCase();
  if (
    /^(text|character varying|varchar|character|char|bpchar|name|citext|tinytext|mediumtext|longtext|enum)\b/.test(type)
  ) {
    return ['text'];
  }
  if (/^tinyint\(1\)/.test(type) || /^bit\(1\)/.test(type)) {
    return ['integer', 'boolean'];
  }
  if (
    /^(smallint|integer|int|bigint|tinyint|mediumint|hugeint|utinyint|usmallint|uinteger|ubigint|uhugeint|int[248])\b/.test(
      type
    )
  ) {
    return ['integer'];
  }
  if (/^(numeric|decimal)\b/.test(type)) {
    return ['decimal'];
  }
  if (/^(real|double|double precision|float|float[48])\b/.test(type)) {
    return ['float'];
  }
  if (/^(boolean|bool)$/.test(type)) {
    return ['boolean'];
  }
  if (type === 'date') {
    return ['date'];
  }
  if (/^(timestamp with time zone|timestamptz)$/.test(type)) {
    return ['timestamptz'];
  }
  if (/^(timestamp without time zone|timestamp)(\(\d\))?$/.test(type)) {
    // MySQL's TIMESTAMP is an instant (read in the session time zone, UTC for us); PostgreSQL's and DuckDB's are not.
    return dialect === 'mysql' ? ['timestamptz'] : ['timestamp'];
  }
  if (/^(timestamp_s|timestamp_ms|timestamp_ns)$/.test(type)) {
    return ['timestamp'];
  }
  if (/^datetime(\(\d\))?$/.test(type)) {
    // The contract's MariaDB DATETIME columns hold UTC.
    return ['timestamptz'];
  }
  return [];
}

export type TypeVerdict = { ok: true } | { ok: true; warning: string } | { ok: false; expected: string };

export const EXPECTED_TYPE: Record<LogicalType, string> = {
  text: 'a text type',
  integer: 'an integer type',
  amount: 'an exact decimal type (e.g. numeric(18,2))',
  ratio: 'an exact decimal type (e.g. numeric(5,4))',
  score: 'an exact decimal type (e.g. numeric(5,2))',
  boolean: 'a boolean type',
  date: 'a date type',
  timestamp: 'a timestamp type',
};

/** Whether a column of this engine type can serve as a contract column of this logical type. */
export function judgeType(
  dialect: Dialect,
  logical: LogicalType,
  nativeType: string,
  warehouseZone = 'UTC'
): TypeVerdict {
  const families = typeFamilies(dialect, nativeType);
  const has = (family: TypeFamily) => families.includes(family);
  switch (logical) {
    case 'text':
      return has('text') ? { ok: true } : { ok: false, expected: EXPECTED_TYPE.text };
    case 'integer':
    case 'amount':
    case 'ratio':
    case 'score':
      if (has('integer') || has('decimal')) {
        return { ok: true };
      }
      return has('float')
        ? { ok: true, warning: `is a floating-point type: sums are not exact; use ${EXPECTED_TYPE[logical]}` }
        : { ok: false, expected: EXPECTED_TYPE[logical] };
    case 'boolean':
      // PostgreSQL and DuckDB cannot use an integer as a condition; MySQL and ClickHouse can.
      return has('boolean') && (dialect === 'mysql' || dialect === 'clickhouse' || !has('integer'))
        ? { ok: true }
        : { ok: false, expected: dialect === 'clickhouse' ? 'UInt8' : EXPECTED_TYPE.boolean };
    case 'date':
      if (has('date')) {
        return { ok: true };
      }
      return has('timestamp') || has('timestamptz')
        ? {
            ok: true,
            warning: `is a timestamp where the contract expects a date: its date ${has('timestamp') ? '(the wall date)' : `in ${warehouseZone}`} is used`,
          }
        : { ok: false, expected: EXPECTED_TYPE.date };
    case 'timestamp':
      if (has('timestamptz')) {
        return { ok: true };
      }
      return has('timestamp')
        ? {
            ok: true,
            warning: `is a timestamp without time zone: its values are read as wall times in ${warehouseZone} (the warehouse time zone setting); ${
              dialect === 'duckdb' ? 'TIMESTAMPTZ' : 'timestamptz'
            } states the zone in the data`,
          }
        : { ok: false, expected: EXPECTED_TYPE.timestamp };
  }
}
