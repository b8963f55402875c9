import { type Dialect, SalesError } from '../../sales';
import { ClickhouseExecutor, clickhouseOptions } from './clickhouse';
import { DuckdbExecutor } from './duckdb';
import { MysqlExecutor } from './mysql';
import { PgliteExecutor } from './pglite';
import { PostgresExecutor } from './postgres';
import { ENGINES, type Engine, type NodeExecutor } from './types';

export { missingPath } from './paths';
export { ENGINES, type Engine, type NodeExecutor, type RowValue, type TableWriter } from './types';
export { clickhouseOptions } from './clickhouse';

const URL_HELP: Record<Engine, string> = {
  postgres: 'postgres://user:password@host:5432/database',
  pglite: 'a data directory, or memory:// for a database in memory',
  mysql: 'mysql://user:password@host:3306/database',
  clickhouse: 'http://user:password@host:8123/database',
  duckdb: 'a database file, or :memory:',
};

export function engineDialect(engine: Engine): Dialect {
  return engine === 'pglite' ? 'postgres' : engine;
}

export function checkEngine(engine: string): Engine {
  if (!(ENGINES as readonly string[]).includes(engine)) {
    throw new SalesError(`Unknown engine "${engine}": use one of ${ENGINES.join(', ')}.`, 'invalid_config');
  }
  return engine as Engine;
}

function badUrl(engine: Engine, url: string): SalesError {
  return new SalesError(`"${url}" is not a ${engine} URL: use ${URL_HELP[engine]}.`, 'invalid_config');
}

export interface ExecutorOptions {
  /**
   * Only read (check, query): DuckDB files open READ_ONLY (so another process may hold them), a
   * missing DuckDB file or PGlite directory is an error naming the path instead of a new empty
   * database, PostgreSQL sessions are read-only. Seeding needs it off.
   */
  readOnly?: boolean;
}

/**
 * An Executor for a real engine. It connects on first use, so a bad host or password shows up as
 * the first run()'s error; close() releases connections (and the DuckDB file lock).
 */
export function createExecutor(engine: string, url: string, options: ExecutorOptions = {}): NodeExecutor {
  const readOnly = options.readOnly === true;
  const checked = checkEngine(engine);
  if (typeof url !== 'string' || url.trim() === '') {
    throw new SalesError(`The ${checked} engine needs a URL: ${URL_HELP[checked]}.`, 'invalid_config');
  }
  switch (checked) {
    case 'postgres':
      if (!/^postgres(ql)?:\/\//.test(url)) {
        throw badUrl(checked, url);
      }
      return new PostgresExecutor(url, readOnly);
    case 'mysql':
      if (!/^(mysql|mariadb):\/\//.test(url)) {
        throw badUrl(checked, url);
      }
      return new MysqlExecutor(url.replace(/^mariadb:/, 'mysql:'));
    case 'clickhouse':
      clickhouseOptions(url);
      return new ClickhouseExecutor(url);
    case 'pglite':
      return new PgliteExecutor(url, readOnly);
    case 'duckdb':
      if (/^[a-z]+:\/\//i.test(url)) {
        throw badUrl(checked, url);
      }
      return new DuckdbExecutor(url.replace(/^duckdb:/, ''), readOnly);
  }
}
