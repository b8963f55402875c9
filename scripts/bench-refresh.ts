/**
 * npm run bench:refresh -- --engine postgres|duckdb|clickhouse [--scale 1] [--rounds 3]
 *                          [--url URL] [--schema S] [--end YYYY-MM-DD] [--statements FILE] [--rollups]
 *
 * What one refresh of each provisioned dashboard costs the warehouse against the limit measured in the
 * same run: one full scan of each fact table the dashboard reads. The refresh goes through the data
 * source layer as Grafana issues it, all panels at once (tests/datasource/bench/dashboards.test.ts,
 * run under jest because Grafana's packages need a browser); the warehouse runs one statement at a
 * time and times each alone. Prints per dashboard the statements, the warehouse time of a cold refresh,
 * of a warm one (the same instance one minute of dashboard time later) and of the limit, the ratios,
 * the goals of issue 23 as pass/short, and last a line `refresh: <dashboard> <ratio>x …`.
 *
 * The URL defaults to SALESPERF_PG_URL or SALESPERF_CLICKHOUSE_URL, and for DuckDB to the file
 * bench:sql uses. The demo warehouse (seed 1, data up to --end, default bench:sql's end) is seeded
 * into the schema (default bench_s<scale>, DuckDB: sales) unless it is there; the dashboards' "now"
 * is 15:00 UTC on --end, so give --end for a warehouse seeded with another end date. --statements
 * writes every statement of the cold refreshes with its panels and times as JSON, to EXPLAIN them.
 *
 * --rollups: before measuring, the rollups (src/sales/sql/rollupBuild.ts) are built into schema
 * `<schema>_rollups` as of the dashboards' "now" in their zone (UTC); a line gives the build time and
 * each rollup table's rows. Each round then also times a cold refresh that reads the rollups, on a new
 * instance, and the bench fails unless its frames equal the plain cold refresh's (floats to 12
 * significant digits), and that instance's warm refresh one minute later. Printed besides: its
 * warehouse time, its ratio to the limit, its warm ÷ cold, how many of its statements read the rollups,
 * the goals "with rollups ≤ 0.5x the limit" per dashboard and the warm one with rollups, its slowest
 * statements with the fact tables they still scan, and a line `refresh with rollups: …` before the
 * last. --statements then also writes that refresh's statements (refresh "cold with rollups").
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { parseArgs } from 'util';

import { createExecutor } from '../src/node/executors';
import { provisionedDatasources } from '../tests/dashboards/lib/context';
import type {
  RefreshBenchOutput,
  RefreshBenchSettings,
  StatementMeasurement,
} from '../tests/datasource/bench/dashboards.test';
import { END, median, prepare } from './bench-sql';

const ENGINES = ['postgres', 'duckdb', 'clickhouse'] as const;
const WALL = 'executive-wall';
/** Issue 23's goals, set for PostgreSQL at scale 20. */
const GOALS = { wallCold: 2, everyCold: 3, warmOfCold: 0.3, funnelOfHistory: 2, rollupsOfLimit: 0.5 };

function fail(message: string): never {
  process.stderr.write(`bench:refresh: ${message}\n`);
  process.exit(2);
}

