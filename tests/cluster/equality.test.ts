/**
 * The pack on a two-shard ClickHouse cluster gives the frames it gives on one ClickHouse node:
 * every query kind, every metric of the catalog (tests/cluster/queries.ts), on the hand-made fixture
 * and on a demo warehouse, with co-located joins on the shards (clusterJoins local) and with GLOBAL
 * joins. The one node is the cluster's first server with the plain layout, so both sides run on the
 * same ClickHouse; floats may differ in their last bits only (see difference()). The hand-worked
 * values on the cluster are checked by tests/kpi.test.ts and
 * tests/analytics-kinds.test.ts, which run there too.
 */
import { runQuery } from '../../src/sales/engine';
import type { ClusterJoins } from '../../src/sales/catalog/tables';
import type { DataFrameJSON, SalesQuery } from '../../src/sales/types';
import { isSharded, localTableName } from '../../src/sales/warehouse/cluster';
import { checkWarehouse } from '../../src/sales/warehouse/check';
import { checkClusterLayout } from '../../src/sales/warehouse/clusterCheck';
import { CONTRACT } from '../../src/sales/warehouse/contract';
import { frameRows } from '../../src/sales/warehouse/introspect';
import { clickhouseOptions, type NodeExecutor } from '../../src/node/executors';
import { seedCluster } from '../../src/node/seed/cluster';
import { seedWarehouse } from '../../src/node/seed/seed';
import { clusterUnderTest } from '../../src/node/testing/engines';
import { clusterDdl } from '../../src/sales/warehouse/cluster';
import { FIXTURE, fixtureContext } from '../fixtures/handmade';
import { onEveryNode } from '../../src/node/seed/cluster';
import { createExecutor, dropSchema, loadWarehouse, scratchSchemaName } from '../lib/warehouses';
import { equalityQueries } from './queries';

const cluster = clusterUnderTest();

/**
 * Where two outcomes differ, or undefined when they are the same. Numbers may differ in their last
 * bits (relative 1e-12): a sum of floats (days between timestamps, averages) depends on the order it
 * adds, and the shards add their own rows first. Everything else must be identical: the fields, the
 * rows and their order, text, nulls, exact (decimal and integer) values.
 */
function difference(actual: unknown, expected: unknown, path = ''): string | undefined {
  if (typeof actual === 'number' && typeof expected === 'number') {
    const scale = Math.max(1, Math.abs(actual), Math.abs(expected));
    return Math.abs(actual - expected) <= 1e-12 * scale ? undefined : `${path}: ${actual} ≠ ${expected}`;
  }
  if (Array.isArray(actual) && Array.isArray(expected)) {
    if (actual.length !== expected.length) {
      return `${path}: ${actual.length} items ≠ ${expected.length}`;
    }
    for (const [index, item] of actual.entries()) {
      const found = difference(item, expected[index], `${path}[${index}]`);
      if (found) {
        return found;
      }
    }
    return undefined;
  }
  if (actual && expected && typeof actual === 'object' && typeof expected === 'object') {
    const keys = Object.keys(actual).sort();
    if (JSON.stringify(keys) !== JSON.stringify(Object.keys(expected).sort())) {
      return `${path}: keys ${keys.join(',')} ≠ ${Object.keys(expected).sort().join(',')}`;
    }
    for (const key of keys) {
      const found = difference(
        (actual as Record<string, unknown>)[key],
        (expected as Record<string, unknown>)[key],
        `${path}.${key}`
      );
      if (found) {
        return found;
      }
    }
    return undefined;
  }
  return Object.is(actual, expected) ? undefined : `${path}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`;
}

/** The frames without the SQL that made them (the cluster's differs). */
function withoutSql(frames: DataFrameJSON[]) {
  return frames.map(({ schema, ...frame }) => {
    const { executedQueryString: _sql, ...meta } = schema.meta ?? {};
    return { ...frame, schema: { ...schema, meta } };
  });
}

/** The frames, or the error's message: both sides must fail alike where a query cannot run. */
async function outcome(run: () => Promise<DataFrameJSON[]>): Promise<unknown> {
  try {
    return withoutSql(await run());
  } catch (error) {
    return { error: (error as Error).message };
  }
}

async function rowsOnEachNode(schema: string): Promise<Record<string, number[]>> {
  const counts: Record<string, number[]> = {};
  for (const url of cluster!.nodes) {
    const node = createExecutor('clickhouse', url);
    try {
      for (const table of CONTRACT.filter((def) => isSharded(def.name))) {
        const [row] = frameRows(await node.run(`SELECT count() AS n FROM ${schema}.${localTableName(table.name)}`));
        (counts[table.name] ??= []).push(Number(row.n));
      }
    } finally {
      await node.close();
    }
  }
  return counts;
}

