/**
 * `salesperf ddl|seed|check|query --cluster` on the two-shard ClickHouse cluster of .ci/servers.sh:
 * the layout is made on every node, loaded through one, and each way it can go wrong is named.
 */
import { clusterUnderTest } from '../../src/node/testing/engines';
import { clusterDdl, localTableName, shardingExpression } from '../../src/sales/warehouse/cluster';
import { createTableSql, dropTableSql } from '../../src/sales/warehouse/ddl';
import { CONTRACT } from '../../src/sales/warehouse/contract';
import { frameRows } from '../../src/sales/warehouse/introspect';
import { onEveryNode } from '../../src/node/seed/cluster';
import { runQuery } from '../../src/sales/engine';
import type { SalesQuery } from '../../src/sales/types';
import { FIXTURE, fixtureContext } from '../fixtures/handmade';
import { runSalesperf as run } from '../lib/cli';
import { createExecutor, dropSchema, loadWarehouse, scratchSchemaName } from '../lib/warehouses';

describe('salesperf ddl --cluster', () => {
  it('prints the sharded layout with a header saying to run it on every node', async () => {
    const { code, out } = await run('ddl', '--engine', 'clickhouse', '--cluster', 'two_shards', '--schema', 'crm');
    expect(code).toBe(0);
    expect(out).toContain('run this script on every node of the cluster');
    expect(out).toContain(
      `ENGINE = Distributed('two_shards', 'crm', 'opportunities_local', ${shardingExpression('opportunities')});`
    );
  });

  it('names what is wrong with the option', async () => {
    expect((await run('ddl', '--engine', 'postgres', '--cluster', 'two_shards')).err).toBe(
      'salesperf ddl: --cluster applies to ClickHouse only, not to postgres.'
    );
    expect((await run('ddl', '--engine', 'clickhouse', '--cluster', 'two shards')).err).toContain(
      'The cluster name "two shards" is not a valid name'
    );
  });
});

const cluster = clusterUnderTest();