function options(): RefreshBenchSettings & { scale: number; statements?: string } {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        engine: { type: 'string' },
        scale: { type: 'string', default: '1' },
        rounds: { type: 'string', default: '3' },
        url: { type: 'string' },
        schema: { type: 'string' },
        end: { type: 'string', default: END },
        statements: { type: 'string' },
        rollups: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  const engine = values.engine as RefreshBenchSettings['engine'];
  if (!ENGINES.includes(engine)) {
    fail(`--engine must be one of ${ENGINES.join(', ')}${values.engine ? `, not "${values.engine}"` : ''}.`);
  }
  const scale = Number(values.scale);
  if (!(scale > 0)) {
    fail(`--scale must be a positive number, not "${values.scale}".`);
  }
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) {
    fail(`--rounds must be a whole number of at least 1, not "${values.rounds}".`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.end!) || Number.isNaN(Date.parse(values.end!))) {
    fail(`--end must be a date YYYY-MM-DD, not "${values.end}".`);
  }
  const url =
    values.url ??
    (engine === 'postgres'
      ? process.env.SALESPERF_PG_URL
      : engine === 'clickhouse'
        ? process.env.SALESPERF_CLICKHOUSE_URL
        : path.join('.bench', `warehouse-s${scale}.duckdb`));
  if (!url) {
    fail(`give --url, or set ${engine === 'postgres' ? 'SALESPERF_PG_URL' : 'SALESPERF_CLICKHOUSE_URL'}.`);
  }
  const schema = values.schema ?? (engine === 'duckdb' ? 'sales' : `bench_s${String(scale).replace('.', '_')}`);
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-refresh-')), 'measurements.json');
  const provisioned = provisionedDatasources().find((source) => source.type === 'seed-salesperf-datasource');
  if (!provisioned) {
    fail('provisioning/datasources/datasources.yaml declares no seed-salesperf-datasource.');
  }
  return {
    engine,
    url,
    schema,
    end: values.end!,
    rounds,
    out,
    provisioned,
    scale,
    statements: values.statements,
    rollups: values.rollups,
  };
}

const ms = (value: number) => value.toFixed(0);
const ratio = (value: number) => `${value.toFixed(2)}x`;
const verdict = (met: boolean) => (met ? 'pass' : 'short');

