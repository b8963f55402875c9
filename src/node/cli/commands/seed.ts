import { Presets, SingleBar } from 'cli-progress';

import { SalesError } from '../../../sales';
import { clickhouseOptions, createExecutor } from '../../executors';
import { isoDate } from '../../generator/calendar';
import { seedCluster } from '../../seed/cluster';
import { seedWarehouse } from '../../seed/seed';
import { CLUSTER_OPTIONS, clusterOf } from '../cluster';
import {
  type CliIo,
  type Command,
  CONNECTION_HELP,
  CONNECTION_OPTIONS,
  connectionOf,
  type OptionValues,
} from '../command';

function numberOption(values: OptionValues, name: string, fallback: number): number {
  const raw = values[name];
  if (raw === undefined) {
    return fallback;
  }
  const value = Number(raw);
  if (typeof raw !== 'string' || raw.trim() === '' || !Number.isFinite(value)) {
    throw new SalesError(`--${name} must be a number, not "${String(raw)}".`, 'invalid_value');
  }
  return value;
}

/** A bar that redraws in place on a terminal; elsewhere (CI logs) a line every 10 %. */
function progressReporter(io: CliIo, quiet: boolean) {
  if (quiet) {
    return { update: () => undefined, stop: () => undefined };
  }
  if (io.errIsTty) {
    const bar = new SingleBar(
      {
        format: 'seeding [{bar}] {percentage}% | {rows} rows | {duration_formatted}',
        stream: process.stderr,
        hideCursor: true,
      },
      Presets.shades_classic
    );
    bar.start(100, 0, { rows: 0 });
    return {
      update: (share: number, rows: number) =>
        bar.update(Math.floor(share * 100), { rows: rows.toLocaleString('en-US') }),
      stop: () => bar.stop(),
    };
  }
  let reported = -1;
  return {
    update: (share: number, rows: number) => {
      const step = Math.floor(share * 10);
      if (step > reported) {
        reported = step;
        io.err(`seeding: ${step * 10}% (${rows.toLocaleString('en-US')} rows)`);
      }
    },
    stop: () => undefined,
  };
}

export const seedCommand: Command = {
  name: 'seed',
  summary: 'create the warehouse tables in a schema and load deterministic demo data',
  help: [
    'Usage: salesperf seed --engine E --url URL [--schema sales] [--scale N] [--seed S] [--end YYYY-MM-DD] [--replace]',
    '                      [--cluster NAME]',
    '',
    'Creates the schema and the tables of the warehouse contract, loads three years of demo data up to',
    "the end date through the engine's bulk path (COPY, the DuckDB appender, batched inserts), then",
    'builds the indexes. The same seed, scale and end date give the same data on every engine.',
    'It refuses to touch a schema that already has contract tables unless --replace is given.',
    'With --cluster (ClickHouse): loads through the node of --url into the tables that salesperf ddl',
    '--cluster made on every node: facts through their Distributed tables, the other tables on every node.',
    'The tables must be empty on every node (18.16 cannot empty another node through this one).',
    '',
    'Options:',
    CONNECTION_HELP,
    '  --scale N      volume: 1 = about 50 reps, 2,000 customers, 20,000 opportunities; grows linearly (default 1)',
    '  --seed S       random seed, a whole number (default 1)',
    '  --end DATE     the last day of data, YYYY-MM-DD (default: today in UTC)',
    "  --replace      drop and recreate the contract's tables (other tables in the schema are left alone)",
    '  --quiet        no progress output',
    '  --cluster NAME ClickHouse: the cluster (remote_servers) whose sharded tables to load',
  ].join('\n'),
  options: {
    ...CONNECTION_OPTIONS,
    scale: { type: 'string' },
    seed: { type: 'string' },
    end: { type: 'string' },
    replace: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    ...CLUSTER_OPTIONS,
  },
  async run(values, _positionals, io) {
    const { engine, url, schema } = connectionOf(values);
    const options = {
      schema,
      scale: numberOption(values, 'scale', 1),
      seed: numberOption(values, 'seed', 1),
      end: typeof values.end === 'string' ? values.end : isoDate(Date.now()),
      replace: values.replace === true,
    };
    const cluster = clusterOf(values, engine);
    if (cluster && options.replace) {
      throw new SalesError(
        '--replace does not apply with --cluster: drop and recreate the tables on every node (salesperf ddl --cluster).',
        'invalid_config'
      );
    }
    const executor = createExecutor(engine, url);
    const progress = progressReporter(io, values.quiet === true);
    try {
      const onProgress = ({ share, rows }: { share: number; rows: number }) => progress.update(share, rows);
      const result = cluster
        ? await seedCluster(executor, { ...options, cluster, credentials: clickhouseOptions(url), onProgress })
        : await seedWarehouse(executor, { ...options, onProgress });
      progress.stop();
      const seconds = (result.milliseconds / 1000).toFixed(1);
      const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
      io.out(
        `Seeded schema "${schema}" on ${engine}${cluster ? ` cluster ${cluster}` : ''} (scale ${options.scale}, seed ${options.seed}, end ${options.end}): ` +
          `${result.totalRows.toLocaleString('en-US')} rows in ${seconds} s, peak memory ${peakMb} MB.`
      );
      for (const [table, count] of Object.entries(result.rows)) {
        io.out(`  ${table.padEnd(26)} ${String(count.toLocaleString('en-US')).padStart(12)}`);
      }
      return 0;
    } finally {
      progress.stop();
      await executor.close();
    }
  },
};
