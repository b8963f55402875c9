import { getDialect } from '../../src/sales/sql/dialects';
import { frameRows } from '../../src/sales/warehouse/introspect';
import { checkWarehouse } from '../../src/sales/warehouse/check';
import { engineDialect } from '../../src/node/executors';
import { generateWarehouse } from '../../src/node/generator/warehouse';
import { seedWarehouse } from '../../src/node/seed/seed';
import { availableEngines, openScratch, type Scratch } from '../../src/node/testing/engines';

/** Seed and check on every engine: the same rows land everywhere and the result meets the contract. */

const OPTIONS = { seed: 11, scale: 0.05, end: '2026-06-30' };

/** What the generator produced, computed in memory for comparison with each engine. */
function expected() {
  const rows: Record<string, number> = {};
  let wonCents = 0;
  let paidCents = 0;
  let latestActivity = 0;
  for (const { table, values } of generateWarehouse(OPTIONS)) {
    rows[table] = (rows[table] ?? 0) + 1;
    if (table === 'opportunities' && values[8] === 'won') {
      wonCents += Math.round((values[9] as number) * 100);
    }
    if (table === 'payments') {
      paidCents += Math.round((values[3] as number) * 100);
    }
    if (table === 'activities' && values[6] !== null) {
      latestActivity = Math.max(latestActivity, values[6] as number);
    }
  }
  return { rows, won: wonCents / 100, paid: paidCents / 100, latestActivity };
}

const want = expected();

describe.each(availableEngines())('seed on $engine', (target) => {
  let scratch: Scratch;
  const q = getDialect(engineDialect(target.engine)).quoteIdent;

  beforeAll(async () => {
    scratch = await openScratch(target);
  });

  afterAll(async () => {
    await scratch?.dispose();
  });

  it('loads every generated row, and the warehouse passes the contract check', async () => {
    const shares: number[] = [];
    const result = await seedWarehouse(scratch.executor, {
      ...OPTIONS,
      schema: scratch.schema,
      onProgress: ({ share }) => shares.push(share),
    });
    expect(result.rows).toEqual(want.rows);
    expect(shares.at(-1)).toBe(1);

    const report = await checkWarehouse(scratch.executor, { schema: scratch.schema });
    expect(report.issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
    expect(report.usable).toBe(true);
    expect(Object.fromEntries(report.tables.map((table) => [table.table, table.rows]))).toEqual(want.rows);
  });

  it('stores the same amounts and instants as the generator made', async () => {
    const table = (name: string) => `${q(scratch.schema)}.${q(name)}`;
    const [deals] = frameRows(
      await scratch.executor.run(`SELECT sum(amount) AS won FROM ${table('opportunities')} WHERE status = 'won'`)
    );
    const [payments] = frameRows(await scratch.executor.run(`SELECT sum(amount) AS paid FROM ${table('payments')}`));
    const [activities] = frameRows(
      await scratch.executor.run(`SELECT max(completed_at) AS latest FROM ${table('activities')}`)
    );
    expect(deals.won).toBeCloseTo(want.won, 2);
    expect(payments.paid).toBeCloseTo(want.paid, 2);
    expect(activities.latest).toBe(want.latestActivity);
  });

  it('refuses to touch existing tables without replace, and replaces them with it', async () => {
    await expect(seedWarehouse(scratch.executor, { ...OPTIONS, schema: scratch.schema })).rejects.toThrow(
      `Schema "${scratch.schema}" already has the tables reps, products, customers, stages, opportunities`
    );
    const result = await seedWarehouse(scratch.executor, {
      ...OPTIONS,
      seed: 12,
      schema: scratch.schema,
      replace: true,
    });
    expect(result.rows.reps).toBeGreaterThan(0);
    const report = await checkWarehouse(scratch.executor, { schema: scratch.schema });
    expect(report.usable).toBe(true);
    expect(report.tables.find((t) => t.table === 'opportunities')?.rows).toBe(result.rows.opportunities);
  });
});

describe.each(availableEngines())('a failed seed on $engine leaves the warehouse as it was', (target) => {
  let scratch: Scratch;

  beforeAll(async () => {
    scratch = await openScratch(target);
    await seedWarehouse(scratch.executor, { ...OPTIONS, schema: scratch.schema });
  });

  afterAll(async () => {
    await scratch?.dispose();
  });

  const rowsNow = async () =>
    Object.fromEntries(
      (await checkWarehouse(scratch.executor, { schema: scratch.schema }, { data: true })).tables.map((table) => [
        table.table,
        table.rows,
      ])
    );

  it("refuses an end date whose data the engine cannot hold, naming the engine's limits, before changing anything", async () => {
    const before = await rowsNow();
    const end =
      ({ clickhouse: '1975-06-30', mysql: '1005-06-30' } as Record<string, string>)[target.engine] ?? '9999-06-30';
    await expect(
      seedWarehouse(scratch.executor, { ...OPTIONS, end, schema: scratch.schema, replace: true })
    ).rejects.toThrow(new RegExp(`^--end ${end}: the demo data spans .* Nothing was changed\\.$`));
    expect(await rowsNow()).toEqual(before);
  });

  it('a load that fails half-way replaces nothing: the old tables stay, the staging tables go', async () => {
    const before = await rowsNow();
    const failing = Object.create(scratch.executor) as typeof scratch.executor;
    failing.openWriter = async (schema, table) => {
      const writer = await scratch.executor.openWriter(schema, table);
      return table.name.startsWith('payments')
        ? { write: async () => Promise.reject(new Error('disk full')), close: writer.close }
        : writer;
    };
    await expect(
      seedWarehouse(failing, { ...OPTIONS, seed: 13, schema: scratch.schema, replace: true })
    ).rejects.toThrow('disk full');
    expect(await rowsNow()).toEqual(before);
    const tables = await scratch.executor.run(
      `SELECT table_name FROM information_schema.tables WHERE table_name LIKE '%staging%'`
        .replace(
          'information_schema.tables WHERE table_name',
          target.engine === 'clickhouse'
            ? `system.tables WHERE database = '${scratch.schema}' AND name`
            : `information_schema.tables WHERE table_schema = '${scratch.schema}' AND table_name`
        )
        .replace('SELECT table_name', target.engine === 'clickhouse' ? 'SELECT name' : 'SELECT table_name')
    );
    expect(tables.data.values[0] ?? []).toEqual([]);
  });
});