async function main() {
  const run = options();
  if (run.engine === 'duckdb') {
    fs.mkdirSync(path.dirname(run.url), { recursive: true });
  }
  const seeding = createExecutor(run.engine, run.url);
  let opportunities: number;
  try {
    await prepare(seeding, run.schema, run.scale, run.end);
    const count = await seeding.run(`SELECT COUNT(*) AS n FROM ${run.schema}.opportunities`);
    opportunities = Number(count.data.values[0][0]);
  } finally {
    // DuckDB allows one writer per file: the bench opens it again, read-only
    await seeding.close();
  }

  const jest = spawnSync(
    process.execPath,
    [require.resolve('jest/bin/jest'), 'tests/datasource/bench/dashboards.test.ts', '--selectProjects', 'node', '-i'],
    {
      env: { ...process.env, SALESPERF_BENCH_REFRESH: JSON.stringify(run) },
      // jest's own output is shown only when the bench fails: the report below is the output
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    }
  );
  if (jest.status !== 0 || !fs.existsSync(run.out)) {
    process.stderr.write(`${jest.stdout ?? ''}${jest.stderr ?? ''}`);
    fail('the refresh bench failed (jest output above).');
  }
  const { rollups: build, dashboards: measurements } = JSON.parse(
    fs.readFileSync(run.out, 'utf8')
  ) as RefreshBenchOutput;
  fs.rmSync(path.dirname(run.out), { recursive: true, force: true });
  if (run.statements) {
    const listed = (dashboard: string, refresh: string, statements: StatementMeasurement[]) =>
      statements.map((statement) => ({ dashboard, refresh, ...statement, medianMs: median(statement.ms) }));
    const statements = measurements.flatMap((m) => [
      ...listed(m.dashboard, 'cold', m.statementTimes),
      ...listed(m.dashboard, 'cold with rollups', m.rollupStatementTimes ?? []),
    ]);
    fs.writeFileSync(run.statements, JSON.stringify(statements, null, 2));
  }

  const rows = measurements.map((m) => ({
    ...m,
    coldMs: median(m.cold),
    warmMs: median(m.warm),
    limitMs: median(m.limit),
    // ratios per round, where refresh and limit saw the same machine
    coldRatio: median(m.cold.map((cold, round) => cold / m.limit[round])),
    warmOfCold: median(m.warm.map((warm, round) => warm / m.cold[round])),
    rolledMs: m.withRollups ? median(m.withRollups) : NaN,
    rolledRatio: m.withRollups ? median(m.withRollups.map((rolled, round) => rolled / m.limit[round])) : NaN,
    rolledReading: (m.rollupStatementTimes ?? []).filter((statement) => statement.readsRollups).length,
    rolledWarmOfCold: m.warmWithRollups
      ? median(m.warmWithRollups.map((warm, round) => warm / m.withRollups![round]))
      : NaN,
  }));
  const rolledRows = rows.filter((row) => row.withRollups);
  const lines = [
    `bench:refresh — ${run.engine}, scale ${run.scale} (${opportunities.toLocaleString('en-US')} opportunities), ` +
      `schema ${run.schema}, now ${run.end} 15:00 UTC, median of ${run.rounds} round(s)`,
    'warehouse time: the statements of one refresh run one at a time, each timed alone, summed.',
    'limit: one full scan of each fact table the refresh reads, in the same round.',
    ...(build
      ? [
          `rollups: built in ${ms(build.ms)} ms (${build.statements} statements) into schema ${build.schema} as of ` +
            `${new Date(build.builtAt).toISOString().slice(0, 16).replace('T', ' ')} ${build.timeZone}; rows: ` +
            Object.entries(build.rows)
              .map(([table, count]) => `${table} ${count.toLocaleString('en-US')}`)
              .join(', '),
          'rollups ms: a cold refresh whose queries read the rollups too (same frames, checked), in the same round;',
          "  ru warm/cold: that instance's refresh one minute later ÷ its cold one; ru stmts: its statements reading the rollups / all of them.",
        ]
      : []),
    '',
    [
      'dashboard'.padEnd(26),
      'panels',
      'stmts',
      'cold ms',
      'warm ms',
      'limit ms',
      'cold/limit',
      'warm/cold',
      ...(build ? ['rollups ms', 'rollups/limit', 'ru warm/cold', 'ru stmts'] : []),
      'wall ms',
      ' fact tables read',
    ].join(' '),
    ...rows.map((row) =>
      [
        row.dashboard.padEnd(26),
        String(row.panels).padStart(6),
        (row.warmStatements === row.statements
          ? String(row.statements)
          : `${row.statements}/${row.warmStatements}`
        ).padStart(5),
        ms(row.coldMs).padStart(7),
        ms(row.warmMs).padStart(7),
        ms(row.limitMs).padStart(8),
        ratio(row.coldRatio).padStart(10),
        ratio(row.warmOfCold).padStart(9),
        ...(build
          ? [
              ms(row.rolledMs).padStart(10),
              ratio(row.rolledRatio).padStart(13),
              ratio(row.rolledWarmOfCold).padStart(12),
              `${row.rolledReading}/${row.rollupStatements}`.padStart(8),
            ]
          : []),
        ms(median(row.coldWall)).padStart(7),
        ` ${row.factTables.join(', ')}`,
      ].join(' ')
    ),
    '',
  ];
  if (run.rounds > 1) {
    lines.push(
      'per round, cold/limit:',
      ...rows.map(
        (row) =>
          `  ${row.dashboard.padEnd(26)} ${row.cold.map((cold, round) => ratio(cold / row.limit[round])).join('  ')}`
      ),
      ''
    );
    if (build) {
      lines.push(
        'per round, with rollups/limit:',
        ...rolledRows.map(
          (row) =>
            `  ${row.dashboard.padEnd(26)} ${row.withRollups!.map((rolled, round) => ratio(rolled / row.limit[round])).join('  ')}`
        ),
        ''
      );
    }
  }
  lines.push('slowest statements of each cold refresh (median ms, the panel that issued it):');
  for (const row of rows) {
    const slowest = [...row.statementTimes].sort((a, b) => median(b.ms) - median(a.ms)).slice(0, 3);
    lines.push(
      `  ${row.dashboard.padEnd(26)} ${slowest.map((statement) => `${ms(median(statement.ms))} ${statement.panels.join(' + ')}`).join(' · ')}`
    );
  }
  if (build) {
    // what still costs a refresh that reads the rollups: the fact tables its slowest statements scan
    lines.push(
      '',
      'slowest statements of each cold refresh with rollups (median ms, the panel, [fact tables read, + rollups]):'
    );
    for (const row of rolledRows) {
      const slowest = [...row.rollupStatementTimes!].sort((a, b) => median(b.ms) - median(a.ms)).slice(0, 3);
      lines.push(
        `  ${row.dashboard.padEnd(26)} ${slowest
          .map(
            (statement) =>
              `${ms(median(statement.ms))} ${statement.panels.join(' + ')} ` +
              `[${[...statement.factTables, ...(statement.readsRollups ? ['+ rollups'] : [])].join(', ')}]`
          )
          .join(' · ')}`
      );
    }
  }
  // issue 23 item 4: each statement reading the stage history against one scan of it, in the same round
  const historyReads = rows.flatMap((row) =>
    row.statementTimes
      .filter((statement) => statement.historyScan)
      .map((statement) => ({
        name: `${row.dashboard} / ${statement.panels.join(' + ')}`,
        ratio: median(statement.ms.map((time, round) => time / statement.historyScan![round])),
        scan: median(statement.historyScan!),
      }))
  );
  lines.push('');
  if (historyReads.length) {
    lines.push(
      `statements reading opportunity_stage_history ÷ one full scan of it (median ${ms(median(historyReads.map((read) => read.scan)))} ms):`,
      ...historyReads.map((read) => `  ${ratio(read.ratio).padStart(7)}  ${read.name}`),
      ''
    );
  }
  const wall = rows.find((row) => row.dashboard === WALL);
  const worst = rows.reduce((a, b) => (b.coldRatio > a.coldRatio ? b : a));
  const worstWarm = rows.reduce((a, b) => (b.warmOfCold > a.warmOfCold ? b : a));
  const atGoalSetting = run.engine === 'postgres' && run.scale === 20;
  lines.push(
    `goals of issue 23 (set for PostgreSQL at scale 20${atGoalSetting ? '' : `; this run is ${run.engine} at scale ${run.scale}`}):`,
    wall
      ? `  ${verdict(wall.coldRatio <= GOALS.wallCold).padEnd(5)} executive wall cold refresh ≤ ${GOALS.wallCold}x the limit: ${ratio(wall.coldRatio)}`
      : `  short executive wall cold refresh ≤ ${GOALS.wallCold}x the limit: no dashboard ${WALL}`,
    `  ${verdict(worst.coldRatio <= GOALS.everyCold).padEnd(5)} every dashboard cold ≤ ${GOALS.everyCold}x the limit: worst ${worst.dashboard} ${ratio(worst.coldRatio)}`,
    `  ${verdict(worstWarm.warmOfCold <= GOALS.warmOfCold).padEnd(5)} warm refresh ≤ ${GOALS.warmOfCold}x the cold one: worst ${worstWarm.dashboard} ${ratio(worstWarm.warmOfCold)}` +
      (wall ? `, executive wall ${ratio(wall.warmOfCold)}` : ''),
    ...(historyReads.length
      ? [
          `  ${verdict(historyReads.every((read) => read.ratio <= GOALS.funnelOfHistory)).padEnd(5)} funnel statement ≤ ${GOALS.funnelOfHistory}x a full scan of opportunity_stage_history: worst ${ratio(Math.max(...historyReads.map((read) => read.ratio)))}`,
        ]
      : []),
    ...rolledRows.map(
      (row) =>
        `  ${verdict(row.rolledRatio <= GOALS.rollupsOfLimit).padEnd(5)} with rollups ≤ ${GOALS.rollupsOfLimit}x the limit: ` +
        `${row.dashboard} ${ratio(row.rolledRatio)}`
    ),
    ...(rolledRows.length
      ? [
          `  ${verdict(rolledRows.every((row) => row.rolledWarmOfCold <= GOALS.warmOfCold)).padEnd(5)} with rollups, warm refresh ≤ ${GOALS.warmOfCold}x the cold one: ` +
            rolledRows.map((row) => `${row.dashboard} ${ratio(row.rolledWarmOfCold)}`).join(' '),
        ]
      : []),
    ...(build
      ? [`refresh with rollups: ${rolledRows.map((row) => `${row.dashboard} ${ratio(row.rolledRatio)}`).join(' ')}`]
      : []),
    `refresh: ${rows.map((row) => `${row.dashboard} ${ratio(row.coldRatio)}`).join(' ')}`
  );
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