if (!cluster) {
  it.skip('not run: SALESPERF_CLICKHOUSE_CLUSTER_URL is not set (.ci/servers.sh starts a cluster)', () => undefined);
} else {
  describe('salesperf seed, check and query --cluster', () => {
    const schema = scratchSchemaName('lay');
    const url = cluster.nodes[0];
    const through = createExecutor('clickhouse', url);
    const second = createExecutor('clickhouse', cluster.nodes[1]);
    const connection = ['--engine', 'clickhouse', '--url', url, '--schema', schema, '--cluster', cluster.name];
    const seed = () => run('seed', ...connection, '--scale', '0.02', '--seed', '3', '--end', '2026-03-31', '--quiet');
    const check = async (...extra: string[]) => {
      const result = await run('check', ...connection, '--json', ...extra);
      return { code: result.code, report: JSON.parse(result.out) };
    };
    const codes = (report: { cluster: { issues: Array<{ code: string; severity: string; table?: string }> } }) =>
      report.cluster.issues.map(({ code, severity, table }) => ({ code, severity, table }));

    afterAll(async () => {
      await dropSchema(through, schema, cluster);
      await through.close();
      await second.close();
    });

    it('runs on a cluster whose ClickHouse refuses double-distributed subqueries', async () => {
      const [row] = frameRows(
        await through.run("SELECT value FROM system.settings WHERE name = 'distributed_product_mode'")
      );
      expect(row.value).toBe('deny');
    });

    it('refuses to seed before the DDL ran, naming the missing tables and what to do', async () => {
      const { code, err } = await seed();
      expect(code).toBe(1);
      expect(err).toContain(`Schema "${schema}" lacks the tables reps, products`);
      expect(err).toContain(`salesperf ddl --engine clickhouse --cluster ${cluster.name} --schema ${schema}`);
    });

    it('loads through one node: facts split over the shards, the other tables whole on every node', async () => {
      await onEveryNode(cluster.nodes, clusterDdl(cluster.name, schema));
      const seeded = await seed();
      expect(seeded.err).toBe('');
      expect(seeded.out).toContain(`Seeded schema "${schema}" on clickhouse cluster ${cluster.name}`);
      const { code, report } = await check();
      expect(report.issues.filter((issue: { severity: string }) => issue.severity === 'error')).toEqual([]);
      expect(code).toBe(0);
      expect(report.cluster.issues).toEqual([]);
      for (const entry of report.cluster.shardRows) {
        expect({ table: entry.table, empty: entry.rows.filter((rows: number) => rows === 0).length }).toEqual({
          table: entry.table,
          empty: 0,
        });
      }
      const text = await run('check', ...connection);
      expect(text.out).toMatch(/rows on each node +shard 1 +shard 2/);
      expect(text.out).toContain(`Layout: the tables are laid out for cluster "${cluster.name}".`);
    });

    it('answers queries through the cluster', async () => {
      const query = { kind: 'metrics', metrics: ['bookings', 'collection_rate'], groupBy: ['region'] };
      const args = ['--query', JSON.stringify(query), '--from', '2025-01-01', '--to', '2026-01-01', '--format', 'csv'];
      const onCluster = await run('query', ...connection, ...args);
      const global = await run('query', ...connection, ...args, '--cluster-joins', 'global');
      expect(onCluster.err).toBe('');
      expect(onCluster.out.split('\n').length).toBeGreaterThan(2);
      expect(global.out).toBe(onCluster.out);
      expect((await run('query', ...connection, ...args, '--cluster-joins', 'near')).err).toBe(
        'salesperf query: --cluster-joins must be local or global, not "near".'
      );
    });

    it('refuses to seed over rows it cannot empty on the other nodes', async () => {
      const { code, err } = await seed();
      expect(code).toBe(1);
      expect(err).toContain('The cluster already holds rows in reps on shard 1');
      expect(err).toContain("ClickHouse 18.16 cannot empty another node's tables through this one");
    });

    it('names a dimension whose rows differ on a node', async () => {
      await second.run(`ALTER TABLE ${schema}.products DELETE WHERE 1 = 1`);
      // mutations run in the background
      for (let attempt = 0; attempt < 50; attempt++) {
        const [row] = frameRows(await second.run(`SELECT count() AS n FROM ${schema}.products`));
        if (Number(row.n) === 0) {
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const { code, report } = await check();
      expect(code).toBe(1);
      expect(codes(report)).toEqual([{ code: 'replicated_rows_differ', severity: 'error', table: 'products' }]);
      expect(report.cluster.issues[0].message).toMatch(/^Table products on shard 2 \(127\.0\.0\.1:\d+\) holds 0 rows/);
    });

    it('names a local table missing on a shard, a fact that is not Distributed, and another sharding key', async () => {
      const table = (name: string) => CONTRACT.find((def) => def.name === name)!;
      await second.run(dropTableSql('clickhouse', schema, localTableName('csat_responses')));
      await through.run(dropTableSql('clickhouse', schema, 'leads'));
      await through.run(createTableSql('clickhouse', schema, table('leads')));
      await through.run(dropTableSql('clickhouse', schema, 'payments'));
      await through.run(
        createTableSql('clickhouse', schema, table('payments'), {
          engine: `Distributed('${cluster.name}', '${schema}', 'payments_local', rand())`,
        })
      );
      const { report } = await check('--structure-only');
      expect(codes(report)).toEqual([
        { code: 'not_distributed', severity: 'error', table: 'leads' },
        { code: 'sharding_key_differs', severity: 'error', table: 'payments' },
        { code: 'local_table_missing', severity: 'error', table: 'csat_responses' },
      ]);
      const messages = report.cluster.issues.map((issue: { message: string }) => issue.message).join('\n');
      expect(messages).toContain(
        `Table leads is a MergeTree table, not a Distributed table over cluster "${cluster.name}"`
      );
      expect(messages).toContain('Table payments is sharded by rand(), not by cityHash64(`invoice_id`)');
      expect(messages).toMatch(
        /Table csat_responses_local \(the shard-local rows of csat_responses\) is missing on shard 2/
      );
      // GLOBAL joins do not need the pack's sharding keys
      const global = await check('--structure-only', '--cluster-joins', 'global');
      expect(codes(global.report)).toContainEqual({
        code: 'sharding_key_differs',
        severity: 'info',
        table: 'payments',
      });
    });

    it('names a cluster this node does not define', async () => {
      const { code, report } = await check('--structure-only', '--cluster', 'no_such_cluster');
      expect(code).toBe(1);
      expect(report.cluster.issues[0].message).toBe(
        `The cluster "no_such_cluster" is not defined on this ClickHouse server (its remote_servers define ${cluster.name}).`
      );
    });
  });

  describe('the provisioned read-only login on the cluster', () => {
    // provisioning/warehouse/clickhouse/users.d, which .ci/servers.sh gives every node: database `sales` only
    const reader = process.env.SALESPERF_CLICKHOUSE_CLUSTER_READER_URL;
    const admin = createExecutor('clickhouse', cluster.nodes[0]);
    const schema = 'sales';

    beforeAll(async () => {
      if (!reader) {
        throw new Error(
          'SALESPERF_CLICKHOUSE_CLUSTER_READER_URL is not set (.ci/servers.sh exports it with the cluster)'
        );
      }
      await onEveryNode(cluster.nodes, [`DROP DATABASE IF EXISTS ${schema}`]);
      await loadWarehouse(admin, schema, FIXTURE, cluster);
    });

    afterAll(async () => {
      await dropSchema(admin, schema, cluster);
      await admin.close();
    });

    it.each(['local', 'global'] as const)(
      'reads what the administrator reads, cluster joins %s',
      async (clusterJoins) => {
        const executor = createExecutor('clickhouse', reader!);
        try {
          for (const query of [
            { kind: 'metrics', metrics: ['collections', 'collection_rate', 'new_customers', 'stale_deals'] },
            { kind: 'funnel', mode: 'reached' },
          ] as SalesQuery[]) {
            const as = async (who: typeof executor) => {
              const context = fixtureContext(who, schema, cluster.name);
              const frames = await runQuery(query, { ...context, location: { ...context.location, clusterJoins } });
              return frames.map((frame) => frame.data);
            };
            expect(await as(executor)).toEqual(await as(admin));
          }
        } finally {
          await executor.close();
        }
      }
    );

    it('writes nothing', async () => {
      const executor = createExecutor('clickhouse', reader!);
      try {
        await expect(executor.run(`INSERT INTO ${schema}.stages SELECT * FROM ${schema}.stages`)).rejects.toThrow(
          'Cannot insert into table in readonly mode'
        );
      } finally {
        await executor.close();
      }
    });
  });
}
