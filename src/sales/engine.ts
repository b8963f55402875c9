import { resolveTable, type WarehouseLocation } from './catalog/tables';
import { type Phrase, phrase, SalesError, salesError } from './errors';
import { DEFAULT_CURRENCY_UNIT, type DisplayOptions } from './frames/fieldConfig';
import { inAmountUnit } from './frames/amountUnits';
import type { PacingOptions } from './frames/attainmentFrame';
import { type CompiledStatement, type FrameContext, queryKind } from './kinds';
import type { SplitStatement } from './kinds/types';
import type { CompileContext } from './sql/compile';
import type { DataFrameJSON, Executor, SalesQuery } from './types';
import { CONTRACT } from './warehouse/contract';
import { readSchemaColumns } from './warehouse/introspect';
import { getDialect } from './sql/dialects';
import { checkStatementSize } from './sql/limits';
import { readsOnlyClosedPeriods } from './sql/closedPeriods';

/** Everything a query runs against besides the query itself. */
export interface EngineContext extends Omit<CompileContext, 'dialect'> {
  executor: Executor;
  display?: Partial<DisplayOptions>;
  pacing?: PacingOptions;
}

export interface RunOptions {
  refId?: string;
  signal?: AbortSignal;
}

export type { CompiledStatement };

type RunStatementOptions = NonNullable<Parameters<Executor['run']>[1]>;

function compileContext(
  context: Omit<EngineContext, 'executor'> & { dialect: CompileContext['dialect'] }
): CompileContext {
  return {
    dialect: context.dialect,
    location: context.location,
    range: context.range,
    currentTime: context.currentTime,
    timeZone: context.timeZone,
    fiscalYearStartMonth: context.fiscalYearStartMonth,
    profile: context.profile,
    rangeUnit: context.rangeUnit,
    rollups: context.rollups,
  };
}

/** What a query run in this engine context is compiled against. */
export function compileContextOf(context: EngineContext): CompileContext {
  return compileContext({ ...context, dialect: context.executor.dialect });
}

/** The number of filter values a query lists, for the message when its SQL is too long. */
function filterValueCount(query: SalesQuery): number {
  const filters = (query as { filters?: Array<{ values?: unknown }> }).filters;
  return Array.isArray(filters)
    ? filters.reduce((sum, filter) => sum + (Array.isArray(filter?.values) ? filter.values.length : 0), 0)
    : 0;
}

function checkedSize<T extends CompiledStatement>(
  statement: T,
  query: SalesQuery,
  dialect: CompileContext['dialect']
): T {
  checkStatementSize(getDialect(dialect), statement.sql, filterValueCount(query));
  return statement;
}

/** Compiles a query to the SQL the engine would run ("Show SQL", `salesperf sql`). */
export function compileQuery(query: SalesQuery, context: CompileContext): CompiledStatement {
  return checkedSize(queryKind(query).compile(query, context), query, context.dialect);
}

/** Runs one query: SalesQuery → one SQL statement → executor → frames. */
export async function runQuery(
  query: SalesQuery,
  context: EngineContext,
  options: RunOptions = {}
): Promise<DataFrameJSON[]> {
  const kind = queryKind(query);
  const [frames] = await runShared(
    query,
    context,
    [(compiled, rows, frameContext) => kind.toFrames(compiled, rows, query, { ...frameContext, refId: options.refId })],
    options.signal
  );
  return frames;
}

/** Turns the rows of a statement into frames (the refId of the frame context is the reader's to set). */
export type RowsReader = (compiled: CompiledStatement, rows: DataFrameJSON, context: FrameContext) => DataFrameJSON[];

/**
 * Runs the one statement `query` compiles to and gives each reader's frames from its rows, finished
 * as every query's frames are (amount unit, executed SQL): runQuery has one reader, the query itself;
 * a merged batch has one per query it answers.
 */
export async function runShared(
  query: SalesQuery,
  context: EngineContext,
  readers: RowsReader[],
  signal?: AbortSignal
): Promise<DataFrameJSON[][]> {
  const kind = queryKind(query);
  const compile = compileContextOf(context);
  const compiled = kind.compile(query, compile);
  // kept closed periods: the closed part of the statement apart from the open one, where they recombine exactly
  const split = context.executor.keepsClosedPeriods ? kind.split?.(compiled, query, compile) : undefined;
  return runCompiled(compiled, split, query, context, readers, signal);
}

/**
 * Runs a compiled statement (or its split parts) and gives each reader's frames from its rows, as
 * runShared does; `query` is the one whose filter values the statement lists (its size check).
 */
