/*
 * The warehouse behind the harness's SQL data source: one embedded DuckDB holding the demo warehouse
 * (schema `sales`, as `npx salesperf seed` loads it) and the hand-made fixture whose figures the tests
 * work out by hand (schema `handmade`).
 */
import { createExecutor, type NodeExecutor } from '../../../src/node/executors';
import { seedWarehouse } from '../../../src/node/seed/seed';
import { FIXTURE, FIXTURE_NOW, FIXTURE_ZONE, Q1_2024 } from '../../fixtures/handmade';
import { loadWarehouse } from '../../lib/warehouses';

/** The demo warehouse of the dashboard tests: three years of data up to 2026-05-14, a day in the middle of Q2. */
export const DEMO = {
  schema: 'sales',
  seed: 20260514,
  end: '2026-05-14',
  /** "now" of the demo: the afternoon of its last day, in UTC */
  now: Date.UTC(2026, 4, 14, 15, 0),
  timeZone: 'UTC',
};

/** The hand-made fixture: Q1 2024 in New York, now = 2024-03-15 12:00 EDT. */
export const HANDMADE = {
  schema: 'handmade',
  now: FIXTURE_NOW,
  timeZone: FIXTURE_ZONE,
  range: Q1_2024,
};

export interface HarnessWarehouse {
  executor: NodeExecutor;
  demoRows: number;
  close(): Promise<void>;
}

/** `scale` 1 is about 50 reps and 20,000 opportunities over three years; the tests use a quarter of that. */
export async function openWarehouse({ scale = 0.25 }: { scale?: number } = {}): Promise<HarnessWarehouse> {
  const executor = createExecutor('duckdb', ':memory:');
  try {
    const seeded = await seedWarehouse(executor, { schema: DEMO.schema, seed: DEMO.seed, scale, end: DEMO.end });
    await loadWarehouse(executor, HANDMADE.schema, FIXTURE);
    return { executor, demoRows: seeded.totalRows, close: () => executor.close() };
  } catch (error) {
    await executor.close();
    throw error;
  }
}
