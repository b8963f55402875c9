import type { Dialect } from '../../src/sales/types';
import { CONTRACT } from '../../src/sales/warehouse/contract';
import { warehouseDdl } from '../../src/sales/warehouse/ddl';
import { createExecutor, engineDialect, type Engine, type NodeExecutor } from '../../src/node/executors';
import { availableEngines, dropSchemaSql, scratchSchemaName } from '../../src/node/testing/engines';

const EMBEDDED: Engine[] = ['duckdb', 'pglite'];

type Row = Record<string, string | number | boolean | null>;

export interface EngineUnderTest {
  engine: Engine;
  url: string;
  dialect: Dialect;
  /** a server engine shared with other test files: each file uses a schema of its own */
  server: boolean;
}

/** The embedded engines always; the servers whose URLs are set (SALESPERF_*_URL). */
export function enginesUnderTest(): EngineUnderTest[] {
  return availableEngines().map(({ engine, url }) => ({
    engine,
    url,
    dialect: engineDialect(engine),
    server: !EMBEDDED.includes(engine),
  }));
}

/** The engines whose URL is not set, for a message saying what was not run. */
export function enginesNotRun(): string[] {
  return [
    ['PostgreSQL', 'SALESPERF_PG_URL'],
    ['MariaDB/MySQL', 'SALESPERF_MYSQL_URL'],
    ['ClickHouse', 'SALESPERF_CLICKHOUSE_URL'],
  ]
    .filter(([, variable]) => !process.env[variable])
    .map(([name, variable]) => `${name} (${variable} is not set)`);
}

/** A skipped test naming the engines whose URL is not set, so a run says what it did not cover. */
export function skipEnginesNotRun(): void {
  const notRun = enginesNotRun();
  if (notRun.length) {
    it.skip(`not run on ${notRun.join('; ')}`, () => undefined);
  }
}

/** Creates the contract's tables in a schema of their own and loads the rows given per table. */
export async function loadWarehouse(
  executor: NodeExecutor,
  schema: string,
  data: Record<string, Row[]>
): Promise<void> {
  const ddl = warehouseDdl(executor.dialect, schema);
  for (const statement of [...ddl.schema, ...ddl.tables]) {
    await executor.run(statement);
  }
  for (const table of CONTRACT) {
    const rows = data[table.name] ?? [];
    if (rows.length === 0) {
      continue;
    }
    const writer = await executor.openWriter(schema, table);
    await writer.write(rows.map((row) => table.columns.map((column) => row[column.name] ?? null)));
    await writer.close();
  }
}

export async function dropSchema(executor: NodeExecutor, schema: string): Promise<void> {
  await executor.run(dropSchemaSql(executor.engine, schema));
}

/**
 * One describe block per engine under test (title with `$engine`), with `data` loaded into a scratch
 * schema before its tests and dropped after them, and a skipped test naming the engines not run.
 */
export function describeOnEveryEngine(
  title: string,
  schemaPrefix: string,
  data: Record<string, Row[]>,
  body: (warehouse: { engine: Engine; executor: NodeExecutor; schema: string }) => void
): void {
  skipEnginesNotRun();
  describe.each(enginesUnderTest())(title, ({ engine, url }) => {
    const executor = createExecutor(engine, url);
    const schema = scratchSchemaName(schemaPrefix);

    beforeAll(async () => {
      await loadWarehouse(executor, schema, data);
    });

    afterAll(async () => {
      await dropSchema(executor, schema);
      await executor.close();
    });

    body({ engine, executor, schema });
  });
}

export { createExecutor, scratchSchemaName };
