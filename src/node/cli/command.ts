import type { ParseArgsConfig } from 'util';

import { checkIdentifier, checkTimeZone, DEFAULT_SCHEMA, SalesError } from '../../sales';
import { checkEngine, ENGINES, type Engine } from '../executors';

/** Where a command writes: the terminal in real use, buffers in tests. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** True when err() goes to a terminal (progress bars redraw in place). */
  errIsTty: boolean;
}

export type OptionValues = Record<string, string | boolean | undefined>;

/**
 * A salesperf sub-command. Commands live in their own modules and are listed in registry.ts;
 * main.ts parses options with node:util parseArgs from `options` and prints `help`.
 */
export interface Command {
  name: string;
  summary: string;
  /** Usage line(s) and option descriptions, shown by `salesperf <name> --help`. */
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Resolves to the process exit code. */
  run(values: OptionValues, positionals: string[], io: CliIo): Promise<number>;
}

export const CONNECTION_HELP = [
  `  --engine E     ${ENGINES.join(' | ')}`,
  '  --url URL      postgres://user:password@host:5432/db, mysql://user:password@host:3306/db,',
  '                 http://user:password@host:8123/db (ClickHouse), a PGlite directory or memory://,',
  '                 a DuckDB file or :memory:',
  `  --schema S     the schema (a database in MariaDB and ClickHouse); default ${DEFAULT_SCHEMA}`,
].join('\n');

export const CONNECTION_OPTIONS: Command['options'] = {
  engine: { type: 'string' },
  url: { type: 'string' },
  schema: { type: 'string', default: DEFAULT_SCHEMA },
};

export interface Connection {
  engine: Engine;
  url: string;
  schema: string;
}

export function connectionOf(values: OptionValues): Connection {
  if (typeof values.engine !== 'string') {
    throw new SalesError(`--engine is required: one of ${ENGINES.join(', ')}.`, 'invalid_config');
  }
  const engine = checkEngine(values.engine);
  if (typeof values.url !== 'string' || values.url === '') {
    throw new SalesError('--url is required: where the warehouse is (see --help).', 'invalid_config');
  }
  const schema = checkIdentifier(String(values.schema ?? DEFAULT_SCHEMA), 'schema name');
  return { engine, url: values.url, schema };
}

/** A time zone option, checked against the IANA names (its canonical case kept), naming the option. */
export function zoneOption(values: OptionValues, option: string): string {
  const text = String(values[option]);
  try {
    return checkTimeZone(text);
  } catch {
    throw new SalesError(
      `--${option} "${text}" is not an IANA time zone: use a name such as UTC, Europe/Berlin or America/New_York.`,
      'invalid_config'
    );
  }
}
