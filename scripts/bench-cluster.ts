/**
 * npm run bench:cluster -- [--scale 50] [--runs 7] [--only funnel]
 *
 * The six representative queries of bench:sql on ClickHouse: one node against the two-shard cluster
 * of .ci/servers.sh (SALESPERF_CLICKHOUSE_CLUSTER_URL, _CLUSTER, _CLUSTER_NODES), with the co-located
 * joins on each shard (clusterJoins local, what the pack does) and with GLOBAL joins. The one node is
 * the cluster's first server holding the same demo warehouse in plain tables, so both sides run on
 * the same ClickHouse with the same settings. Prints medians and ratios to the one node, and checks
 * that all three give the same numbers. Runs rotate between the three so all see the same machine.
 * Each layout is seeded once per scale and reused (schemas bench_s<scale>_single and bench_s<scale>).
 */
import { parseArgs } from 'util';

import { clusterDdl, compileQuery, runQuery, type WarehouseLocation } from '../src/sales';
import { clickhouseOptions, createExecutor, type NodeExecutor } from '../src/node/executors';
import { onEveryNode, seedCluster } from '../src/node/seed/cluster';
import { existingContractTables, seedWarehouse } from '../src/node/seed/seed';
import { clusterUnderTest, type ClusterUnderTest } from '../src/node/testing/engines';
import { CASES, END, median, NOW, sameNumbers, time } from './bench-sql';

const SEED = 1;

async function count(executor: NodeExecutor, schema: string): Promise<number> {
  const frame = await executor.run(`SELECT count() AS n FROM ${schema}.opportunities`);
  return Number(frame.data.values[0][0]);
}

/** Seeds both layouts unless a previous run did. */
async function prepare(executor: NodeExecutor, cluster: ClusterUnderTest, scale: number) {
  const single = `bench_s${String(scale).replace('.', '_')}_single`;
  const sharded = `bench_s${String(scale).replace('.', '_')}`;
  if (!(await existingContractTables(executor, single)).includes('opportunities')) {
    process.stdout.write(`seeding ${single} (one node) at scale ${scale} (once; reused next time) …\n`);
    const seeded = await seedWarehouse(executor, { schema: single, scale, seed: SEED, end: END, replace: true });
    process.stdout.write(
      `  ${seeded.totalRows.toLocaleString('en-US')} rows in ${(seeded.milliseconds / 1000).toFixed(0)} s\n`
    );
  }
  if (!(await existingContractTables(executor, sharded)).includes('opportunities')) {
    process.stdout.write(`seeding ${sharded} (cluster ${cluster.name}) at scale ${scale} (once; reused next time) …\n`);
    await onEveryNode(cluster.nodes, [`DROP DATABASE IF EXISTS ${sharded}`, ...clusterDdl(cluster.name, sharded)]);
    const seeded = await seedCluster(executor, {
      schema: sharded,
      cluster: cluster.name,
      credentials: clickhouseOptions(cluster.nodes[0]),
      scale,
      seed: SEED,
      end: END,
    });
    process.stdout.write(
      `  ${seeded.totalRows.toLocaleString('en-US')} rows in ${(seeded.milliseconds / 1000).toFixed(0)} s\n`
    );
  }
  const [a, b] = [await count(executor, single), await count(executor, sharded)];
  if (a !== b) {
    throw new Error(`${single} has ${a} opportunities, ${sharded} ${b}: drop both databases and run again`);
  }
  return { single, sharded, opportunities: a };
}

async function main() {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '50' },
      runs: { type: 'string', default: '7' },
      only: { type: 'string' },
    },
  });
  const cluster = clusterUnderTest();
  if (!cluster) {
    process.stdout.write('Not run: SALESPERF_CLICKHOUSE_CLUSTER_URL is not set (.ci/servers.sh starts a cluster).\n');
    process.exitCode = 1;
    return;
  }
  const scale = Number(values.scale);
  const runs = Number(values.runs);
  const executor = createExecutor('clickhouse', cluster.nodes[0]);
  try {
    const { single, sharded, opportunities } = await prepare(executor, cluster, scale);
    const [version] = (await executor.run('SELECT version() AS v')).data.values[0];
    process.stdout.write(
      `\nClickHouse ${String(version)}: one node against cluster ${cluster.name} (${cluster.nodes.length} shards on this machine), ` +
        `${opportunities.toLocaleString('en-US')} opportunities, median of ${runs} runs\n`
    );
    process.stdout.write(
      `${'query'.padEnd(30)} ${'1 node ms'.padStart(10)} ${'shards ms'.padStart(10)} ${'ratio'.padStart(6)} ` +
        `${'GLOBAL ms'.padStart(10)} ${'ratio'.padStart(6)}  numbers\n`
    );
    const forms: Array<{ name: string; location: WarehouseLocation }> = [
      { name: '1 node', location: { schema: single } },
      { name: 'shards', location: { schema: sharded, cluster: cluster.name, clusterJoins: 'local' } },
      { name: 'GLOBAL', location: { schema: sharded, cluster: cluster.name, clusterJoins: 'global' } },
    ];
    let same = true;
    for (const entry of CASES.filter((candidate) => !values.only || candidate.name.includes(values.only))) {
      const contexts = forms.map((form) => ({
        executor,
        location: form.location,
        range: entry.range,
        currentTime: NOW,
        timeZone: 'UTC',
        fiscalYearStartMonth: 1,
      }));
      const statements = contexts.map(
        (context) => compileQuery(entry.query, { ...context, dialect: 'clickhouse' }).sql
      );
      const answers: Array<Map<string, number>> = [];
      for (const context of contexts) {
        answers.push(entry.fromEngine(await runQuery(entry.query, context)));
      }
      const mismatch = answers
        .slice(1)
        .map((answer) => sameNumbers(answer, answers[0]))
        .find(Boolean);
      same &&= !mismatch;
      const times: number[][] = forms.map(() => []);
      for (let run = 0; run < runs; run++) {
        // rotate the order so that no form always runs first or last
        for (let step = 0; step < forms.length; step++) {
          const index = (run + step) % forms.length;
          times[index].push(await time(executor, statements[index]));
        }
      }
      const [one, local, global] = times.map(median);
      process.stdout.write(
        `${entry.name.padEnd(30)} ${one.toFixed(0).padStart(10)} ${local.toFixed(0).padStart(10)} ${(local / one).toFixed(2).padStart(6)} ` +
          `${global.toFixed(0).padStart(10)} ${(global / one).toFixed(2).padStart(6)}  ${mismatch ? `DIFFER (${mismatch})` : 'same'}\n`
      );
    }
    process.stdout.write(
      [
        '',
        'ratio: time on the two shards ÷ time on one node (below 1: the cluster is faster). "shards" is what the pack',
        'runs (co-located joins on each shard against its local rows); GLOBAL ships the joined rows to every shard.',
        'Here both shards share one machine: its cores, memory and disk. On separate machines each shard scans and',
        'joins its half with cores and disks of its own, so the shard-level work divides by the number of shards,',
        'while the rows each shard sends back cross the network; the initiator still merges them and joins the',
        'small dimension tables alone. A GLOBAL join also sends its right side to every shard over the network,',
        'which co-located joins never do.',
      ].join('\n') + '\n'
    );
    if (!same) {
      process.stdout.write('\nThe forms gave different numbers: see the lines marked DIFFER.\n');
    }
    process.exitCode = same ? 0 : 1;
  } finally {
    await executor.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
