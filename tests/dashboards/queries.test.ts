import { type Dashboard, dataPanels, type Panel, panelName, readCommittedDashboards } from './lib/model';
import {
  column,
  type DemoWarehouse,
  openDemoWarehouse,
  panelFrames as framesOf,
  rows,
  selectVariables as select,
} from './lib/demo';
import type { Selection } from './lib/resolve';

/**
 * Every query of every bundled dashboard, run as Grafana would send it on the demo warehouse in
 * embedded DuckDB: three years of data up to the middle of a quarter, "now" on its last day.
 */

const dashboards = readCommittedDashboards();
let demo: DemoWarehouse;

beforeAll(async () => {
  demo = await openDemoWarehouse();
});

afterAll(async () => {
  await demo?.close();
});

const selectVariables = (
  dashboard: Dashboard,
  pick: (name: string, values: string[], includeAll: boolean) => Selection
) => select(demo, dashboard, pick);

const panelFrames = (dashboard: Dashboard, panel: Panel, selections: Map<string, Selection>) =>
  framesOf(demo, dashboard, panel, selections);

/** Field names a panel's config relies on: overrides by name, kept fields, fill targets, x fields, link fields. */
function namedFields(panel: Panel): string[] {
  const names = new Set<string>();
  for (const override of panel.fieldConfig?.overrides ?? []) {
    if (override.matcher.id === 'byName') {
      names.add(String(override.matcher.options));
    }
    for (const property of override.properties) {
      if (property.id === 'custom.fillBelowTo') {
        names.add(String(property.value));
      }
    }
  }
  for (const transformation of panel.transformations ?? []) {
    if (transformation.id === 'filterFieldsByName') {
      ((transformation.options as { include?: { names?: string[] } }).include?.names ?? []).forEach((name) =>
        names.add(name)
      );
    }
  }
  if (typeof panel.options?.xField === 'string') {
    names.add(panel.options.xField);
  }
  for (const match of JSON.stringify(panel.fieldConfig ?? {}).matchAll(/__data\.fields\.(\w+)/g)) {
    names.add(match[1]);
  }
  return [...names];
}

describe.each(dashboards)('$file on the demo warehouse', ({ json }) => {
  it('every variable offers values, cascading region → team → rep', async () => {
    const { offered } = await selectVariables(json, (_name, values, includeAll) =>
      includeAll ? 'all' : values.slice(0, 1)
    );
    for (const [name, values] of offered) {
      expect({ name, count: values.length > 0 }).toEqual({ name, count: true });
    }
    // narrowing the region narrows the teams and the reps offered
    const narrowed = await selectVariables(json, (name, values, includeAll) =>
      name === 'region' ? values.slice(0, 1) : includeAll ? 'all' : values.slice(0, 1)
    );
    expect(narrowed.offered.get('team')!.length).toBeLessThan(offered.get('team')!.length);
    expect(narrowed.offered.get('rep')!.length).toBeLessThan(offered.get('rep')!.length);
    expect(narrowed.offered.get('team')!.length).toBeGreaterThan(0);
  });

  it('every query of every panel returns data with the variables as the dashboard opens', async () => {
    const { selections } = await selectVariables(json, (_name, values, includeAll) =>
      includeAll ? 'all' : values.slice(0, 1)
    );
    const problems: string[] = [];
    for (const panel of dataPanels(json)) {
      const results = await panelFrames(json, panel, selections);
      for (const { refId, frames } of results) {
        if (!frames.some((frame) => rows(frame) > 0)) {
          problems.push(`${panelName(panel)} target ${refId} returned no rows`);
        }
        const forecast = frames.find((frame) => frame.schema.meta?.custom?.kind === 'forecast');
        if (forecast && !column(forecast, 'forecast').some((value) => value !== null)) {
          problems.push(`${panelName(panel)} target ${refId} forecast nothing`);
        }
      }
      const fields = new Set(
        results.flatMap(({ frames }) => frames.flatMap((frame) => frame.schema.fields.map((field) => field.name)))
      );
      for (const name of namedFields(panel)) {
        if (!fields.has(name)) {
          problems.push(
            `${panelName(panel)} names the field "${name}", which its queries do not return (${[...fields].join(', ')})`
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('every query runs with one region, team and rep chosen', async () => {
    const { selections } = await selectVariables(json, (name, values, includeAll) =>
      ['region', 'team', 'rep'].includes(name) || !includeAll ? values.slice(0, 1) : 'all'
    );
    let withRows = 0;
    let targets = 0;
    for (const panel of dataPanels(json)) {
      for (const { frames } of await panelFrames(json, panel, selections)) {
        targets++;
        withRows += frames.some((frame) => rows(frame) > 0) ? 1 : 0;
      }
    }
    // one rep's quarter can leave a panel empty; most must still show something
    expect(withRows / targets).toBeGreaterThan(0.8);
  });
});
