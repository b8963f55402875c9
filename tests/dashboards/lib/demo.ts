import { createExecutor, type NodeExecutor } from '../../../src/node/executors';
import { seedWarehouse } from '../../../src/node/seed/seed';
import { grainOfRelativeTime } from '../../../src/sales/catalog/grains';
import { runQuery } from '../../../src/sales/engine';
import type { DataFrameJSON, SalesQuery, ValuesQuery } from '../../../src/sales/types';
import { activeTargets, type Dashboard, type Panel } from './model';
import {
  type Clock,
  customSelection,
  customValues,
  panelRange,
  relativeRange,
  resolveQuery,
  type Selection,
  type TimeRange,
} from './resolve';

/**
 * The bundled dashboards' queries run as Grafana would send them, on the demo warehouse in embedded
 * DuckDB: three years of data up to the middle of a quarter, "now" on its last day.
 */

const SCHEMA = 'sales';
const DEMO = { seed: 20260514, scale: 0.25, end: '2026-05-14' };
export const CLOCK: Clock = { now: Date.UTC(2026, 4, 14, 15, 0), timeZone: 'UTC' };

/** A range as Grafana hands it to the data source: the instants and the text it was picked as (now/fQ). */
export interface PickedRange extends TimeRange {
  /** the raw `from`, whose rounding unit tells a quarter to date from a month to date */
  rawFrom?: string;
}

export interface DemoWarehouse {
  executor: NodeExecutor;
  run(query: SalesQuery, range: PickedRange): Promise<DataFrameJSON[]>;
  close(): Promise<void>;
}

export async function openDemoWarehouse(): Promise<DemoWarehouse> {
  const executor = createExecutor('duckdb', ':memory:');
  await seedWarehouse(executor, { schema: SCHEMA, ...DEMO });
  return {
    executor,
    run: (query, range) =>
      runQuery(query, {
        executor,
        location: { schema: SCHEMA },
        range: { from: range.from, to: range.to },
        currentTime: CLOCK.now,
        timeZone: CLOCK.timeZone,
        fiscalYearStartMonth: 1,
        // as the data source does: the unit the picked range rounds to (src/datasource/DataSource.ts)
        rangeUnit: grainOfRelativeTime(range.rawFrom),
      }),
    close: async () => executor.close?.(),
  };
}

export const rows = (frame: DataFrameJSON) => frame.data.values[0]?.length ?? 0;

export const column = (frame: DataFrameJSON, name: string) =>
  frame.data.values[frame.schema.fields.findIndex((field) => field.name === name)] ?? [];

/** The range a panel queries, with the raw `from` Grafana passes along (the panel's relative time, or the dashboard's). */
export function pickedRange(dashboard: Dashboard, panel: Panel): PickedRange {
  const rawFrom = panel.timeFrom ? relativeRange(panel.timeFrom).from : dashboard.time?.from;
  return { ...panelRange(dashboard, panel, CLOCK), rawFrom };
}

/**
 * The variables' values as Grafana resolves them on load, in order: each values query runs with the
 * selections above it. `pick` chooses a selection from the values offered.
 */
export async function selectVariables(
  demo: DemoWarehouse,
  dashboard: Dashboard,
  pick: (name: string, values: string[], includeAll: boolean) => Selection
): Promise<{ selections: Map<string, Selection>; offered: Map<string, string[]> }> {
  const selections = new Map<string, Selection>();
  const offered = new Map<string, string[]>();
  for (const variable of dashboard.templating?.list ?? []) {
    if (variable.type === 'custom') {
      // values typed in the dashboard (the next deal's amount): the one it opens with
      offered.set(variable.name, customValues(variable));
      selections.set(variable.name, customSelection(variable));
      continue;
    }
    const query = resolveQuery(variable.query as ValuesQuery, selections);
    const [frame] = await demo.run(query, { from: CLOCK.now - 365 * 86_400_000, to: CLOCK.now });
    const values = column(frame, 'value').map(String);
    offered.set(variable.name, values);
    selections.set(variable.name, pick(variable.name, values, variable.includeAll === true));
  }
  return { selections, offered };
}

/** What a panel shows: the frames of each of its targets, over the panel's range or the one given. */
export async function panelFrames(
  demo: DemoWarehouse,
  dashboard: Dashboard,
  panel: Panel,
  selections: Map<string, Selection>,
  range: PickedRange = pickedRange(dashboard, panel)
): Promise<Array<{ refId?: string; frames: DataFrameJSON[] }>> {
  return Promise.all(
    activeTargets(panel).map(async (target) => ({
      refId: target.refId,
      frames: await demo.run(resolveQuery(target, selections), range),
    }))
  );
}
