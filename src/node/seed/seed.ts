import {
  checkIdentifier,
  checkIsoDate,
  CONTRACT,
  createTableSql,
  dropTableSql,
  getDialect,
  readSchemaColumns,
  SalesError,
  type TableDef,
  type TableId,
  warehouseDdl,
} from '../../sales';
import type { NodeExecutor, RowValue, TableWriter } from '../executors';
import { generateWarehouse, type GeneratorOptions } from '../generator/warehouse';

export interface SeedOptions extends GeneratorOptions {
  schema: string;
  /** Drop and recreate the contract's tables when the schema already has some. */
  replace?: boolean;
  onProgress?: (progress: { share: number; rows: number }) => void;
}

export interface SeedResult {
  rows: Partial<Record<TableId, number>>;
  totalRows: number;
  milliseconds: number;
}

/** The contract's tables that already exist in the schema. */
export async function existingContractTables(executor: NodeExecutor, schema: string): Promise<TableId[]> {
  const catalog = await readSchemaColumns(executor, schema);
  return CONTRACT.filter((table) => catalog.has(table.name)).map((table) => table.name);
}

/**
 * Creates the contract's tables in the schema and streams demo data into them through the engine's
 * bulk path, then builds the secondary indexes (cheaper after the load) and refreshes statistics.
 */
export async function seedWarehouse(executor: NodeExecutor, options: SeedOptions): Promise<SeedResult> {
  const started = Date.now();
  const schema = checkIdentifier(options.schema, 'schema name');
  const generator = generateWarehouse(options);
  checkSeedRange(executor.dialect, options.end);
  const existing = await existingContractTables(executor, schema);
  if (existing.length > 0 && !options.replace) {
    throw new SalesError(
      `Schema "${schema}" already has the tables ${existing.join(', ')}: nothing was changed. ` +
        'Pass --replace to drop and recreate the tables of the contract (other tables are left alone).',
      'invalid_config'
    );
  }
  // Loaded into staging tables that replace the old ones only once every row is in: a failed seed
  // leaves the warehouse as it was.
  const staging = CONTRACT.map((table) => ({ ...table, name: stagingName(table.name) as TableId }));
  const ddl = warehouseDdl(executor.dialect, schema);
  for (const statement of ddl.schema) {
    await executor.run(statement);
  }
  for (const table of staging) {
    await executor.run(dropTableSql(executor.dialect, schema, table.name));
  }
  for (const table of staging) {
    await executor.run(createTableSql(executor.dialect, schema, table));
  }
  let rows: Partial<Record<TableId, number>>;
  try {
    rows = await load(executor, schema, generator, options.onProgress, staging);
  } catch (error) {
    for (const table of staging) {
      await executor.run(dropTableSql(executor.dialect, schema, table.name)).catch(() => undefined);
    }
    throw error;
  }
  for (const table of CONTRACT) {
    await executor.run(dropTableSql(executor.dialect, schema, table.name));
    await executor.run(renameTableSql(executor.dialect, schema, stagingName(table.name), table.name));
  }
  for (const statement of ddl.indexes) {
    await executor.run(statement);
  }
  await analyze(executor, schema);
  const totalRows = Object.values(rows).reduce((sum, count) => sum + (count ?? 0), 0);
  return { rows, totalRows, milliseconds: Date.now() - started };
}

export function stagingName(table: TableId): string {
  return `${table}__staging`;
}

function renameTableSql(dialect: NodeExecutor['dialect'], schema: string, from: string, to: string): string {
  const q = getDialect(dialect).quoteIdent;
  return dialect === 'mysql' || dialect === 'clickhouse'
    ? `RENAME TABLE ${q(schema)}.${q(from)} TO ${q(schema)}.${q(to)}`
    : `ALTER TABLE ${q(schema)}.${q(from)} RENAME TO ${q(to)}`;
}

/** Years of data before the end date: three of deals, customers created up to six years before those. */
const SPAN_YEARS = 10;

/** Refuses an end date whose data the engine could not hold, before anything is created. */
export function checkSeedRange(dialect: NodeExecutor['dialect'], end: string): void {
  const { from, to, types } = getDialect(dialect).timeLimits;
  const endDay = checkIsoDate(end);
  const year = (iso: string) => Number(iso.slice(0, 4));
  const shift = (iso: string, years: number) => `${String(year(iso) + years).padStart(4, '0')}${iso.slice(4)}`;
  const endYear = year(endDay);
  if (endYear - SPAN_YEARS < year(from) + (endDay.slice(4) < from.slice(4) ? 1 : 0) || endYear + 1 > year(to)) {
    throw new SalesError(
      `--end ${end}: the demo data spans ${SPAN_YEARS} years before the end date and targets to a year after it, ` +
        `and ${types} hold ${from} to ${to}: choose an end date from ${shift(from, SPAN_YEARS + 1)} to ${shift(to, -1)}. Nothing was changed.`,
      'invalid_value'
    );
  }
}

/** Streams the generated rows into the schema's contract tables through the executor's bulk writers. */
export async function load(
  executor: NodeExecutor,
  schema: string,
  generator: ReturnType<typeof generateWarehouse>,
  onProgress: SeedOptions['onProgress'],
  tables: TableDef[]
): Promise<Partial<Record<TableId, number>>> {
  const writers = new Map<TableId, TableWriter>();
  for (const [index, table] of CONTRACT.entries()) {
    writers.set(table.name, await executor.openWriter(schema, tables[index]));
  }
  const buffers = new Map<TableId, RowValue[][]>(CONTRACT.map((table) => [table.name, []]));
  // One write in flight per table: the next batch of a table waits for its previous one, so memory
  // stays at about two batches per table while the other tables' writes proceed.
  const inFlight = new Map<TableId, Promise<void>>();
  const counts: Partial<Record<TableId, number>> = {};
  let failure: unknown;
  let total = 0;

  const flush = async (table: TableId) => {
    const batch = buffers.get(table)!;
    buffers.set(table, []);
    await inFlight.get(table);
    if (failure) {
      throw failure;
    }
    inFlight.set(
      table,
      writers
        .get(table)!
        .write(batch)
        .catch((error: unknown) => {
          failure ??= error;
        })
    );
    onProgress?.({ share: generator.progress, rows: total });
  };

  try {
    for (const { table, values } of generator) {
      const buffer = buffers.get(table)!;
      buffer.push(values);
      counts[table] = (counts[table] ?? 0) + 1;
      total++;
      if (buffer.length >= executor.batchSize) {
        await flush(table);
      } else if (total % 5000 === 0) {
        onProgress?.({ share: generator.progress, rows: total });
      }
    }
    for (const table of buffers.keys()) {
      await flush(table);
    }
    await Promise.all(inFlight.values());
    if (failure) {
      throw failure;
    }
  } finally {
    await Promise.all(inFlight.values());
    for (const writer of writers.values()) {
      await writer.close().catch((error: unknown) => {
        failure ??= error;
      });
    }
  }
  if (failure) {
    throw failure;
  }
  onProgress?.({ share: 1, rows: total });
  return counts;
}

async function analyze(executor: NodeExecutor, schema: string): Promise<void> {
  const q = getDialect(executor.dialect).quoteIdent;
  for (const table of CONTRACT) {
    const name = `${q(schema)}.${q(table.name)}`;
    if (executor.dialect === 'postgres') {
      await executor.run(`ANALYZE ${name}`);
    } else if (executor.dialect === 'mysql') {
      await executor.run(`ANALYZE TABLE ${name}`);
    }
  }
}
