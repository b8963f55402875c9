import { salesError } from '../../errors';
import type { SqlDialect } from '../dialect';
import { clickhouse } from './clickhouse';
import { duckdb } from './duckdb';
import { mysql } from './mysql';
import { postgres } from './postgres';

/** Every SQL dialect, by id: a new dialect is one module in this folder and one entry here. */
const DIALECTS = { postgres, mysql, clickhouse, duckdb } satisfies Record<string, SqlDialect>;

export type Dialect = keyof typeof DIALECTS;

export const DIALECT_IDS = Object.keys(DIALECTS) as Dialect[];

export function getDialect(id: string): SqlDialect {
  const dialect: SqlDialect | undefined = DIALECTS[id as Dialect];
  if (!dialect) {
    throw salesError('sql.dialect-unknown', { id, ids: DIALECT_IDS.join(', ') }, 'invalid_config');
  }
  return dialect;
}