if (!cluster) {
  it.skip('not run: SALESPERF_CLICKHOUSE_CLUSTER_URL is not set (.ci/servers.sh starts a cluster)', () => undefined);
} else {
  const DEMO = { seed: 7, scale: 0.1, end: '2026-06-30' };
  const datasets = [
    {
      name: 'the hand-made fixture',
      lookback: 13,
      context: (executor: NodeExecutor, schema: string, clusterName?: string) =>
        fixtureContext(executor, schema, clusterName),
      load: async (single: NodeExecutor, schema: string, through: NodeExecutor) => {
        await loadWarehouse(single, `${schema}_single`, FIXTURE);
        await loadWarehouse(through, schema, FIXTURE, cluster);
      },
    },
    {
      name: 'a demo warehouse',
      lookback: 24,
      // Q1 2026 in Shanghai, now = Mar 15
      context: (executor: NodeExecutor, schema: string, clusterName?: string) => ({
        executor,
        location: clusterName ? { schema, cluster: clusterName } : { schema },
        range: { from: Date.parse('2026-01-01T00:00:00+08:00'), to: Date.parse('2026-04-01T00:00:00+08:00') },
        currentTime: Date.parse('2026-03-15T12:00:00+08:00'),
        timeZone: 'Asia/Shanghai',
        fiscalYearStartMonth: 4,
      }),
      load: async (single: NodeExecutor, schema: string, through: NodeExecutor) => {
        await seedWarehouse(single, { schema: `${schema}_single`, ...DEMO });
        await onEveryNode(cluster.nodes, clusterDdl(cluster.name, schema));
        await seedCluster(through, {
          schema,
          cluster: cluster.name,
          credentials: clickhouseOptions(cluster.nodes[0]),
          ...DEMO,
        });
      },
    },
  ];

  describe.each(datasets)('$name on a two-shard cluster and on one node', (dataset) => {
    // the cluster's first node: plain tables in <schema>_single, the sharded layout in <schema>
    const single = createExecutor('clickhouse', cluster.nodes[0]);
    const through = createExecutor('clickhouse', cluster.nodes[0]);
    const schema = scratchSchemaName('cl');

    beforeAll(async () => {
      await dataset.load(single, schema, through);
    }, 120_000);

    afterAll(async () => {
      await dropSchema(single, `${schema}_single`);
      await dropSchema(through, schema, cluster);
      await single.close();
      await through.close();
    });

    it('splits every fact table over both shards', async () => {
      const counts = await rowsOnEachNode(schema);
      for (const [table, perNode] of Object.entries(counts)) {
        expect({ table, shardsWithRows: perNode.filter((rows) => rows > 0).length }).toEqual({
          table,
          shardsWithRows: cluster.nodes.length,
        });
      }
    });

    it('passes the contract check as the one node does, and the layout check', async () => {
      const onCluster = await checkWarehouse(through, { schema, cluster: cluster.name });
      const onNode = await checkWarehouse(single, { schema: `${schema}_single` });
      // the same report but for the schema's name
      const unnamed = (report: typeof onNode) =>
        JSON.parse(JSON.stringify(report).replaceAll(`"${report.schema}"`, '"schema"')) as unknown;
      expect(unnamed(onCluster)).toEqual(unnamed(onNode));
      const layout = await checkClusterLayout(
        through,
        { schema },
        { cluster: cluster.name, credentials: clickhouseOptions(cluster.nodes[0]) }
      );
      expect(layout.issues).toEqual([]);
      expect(layout.nodes.map((node) => node.reachable)).toEqual(cluster.nodes.map(() => true));
    });

    const queries = equalityQueries(dataset.lookback);
    const forms: ClusterJoins[] = ['local', 'global'];
    describe.each(forms)('cluster joins %s', (clusterJoins) => {
      it.each(queries)('$name', async ({ query }: { query: SalesQuery }) => {
        const base = dataset.context(single, `${schema}_single`);
        const expected = await outcome(() => runQuery(query, base));
        const context = dataset.context(through, schema, cluster.name);
        const actual = await outcome(() =>
          runQuery(query, { ...context, location: { ...context.location, clusterJoins } })
        );
        // every query runs: the comparison is of frames, not of two identical errors
        expect(expected).not.toHaveProperty('error');
        expect(difference(actual, expected)).toBeUndefined();
      });
    });
  });
}
