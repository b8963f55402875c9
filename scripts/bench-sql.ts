/**
 * npm run bench:sql -- [--scale 100] [--runs 7] [--db .bench/warehouse-s100.duckdb] [--only funnel]
 *
 * Times the SQL the compiler writes for six representative queries against a reference SQL written
 * by hand for the same answer, on DuckDB (always) and PostgreSQL (when SALESPERF_PG_URL is set), and
 * checks that both return the same numbers. Prints medians and the ratio compiled ÷ reference; the
 * budget is 1.15. Runs alternate between the two statements so that both see the same machine.
 * The demo warehouse is seeded once per scale and reused (DuckDB file, PostgreSQL schema).
 */
import fs from 'fs';
import path from 'path';
import { parseArgs } from 'util';

import { compileQuery, type DataFrameJSON, type Dialect, runQuery, type SalesQuery } from '../src/sales';
import { createExecutor, type NodeExecutor } from '../src/node/executors';
import { existingContractTables, seedWarehouse } from '../src/node/seed/seed';

const BUDGET = 1.15;
export const END = '2026-06-30';
export const NOW = Date.parse('2026-06-30T12:00:00Z');
const YEAR = { from: Date.parse('2025-07-01T00:00:00Z'), to: Date.parse('2026-07-01T00:00:00Z') };
const NEXT_QUARTER = { from: Date.parse('2026-07-01T00:00:00Z'), to: Date.parse('2026-10-01T00:00:00Z') };

type Row = Record<string, unknown>;

export interface Case {
  name: string;
  query: SalesQuery;
  range: { from: number; to: number };
  /** the hand-written SQL for the same answer */
  reference(schema: string, dialect: Dialect): string;
  /** the compared numbers, keyed so both sides line up */
  fromEngine(frames: DataFrameJSON[]): Map<string, number>;
  fromReference(rows: Row[]): Map<string, number>;
}

const date = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ts = (ms: number) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
const double = (dialect: Dialect) => (dialect === 'postgres' ? 'DOUBLE PRECISION' : 'DOUBLE');

function rows(frame: DataFrameJSON): Row[] {
  const count = frame.data.values[0]?.length ?? 0;
  return [...Array(count).keys()].map((row) =>
    Object.fromEntries(frame.schema.fields.map((field, index) => [field.name, frame.data.values[index][row]]))
  );
}

function keyed(list: Row[], key: (row: Row) => string, value: (row: Row) => unknown): Map<string, number> {
  const map = new Map<string, number>();
  for (const row of list) {
    const v = value(row);
    if (v !== null && v !== undefined && Number(v) !== 0) {
      map.set(key(row), Number(v));
    }
  }
  return map;
}