export async function runCompiled(
  compiled: CompiledStatement,
  split: SplitStatement | undefined,
  query: SalesQuery,
  context: EngineContext,
  readers: RowsReader[],
  signal?: AbortSignal
): Promise<DataFrameJSON[][]> {
  const display: DisplayOptions = { currencyUnit: context.display?.currencyUnit || DEFAULT_CURRENCY_UNIT };
  const compile = compileContextOf(context);
  const execute = async (statement: CompiledStatement) => {
    checkedSize(statement, query, compile.dialect);
    const closed = readsOnlyClosedPeriods(statement, compile.currentTime);
    return runStatement(statement, context.executor, context.location, { signal, closed });
  };
  const rows = split ? split.merge(await Promise.all(split.parts.map(execute))) : await execute(compiled);
  const sql = split ? split.parts.map((part) => part.sql).join(';\n') : compiled.sql;
  rows.schema.meta = { ...rows.schema.meta, executedQueryString: sql };
  const frameContext: FrameContext = { compile, display, pacing: context.pacing ?? {} };
  // every kind's frames pass here: amounts in 万元 are divided once, for all of them
  return readers.map((read) =>
    read(compiled, rows, frameContext).map((frame) => {
      const inUnit = inAmountUnit(frame, display.currencyUnit);
      return { ...inUnit, schema: { ...inUnit.schema, meta: { ...inUnit.schema.meta, executedQueryString: sql } } };
    })
  );
}

async function runStatement(
  statement: CompiledStatement,
  executor: Executor,
  location: WarehouseLocation,
  options: RunStatementOptions
): Promise<DataFrameJSON> {
  const { signal } = options;
  try {
    return await executor.run(statement.sql, options);
  } catch (error) {
    if ((error instanceof SalesError && error.code !== 'engine_error') || signal?.aborted) {
      throw error;
    }
    throw await explainFailure(error, statement, executor, location);
  }
}

/**
 * Turns an engine error into a message naming what is wrong with the warehouse: a missing table
 * or column of the contract when that is the cause, else the engine's own message.
 */
async function explainFailure(
  error: unknown,
  statement: CompiledStatement,
  executor: Executor,
  location: WarehouseLocation
): Promise<SalesError> {
  const engineMessage = error instanceof Error ? error.message : String(error);
  const denied = await permissionDenied(engineMessage, statement, executor, location);
  if (denied) {
    return denied;
  }
  try {
    const catalog = await readSchemaColumns(executor, resolveTable(location, 'reps').schema);
    const problems: Phrase[] = [];
    for (const id of statement.tables) {
      const table = resolveTable(location, id);
      const columns = catalog.get(table.name);
      if (!columns) {
        problems.push(phrase('run.table-missing', { table: `${table.schema}.${table.name}` }));
        continue;
      }
      const contract = CONTRACT.find((def) => def.name === id);
      const missing = (contract?.columns ?? [])
        .filter((column) => !columns.has(column.name))
        .map((column) => column.name);
      if (missing.length) {
        problems.push(
          phrase('run.table-lacks-columns', { table: `${table.schema}.${table.name}`, columns: missing.join(', ') })
        );
      }
    }
    if (problems.length) {
      return salesError(
        'run.missing',
        { problems },
        problems[0].key === 'run.table-missing' ? 'missing_table' : 'missing_column'
      );
    }
  } catch {
    // the catalog could not be read either: report the engine's message
  }
  return salesError('run.failed', { message: engineMessage }, 'engine_error');
}

/** The engines' words for a refused privilege (PostgreSQL, MySQL/MariaDB, ClickHouse). */
const DENIED = /permission denied|command denied to user|access denied|not enough privileges/i;

/**
 * A refused read reported as such, naming the table and the warehouse role (the catalog would not
 * show the table to that role, which read as "missing" before).
 */
async function permissionDenied(
  engineMessage: string,
  statement: CompiledStatement,
  executor: Executor,
  location: WarehouseLocation
): Promise<SalesError | undefined> {
  if (!DENIED.test(engineMessage)) {
    return undefined;
  }
  const names = statement.tables.map((id) => resolveTable(location, id));
  const named = names.find((table) => new RegExp(`\\b${table.name}\\b`).test(engineMessage));
  // MySQL and ClickHouse name the user in the message; ClickHouse 18.16 has no function that does
  const said = /(?:to|for) user '?([^'\s,]+)'?/i.exec(engineMessage)?.[1];
  let role = said ? phrase('run.the-role', { role: said }) : phrase('run.the-warehouse-role', {});
  try {
    const frame = await executor.run(getDialect(executor.dialect).catalog.currentUserQuery);
    const value = frame.data.values[0]?.[0];
    if (value !== undefined && value !== null) {
      role = phrase('run.the-role', { role: String(value) });
    }
  } catch {
    // the role stays unnamed
  }
  const what = named
    ? phrase('run.the-table', { table: `${named.schema}.${named.name}` })
    : phrase('run.the-tables', { tables: names.map((t) => `${t.schema}.${t.name}`).join(', ') });
  return salesError('run.permission-denied', { role, what, message: engineMessage }, 'permission_denied');
}
