/**
 * What opening each bundled dashboard costs the warehouse: every variable query and every panel
 * query, run one after another as SQL on the demo warehouse in embedded DuckDB, timed against a
 * baseline in the same run (one `bookings` metric for the quarter, the cheapest panel there is).
 *
 *   npm run bench:dashboards [-- <scale> <rounds>]
 *
 * Prints per dashboard the number of statements, the median time of a full load and its ratio to the
 * baseline. The executive wall refreshes every minute: its load must stay far below that.
 */
import { createExecutor } from '../../src/node/executors';
import { seedWarehouse } from '../../src/node/seed/seed';
import { runQuery, type SalesQuery, type ValuesQuery } from '../../src/sales';
import { activeTargets, dataPanels, readCommittedDashboards } from '../../tests/dashboards/lib/model';
import {
  type Clock,
  customSelection,
  panelRange,
  resolveQuery,
  type Selection,
  type TimeRange,
} from '../../tests/dashboards/lib/resolve';

const scale = Number(process.argv[2] ?? 1);
const rounds = Number(process.argv[3] ?? 5);
const END = '2026-05-14';
const CLOCK: Clock = { now: Date.UTC(2026, 4, 14, 15, 0), timeZone: 'UTC' };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function main() {
  const executor = createExecutor('duckdb', ':memory:');
  const seeded = await seedWarehouse(executor, { schema: 'sales', seed: 7, scale, end: END });
  const run = (query: SalesQuery, range: TimeRange) =>
    runQuery(query, {
      executor,
      location: { schema: 'sales' },
      range,
      currentTime: CLOCK.now,
      timeZone: CLOCK.timeZone,
      fiscalYearStartMonth: 1,
    });
  const quarter = { from: Date.UTC(2026, 3, 1), to: Date.UTC(2026, 6, 1) };

  const timed = async (work: () => Promise<number>) => {
    const times: number[] = [];
    let statements = 0;
    for (let round = 0; round < rounds; round++) {
      const started = performance.now();
      statements = await work();
      times.push(performance.now() - started);
    }
    return { ms: median(times), statements };
  };

  const baseline = await timed(async () => {
    await run({ kind: 'metrics', metrics: ['bookings'] }, quarter);
    return 1;
  });

  console.log(
    `demo warehouse: scale ${scale}, ${seeded.rows.opportunities} opportunities, ${seeded.totalRows} rows; median of ${rounds} loads`
  );
  console.log(`baseline (one bookings metric): ${baseline.ms.toFixed(1)} ms`);
  console.log(['dashboard'.padEnd(34), 'statements', '      ms', '  × baseline'].join(' '));
  for (const { file, json } of readCommittedDashboards()) {
    const load = await timed(async () => {
      let statements = 0;
      const selections = new Map<string, Selection>();
      for (const variable of json.templating?.list ?? []) {
        if (variable.type === 'custom') {
          // values typed in the dashboard: no query
          selections.set(variable.name, customSelection(variable));
          continue;
        }
        const [frame] = await run(resolveQuery(variable.query as ValuesQuery, selections), quarter);
        statements++;
        const values = (frame.data.values[frame.schema.fields.findIndex((field) => field.name === 'value')] ?? []).map(
          String
        );
        selections.set(variable.name, variable.includeAll ? 'all' : values.slice(0, 1));
      }
      for (const panel of dataPanels(json)) {
        const range = panelRange(json, panel, CLOCK);
        for (const target of activeTargets(panel)) {
          await run(resolveQuery(target, selections), range);
          statements++;
        }
      }
      return statements;
    });
    console.log(
      [
        file.padEnd(34),
        String(load.statements).padStart(10),
        load.ms.toFixed(1).padStart(8),
        (load.ms / baseline.ms).toFixed(1).padStart(12),
      ].join(' ')
    );
  }
  await executor.close?.();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
