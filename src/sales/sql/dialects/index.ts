import { salesError } from '../../errors';
import type { Dialect } from '../../types';
import type { SqlDialect } from '../dialect';
import { clickhouse } from './clickhouse';
import { duckdb } from './duckdb';
import { mysql } from './mysql';
import { postgres } from './postgres';

const DIALECTS: Record<Dialect, SqlDialect> = { postgres, mysql, clickhouse, duckdb };

export const DIALECT_IDS = Object.keys(DIALECTS) as Dialect[];

export function getDialect(id: string): SqlDialect {
  const dialect = DIALECTS[id as Dialect];
  if (!dialect) {
    throw salesError('sql.dialect-unknown', { id, ids: DIALECT_IDS.join(', ') }, 'invalid_config');
  }
  return dialect;
}
