/**
 * No accepted-then-broken combinations: every query the compiler accepts — each kind with each
 * grouping, filter, mode, entity and metric it allows — runs on every engine. A combination the
 * engine cannot run must be refused when compiling, with a message, instead.
 */
import { listDimensions } from '../src/sales/catalog/dimensions';
import { listMetrics } from '../src/sales/catalog/metrics';
import { compileQuery, runQuery } from '../src/sales/engine';
import { SalesError } from '../src/sales/errors';
import type { DimensionId, SalesQuery } from '../src/sales/types';
import { FIXTURE, fixtureContext } from './fixtures/handmade';
import { createExecutor, dropSchema, enginesUnderTest, loadWarehouse, scratchSchemaName } from './lib/warehouses';

const DIMENSIONS = listDimensions().map((dimension) => dimension.id);
const METRICS = listMetrics().filter((metric) => !metric.targetBased);
const filterOn = (dimension: DimensionId) => [{ dimension, op: 'in' as const, values: ['East', 'r1', 'x'] }];

function candidates(): SalesQuery[] {
  const queries: SalesQuery[] = [];
  for (const dimension of DIMENSIONS) {
    const metrics = METRICS.filter((metric) => metric.dimensions.includes(dimension)).map((metric) => metric.id);
    if (metrics.length) {
      queries.push({ kind: 'metrics', metrics, groupBy: [dimension], compare: 'previous_year' });
      queries.push({ kind: 'metrics', metrics, filters: filterOn(dimension) });
      queries.push({ kind: 'timeseries', metrics: ['bookings'], grain: 'month', groupBy: [dimension] });
    }
    for (const mode of ['reached', 'strict', 'snapshot'] as const) {
      queries.push({ kind: 'funnel', mode, groupBy: [dimension], filters: filterOn(dimension) });
    }
    for (const metric of ['bookings', 'collections', 'new_customers', 'visits'] as const) {
      queries.push({ kind: 'attainment', metric, groupBy: [dimension] });
    }
    queries.push({ kind: 'commission', groupBy: [dimension], filters: filterOn(dimension), whatIf: 1000 });
    queries.push({ kind: 'values', dimension });
    for (const other of DIMENSIONS) {
      queries.push({ kind: 'values', dimension, filters: filterOn(other) });
    }
  }
  for (const dimension of DIMENSIONS) {
    queries.push({ kind: 'feedback', filters: filterOn(dimension) });
    queries.push({ kind: 'feedback', openIssues: true, search: 'x', filters: filterOn(dimension) });
  }
  for (const metric of METRICS) {
    queries.push({ kind: 'timeseries', metrics: [metric.id], grain: 'week' });
    queries.push({ kind: 'forecast', metric: metric.id, grain: 'month', method: 'linear', horizon: 2, lookback: 3 });
    for (const entity of ['rep', 'team', 'region'] as const) {
      queries.push({ kind: 'scorecard', entity, metrics: [{ id: metric.id, weight: 1 }], normalize: 'percentile' });
    }
  }
  return queries;
}

describe.each(enginesUnderTest())('every accepted query runs on $engine', ({ engine, url }) => {
  const executor = createExecutor(engine, url);
  const schema = scratchSchemaName('options');
  const context = fixtureContext(executor, schema);

  beforeAll(async () => {
    await loadWarehouse(executor, schema, FIXTURE);
  });

  afterAll(async () => {
    await dropSchema(executor, schema);
    await executor.close();
  });

  it('refuses at compile time, or runs', async () => {
    const broken: string[] = [];
    let accepted = 0;
    for (const query of candidates()) {
      try {
        compileQuery(query, { ...context, dialect: executor.dialect });
      } catch (error) {
        if (!(error instanceof SalesError)) {
          broken.push(`${JSON.stringify(query)} → compiler crashed: ${String(error)}`);
        }
        continue;
      }
      accepted++;
      try {
        await runQuery(query, context);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (
          !(error instanceof SalesError) ||
          ['engine_error', 'missing_table', 'missing_column'].includes(error.code)
        ) {
          broken.push(`${JSON.stringify(query)} → ${message.slice(0, 300)}`);
        }
      }
    }
    expect(accepted).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  }, 300_000);
});
