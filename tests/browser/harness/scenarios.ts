/*
 * The panel states the browser tests and the gallery show: each of the pack's panels on the hand-made
 * fixture (Q1 2024 in New York, whose figures tests/analytics-kinds.test.ts works out by hand) with
 * data, with no data (a region no deal belongs to), and with an error (a data source whose settings
 * name a table the warehouse does not have).
 */
import type { SavedDashboard } from './page/main';
import type { SavedPanel } from './page/panelModel';
import { HANDMADE } from './warehouse';

export type PanelState = 'data' | 'no-data' | 'error';

export const PANEL_STATES: PanelState[] = ['data', 'no-data', 'error'];

export interface PanelScenario {
  plugin: string;
  name: string;
  title: string;
  target: Record<string, unknown>;
  options?: Record<string, unknown>;
  gridPos: { w: number; h: number };
}

const NOWHERE = [{ dimension: 'region', op: 'in', values: ['Atlantis'] }];

export const PANEL_SCENARIOS: PanelScenario[] = [
  {
    plugin: 'seed-salesfunnel-panel',
    name: 'funnel',
    title: 'Funnel, stages reached',
    target: { kind: 'funnel', mode: 'reached', measure: 'count' },
    gridPos: { w: 12, h: 12 },
  },
  {
    plugin: 'seed-salesfunnel-panel',
    name: 'funnel-snapshot',
    title: 'Open deals now, by stage',
    target: { kind: 'funnel', mode: 'snapshot', measure: 'count' },
    gridPos: { w: 12, h: 10 },
  },
  {
    plugin: 'seed-attainment-panel',
    name: 'attainment',
    title: 'Bookings against target by region',
    target: { kind: 'attainment', metric: 'bookings', groupBy: ['region'], pace: 'linear' },
    gridPos: { w: 12, h: 10 },
  },
  {
    plugin: 'seed-repscorecard-panel',
    name: 'scorecard',
    title: 'Rep scorecard',
    target: {
      kind: 'scorecard',
      entity: 'rep',
      metrics: [
        { id: 'bookings', weight: 2 },
        { id: 'win_rate', weight: 1 },
      ],
      normalize: 'target',
    },
    gridPos: { w: 16, h: 10 },
  },
];

const iso = (ms: number) => new Date(ms).toISOString();

/** A dashboard holding one panel of `scenario` in `state`, on the hand-made fixture's quarter. */
export function scenarioDashboard(scenario: PanelScenario, state: PanelState): SavedDashboard {
  const target = {
    refId: 'A',
    ...scenario.target,
    ...(state === 'no-data' ? { filters: NOWHERE } : {}),
  };
  const uid = state === 'error' ? 'salesperf-broken' : 'salesperf-handmade';
  const panel: SavedPanel = {
    id: 1,
    type: scenario.plugin,
    title: scenario.title,
    gridPos: { x: 0, y: 0, ...scenario.gridPos },
    datasource: { type: 'seed-salesperf-datasource', uid },
    targets: [{ ...target, datasource: { type: 'seed-salesperf-datasource', uid } }],
    options: scenario.options ?? {},
    fieldConfig: { defaults: {}, overrides: [] },
  };
  return {
    uid: `harness-${scenario.name}-${state}`,
    title: `${scenario.title} (${state})`,
    timezone: HANDMADE.timeZone,
    time: { from: iso(HANDMADE.range.from), to: iso(HANDMADE.range.to) },
    panels: [panel],
  };
}