export const CASES: Case[] = [
  {
    name: 'bookings by rep by month',
    query: { kind: 'timeseries', metrics: ['bookings'], grain: 'month', groupBy: ['rep'] },
    range: YEAR,
    reference: (s) =>
      `SELECT o.owner_rep_id AS rep_id, r.rep_name, EXTRACT(YEAR FROM o.close_date) * 12 + EXTRACT(MONTH FROM o.close_date) - 1 AS m, SUM(o.amount) AS bookings ` +
      `FROM ${s}.opportunities o LEFT JOIN ${s}.reps r ON r.rep_id = o.owner_rep_id ` +
      `WHERE o.status = 'won' AND o.close_date >= DATE '${date(YEAR.from)}' AND o.close_date < DATE '${date(YEAR.to)}' GROUP BY 1, 2, 3`,
    fromEngine: (frames) => {
      const map = new Map<string, number>();
      for (const frame of frames) {
        const rep = frame.schema.fields[1].labels?.rep_id ?? '';
        const times = frame.data.values[0] as number[];
        (frame.data.values[1] as number[]).forEach((value, index) => {
          if (value) {
            const d = new Date(times[index]);
            map.set(`${rep}|${d.getUTCFullYear() * 12 + d.getUTCMonth()}`, value);
          }
        });
      }
      return map;
    },
    fromReference: (list) =>
      keyed(
        list,
        (row) => `${row.rep_id}|${Number(row.m)}`,
        (row) => row.bookings
      ),
  },
  {
    name: 'win rate by region',
    query: { kind: 'metrics', metrics: ['win_rate'], groupBy: ['region'] },
    range: YEAR,
    reference: (s, d) =>
      `SELECT r.region, CAST(SUM(CASE WHEN o.status = 'won' THEN 1 ELSE 0 END) AS ${double(d)}) / NULLIF(COUNT(*), 0) AS win_rate ` +
      `FROM ${s}.opportunities o LEFT JOIN ${s}.reps r ON r.rep_id = o.owner_rep_id ` +
      `WHERE o.status IN ('won', 'lost') AND o.close_date >= DATE '${date(YEAR.from)}' AND o.close_date < DATE '${date(YEAR.to)}' GROUP BY r.region`,
    fromEngine: (frames) =>
      keyed(
        rows(frames[0]),
        (row) => String(row.region),
        (row) => row.win_rate
      ),
    fromReference: (list) =>
      keyed(
        list,
        (row) => String(row.region),
        (row) => row.win_rate
      ),
  },
  {
    name: 'open pipeline by stage',
    query: { kind: 'metrics', metrics: ['open_pipeline'], groupBy: ['stage'] },
    range: NEXT_QUARTER,
    reference: (s) =>
      `SELECT o.stage, SUM(o.amount) AS open_pipeline FROM ${s}.opportunities o WHERE o.status = 'open' AND o.forecast_category <> 'omitted' ` +
      `AND o.close_date >= DATE '${date(NEXT_QUARTER.from)}' AND o.close_date < DATE '${date(NEXT_QUARTER.to)}' GROUP BY o.stage`,
    fromEngine: (frames) =>
      keyed(
        rows(frames[0]),
        (row) => String(row.stage),
        (row) => row.open_pipeline
      ),
    fromReference: (list) =>
      keyed(
        list,
        (row) => String(row.stage),
        (row) => row.open_pipeline
      ),
  },
  {
    name: 'ten-metric scorecard by rep',
    query: {
      kind: 'metrics',
      metrics: [
        'bookings',
        'won_deals',
        'win_rate',
        'avg_deal_size',
        'largest_deal',
        'open_pipeline',
        'weighted_pipeline',
        'pipeline_created',
        'visits_completed',
        'leads_created',
      ],
      groupBy: ['rep'],
    },
    range: YEAR,
    reference: (s, d) => {
      const inYear = (column: string) =>
        `${column} >= DATE '${date(YEAR.from)}' AND ${column} < DATE '${date(YEAR.to)}'`;
      const inYearTs = (column: string) =>
        `${column} >= TIMESTAMP '${ts(YEAR.from)}' AND ${column} < TIMESTAMP '${ts(YEAR.to)}'`;
      return (
        `SELECT r.rep_id, o.bookings, o.won_deals, o.win_rate, o.avg_deal_size, o.largest_deal, o.open_pipeline, o.weighted_pipeline, o.pipeline_created, a.visits_completed, l.leads_created ` +
        `FROM ${s}.reps r LEFT JOIN (SELECT o.owner_rep_id AS rep_id, ` +
        `SUM(CASE WHEN o.status = 'won' AND ${inYear('o.close_date')} THEN o.amount END) AS bookings, ` +
        `SUM(CASE WHEN o.status = 'won' AND ${inYear('o.close_date')} THEN 1 ELSE 0 END) AS won_deals, ` +
        `CAST(SUM(CASE WHEN o.status = 'won' AND ${inYear('o.close_date')} THEN 1 ELSE 0 END) AS ${double(d)}) / NULLIF(SUM(CASE WHEN o.status IN ('won', 'lost') AND ${inYear('o.close_date')} THEN 1 ELSE 0 END), 0) AS win_rate, ` +
        `AVG(CASE WHEN o.status = 'won' AND ${inYear('o.close_date')} THEN o.amount END) AS avg_deal_size, ` +
        `MAX(CASE WHEN o.status = 'won' AND ${inYear('o.close_date')} THEN o.amount END) AS largest_deal, ` +
        `SUM(CASE WHEN o.status = 'open' AND o.forecast_category <> 'omitted' AND ${inYear('o.close_date')} THEN o.amount END) AS open_pipeline, ` +
        `SUM(CASE WHEN o.status = 'open' AND o.forecast_category <> 'omitted' AND ${inYear('o.close_date')} THEN o.amount * COALESCE(o.probability, s.probability) END) AS weighted_pipeline, ` +
        `SUM(CASE WHEN ${inYearTs('o.created_at')} THEN o.amount END) AS pipeline_created ` +
        `FROM ${s}.opportunities o LEFT JOIN ${s}.stages s ON s.stage = o.stage WHERE ${inYear('o.close_date')} OR ${inYearTs('o.created_at')} GROUP BY o.owner_rep_id) o ON o.rep_id = r.rep_id ` +
        `LEFT JOIN (SELECT rep_id, COUNT(*) AS visits_completed FROM ${s}.activities WHERE activity_type = 'visit' AND ${inYearTs('completed_at')} GROUP BY rep_id) a ON a.rep_id = r.rep_id ` +
        `LEFT JOIN (SELECT owner_rep_id AS rep_id, COUNT(*) AS leads_created FROM ${s}.leads WHERE ${inYearTs('created_at')} GROUP BY owner_rep_id) l ON l.rep_id = r.rep_id`
      );
    },
    fromEngine: (frames) => {
      const map = new Map<string, number>();
      // the reference lists reps; leads in the public pool (no rep) are the engine's extra group
      for (const row of rows(frames[0]).filter((candidate) => candidate.rep_id !== null)) {
        for (const [name, value] of Object.entries(row)) {
          if (typeof value === 'number' && value !== 0) {
            map.set(`${row.rep_id}|${name}`, value);
          }
        }
      }
      return map;
    },
    fromReference: (list) => {
      const map = new Map<string, number>();
      for (const row of list) {
        for (const [name, value] of Object.entries(row)) {
          if (name !== 'rep_id' && value !== null && Number(value) !== 0) {
            map.set(`${row.rep_id}|${name}`, Number(value));
          }
        }
      }
      return map;
    },
  },
  {
    name: 'collection rate by team',
    query: { kind: 'metrics', metrics: ['collection_rate'], groupBy: ['team'] },
    range: YEAR,
    reference: (s, d) =>
      `SELECT r.team, CAST(SUM(COALESCE(p.paid, 0)) AS ${double(d)}) / NULLIF(SUM(i.amount), 0) AS collection_rate FROM ${s}.invoices i ` +
      `LEFT JOIN (SELECT invoice_id, SUM(amount) AS paid FROM ${s}.payments WHERE received_at < DATE '${date(Math.min(NOW, YEAR.to) + 86_400_000 - 1)}' GROUP BY invoice_id) p ON p.invoice_id = i.invoice_id ` +
      `LEFT JOIN ${s}.reps r ON r.rep_id = i.rep_id WHERE i.due_at >= DATE '${date(YEAR.from)}' AND i.due_at < DATE '${date(YEAR.to)}' GROUP BY r.team`,
    fromEngine: (frames) =>
      keyed(
        rows(frames[0]),
        (row) => String(row.team),
        (row) => row.collection_rate
      ),
    fromReference: (list) =>
      keyed(
        list,
        (row) => String(row.team),
        (row) => row.collection_rate
      ),
  },
  {
    name: 'funnel counts by stage',
    // counts only, as the reference: days in stage are not asked for
    query: { kind: 'funnel', mode: 'reached', measure: 'count', timeInStage: false },
    range: YEAR,
    reference: (s) =>
      `SELECT f.k, COUNT(*) AS n FROM (SELECT CASE WHEN o.status = 'won' THEN 1000000 WHEN hx.k IS NOT NULL THEN hx.k WHEN o.status = 'lost' THEN NULL ` +
      `WHEN cs.is_won THEN 1000000 WHEN NOT cs.is_closed THEN cs.position END AS k FROM ${s}.opportunities o ` +
      `LEFT JOIN (SELECT h.opportunity_id, MAX(CASE WHEN st.is_won THEN 1000000 WHEN NOT st.is_closed THEN st.position END) AS k ` +
      `FROM ${s}.opportunity_stage_history h JOIN ${s}.stages st ON st.stage = h.stage GROUP BY h.opportunity_id) hx ON hx.opportunity_id = o.opportunity_id ` +
      `LEFT JOIN ${s}.stages cs ON cs.stage = o.stage WHERE o.created_at >= TIMESTAMP '${ts(YEAR.from)}' AND o.created_at < TIMESTAMP '${ts(YEAR.to)}') f GROUP BY f.k`,
    fromEngine: (frames) =>
      keyed(
        rows(frames[0]),
        (row) => String(row.position),
        (row) => row.count
      ),
    fromReference: (list) => {
      // reached(k) = Σ over furthest ≥ k; a NULL furthest is the first stage
      const byKey = list
        .map((row) => ({ key: row.k === null ? -1 : Number(row.k), n: Number(row.n) }))
        .sort((a, b) => a.key - b.key);
      const keys = [...new Set(byKey.map((entry) => entry.key).filter((key) => key >= 0))];
      const map = new Map<string, number>();
      keys.forEach((key, index) => {
        const reached = byKey
          .filter((entry) => entry.key >= key || (index === 0 && entry.key === -1))
          .reduce((sum, entry) => sum + entry.n, 0);
        map.set(String(index + 1), reached);
      });
      return map;
    },
  },
];

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export async function time(executor: NodeExecutor, sql: string): Promise<number> {
  const started = process.hrtime.bigint();
  await executor.run(sql);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export function sameNumbers(a: Map<string, number>, b: Map<string, number>): string | undefined {
  for (const [key, value] of a) {
    const other = b.get(key);
    if (other === undefined || Math.abs(other - value) > 1e-6 * Math.max(1, Math.abs(value))) {
      return `${key}: compiled ${value}, reference ${other}`;
    }
  }
  for (const key of b.keys()) {
    if (!a.has(key)) {
      return `${key}: compiled has none, reference ${b.get(key)}`;
    }
  }
  return undefined;
}

/** Seeds the demo warehouse into `schema` unless it holds one (bench:refresh seeds the same way). */
export async function prepare(executor: NodeExecutor, schema: string, scale: number, end = END): Promise<void> {
  const existing: string[] = await existingContractTables(executor, schema).catch(() => []);
  if (existing.includes('opportunities')) {
    return;
  }
  process.stdout.write(`seeding ${executor.engine} schema ${schema} at scale ${scale} (once; reused next time) …\n`);
  const seeded = await seedWarehouse(executor, { schema, scale, seed: 1, end, replace: true });
  process.stdout.write(
    `  ${seeded.totalRows.toLocaleString('en-US')} rows in ${(seeded.milliseconds / 1000).toFixed(0)} s\n`
  );
}

async function benchEngine(executor: NodeExecutor, schema: string, runs: number, only?: string): Promise<boolean> {
  const count = await executor.run(`SELECT COUNT(*) AS n FROM ${schema}.opportunities`);
  process.stdout.write(
    `\n${executor.engine}: ${Number(count.data.values[0][0]).toLocaleString('en-US')} opportunities, ${runs} runs each\n`
  );
  process.stdout.write(
    `${'query'.padEnd(30)} ${'compiled ms'.padStart(12)} ${'reference ms'.padStart(13)} ${'ratio'.padStart(6)}  numbers\n`
  );
  let withinBudget = true;
  for (const entry of CASES.filter((candidate) => !only || candidate.name.includes(only))) {
    const context = {
      executor,
      location: { schema },
      range: entry.range,
      currentTime: NOW,
      timeZone: 'UTC',
      fiscalYearStartMonth: 1,
    };
    const compiled = compileQuery(entry.query, { ...context, dialect: executor.dialect }).sql;
    const reference = entry.reference(schema, executor.dialect);
    const frames = await runQuery(entry.query, context);
    const referenceFrame = await executor.run(reference);
    const mismatch = sameNumbers(entry.fromEngine(frames), entry.fromReference(rows(referenceFrame)));
    await time(executor, compiled);
    await time(executor, reference);
    const compiledTimes: number[] = [];
    const referenceTimes: number[] = [];
    for (let run = 0; run < runs; run++) {
      compiledTimes.push(await time(executor, compiled));
      referenceTimes.push(await time(executor, reference));
    }
    const [c, r] = [median(compiledTimes), median(referenceTimes)];
    const ratio = c / r;
    withinBudget &&= ratio <= BUDGET && !mismatch;
    process.stdout.write(
      `${entry.name.padEnd(30)} ${c.toFixed(1).padStart(12)} ${r.toFixed(1).padStart(13)} ${ratio.toFixed(2).padStart(6)}${ratio > BUDGET ? '!' : ' '} ${mismatch ? `DIFFER (${mismatch})` : 'same'}\n`
    );
  }
  return withinBudget;
}

async function main() {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '100' },
      runs: { type: 'string', default: '7' },
      db: { type: 'string' },
      only: { type: 'string' },
    },
  });
  const scale = Number(values.scale);
  const runs = Number(values.runs);
  const file = values.db ?? path.join('.bench', `warehouse-s${scale}.duckdb`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let ok = true;

  const duck = createExecutor('duckdb', file);
  try {
    await prepare(duck, 'sales', scale);
    ok = (await benchEngine(duck, 'sales', runs, values.only)) && ok;
  } finally {
    await duck.close();
  }
  if (process.env.SALESPERF_PG_URL) {
    const pg = createExecutor('postgres', process.env.SALESPERF_PG_URL);
    try {
      await prepare(pg, `bench_s${scale}`, scale);
      ok = (await benchEngine(pg, `bench_s${scale}`, runs, values.only)) && ok;
    } finally {
      await pg.close();
    }
  } else {
    process.stdout.write('\nPostgreSQL not run: SALESPERF_PG_URL is not set.\n');
  }
  process.stdout.write(
    ok
      ? `\nEvery ratio is within ${BUDGET} and every answer matches.\n`
      : `\nOver budget (${BUDGET}) or a mismatch: see the lines marked ! or DIFFER.\n`
  );
  process.exitCode = ok ? 0 : 1;
}

// the cases are shared with bench:cluster, which imports this module
if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  });
}
