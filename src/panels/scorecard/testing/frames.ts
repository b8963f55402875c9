/*
 * Test frames, processed as Grafana processes them before a panel sees them: createDataFrame, then
 * applyFieldOverrides with a real theme, so display processors, thresholds and data links are Grafana's.
 */
import {
  applyFieldOverrides,
  createDataFrame,
  createTheme,
  type DataFrame,
  type FieldConfigSource,
  type GrafanaTheme2,
  FieldType,
  getFieldDisplayValuesProxy,
  type InterpolateFunction,
  type ScopedVars,
} from '@grafana/data';

import { plugin } from '../module';
import { registerGrafanaRegistries } from '../../../testing/grafanaRegistries';

registerGrafanaRegistries();

export const theme = createTheme({ colors: { mode: 'dark' } });

/**
 * Grafana's template service for the variables data links use here: `${__data.fields.<name>}` is the
 * display text of that field in the link's row (as Grafana's data macro resolves it), URI-encoded
 * when Grafana asks for it.
 */
export const replaceVariables: InterpolateFunction = (value: string, scopedVars?: ScopedVars, format?: unknown) => {
  const context = scopedVars?.__dataContext?.value as { frame?: DataFrame; rowIndex?: number } | undefined;
  return value.replace(/\$\{__data\.fields\.([\w]+)\}/g, (_match, name: string) => {
    if (!context?.frame || context.rowIndex === undefined) {
      return '';
    }
    const fields = getFieldDisplayValuesProxy({ frame: context.frame, rowIndex: context.rowIndex });
    const text = String(fields[name]?.text ?? '');
    return format === 'uriencode' ? encodeURIComponent(text) : text;
  });
};

/** The field config a new panel starts with (the plugin's defaults), plus what a test adds. */
export function panelFieldConfig(extra: Partial<FieldConfigSource> = {}): FieldConfigSource {
  return {
    defaults: { ...plugin.fieldConfigDefaults.defaults, ...extra.defaults },
    overrides: extra.overrides ?? [],
  };
}

export function processFrames(
  frames: DataFrame[],
  fieldConfig: FieldConfigSource = panelFieldConfig(),
  withTheme: GrafanaTheme2 = theme
): DataFrame[] {
  return applyFieldOverrides({
    data: frames,
    fieldConfig,
    // The panel's registry, so custom options such as custom.betterWhen apply as in Grafana.
    fieldConfigRegistry: plugin.fieldConfigRegistry,
    replaceVariables,
    theme: withTheme,
    timeZone: 'utc',
  });
}

/**
 * Five reps as the data source's scorecard query returns them (docs/frames.md), sorted by rank:
 * bookings (higher is better, with targets), cycle_days (lower is better, with targets) and
 * win_rate (no targets at all). Ben and Cai tie on score and share rank 2; Eve has no bookings.
 */
export function scorecardFrame(): DataFrame {
  return createDataFrame({
    refId: 'A',
    meta: {
      custom: {
        kind: 'scorecard',
        entity: 'rep',
        normalize: 'target',
        metrics: [
          { id: 'bookings', weight: 2, lowerIsBetter: false, label: 'Bookings', unit: 'currency:USD' },
          { id: 'cycle_days', weight: 1, lowerIsBetter: true, label: 'Sales cycle', unit: 'd' },
          { id: 'win_rate', weight: 1, lowerIsBetter: false, label: 'Win rate', unit: 'percentunit' },
        ],
        sparkline: { metric: 'bookings', grain: 'month', times: [1, 2, 3, 4] },
      },
    },
    fields: [
      {
        name: 'rep',
        type: FieldType.string,
        values: ['Ana', 'Ben', 'Cai', 'Dee', 'Eve'],
        config: { displayName: 'Rep' },
      },
      { name: 'rep_id', type: FieldType.string, values: ['r1', 'r2', 'r3', 'r4', 'r 5'] },
      {
        name: 'bookings',
        type: FieldType.number,
        values: [120000, 90000, 95000, 60000, null],
        config: { displayName: 'Bookings', unit: 'currencyUSD', decimals: 0 },
      },
      {
        name: 'bookings_target',
        type: FieldType.number,
        values: [100000, 100000, 100000, 80000, 50000],
        config: { unit: 'currencyUSD' },
      },
      {
        name: 'bookings_pct_of_target',
        type: FieldType.number,
        values: [1.2, 0.9, 0.95, 0.75, null],
        config: { unit: 'percentunit', decimals: 0 },
      },
      { name: 'bookings_rank', type: FieldType.number, values: [1, 3, 2, 4, null] },
      {
        name: 'cycle_days',
        type: FieldType.number,
        values: [30, 50, 36, 40, 45],
        config: { displayName: 'Sales cycle', unit: 'd' },
      },
      { name: 'cycle_days_target', type: FieldType.number, values: [40, 40, 40, 40, 40] },
      {
        name: 'cycle_days_pct_of_target',
        type: FieldType.number,
        values: [0.75, 1.25, 0.9, 1, 1.125],
        config: { unit: 'percentunit', decimals: 0 },
      },
      { name: 'cycle_days_rank', type: FieldType.number, values: [1, 5, 2, 3, 4] },
      {
        name: 'win_rate',
        type: FieldType.number,
        values: [0.4, 0.35, 0.3, 0.25, 0.2],
        config: { unit: 'percentunit' },
      },
      { name: 'win_rate_target', type: FieldType.number, values: [null, null, null, null, null] },
      { name: 'win_rate_pct_of_target', type: FieldType.number, values: [null, null, null, null, null] },
      { name: 'win_rate_rank', type: FieldType.number, values: [1, 2, 3, 4, 5] },
      { name: 'score', type: FieldType.number, values: [1.1, 0.95, 0.95, 0.7, 0.4], config: { decimals: 2 } },
      { name: 'rank', type: FieldType.number, values: [1, 2, 2, 4, 5] },
      { name: 'previous_rank', type: FieldType.number, values: [2, 1, 4, null, 5] },
      { name: 'rank_change', type: FieldType.number, values: [1, -1, 2, null, 0] },
      {
        name: 'sparkline',
        type: FieldType.other,
        values: [[10, 20, 30, 40], [40, 30, 20, 10], [5, null, 15, 25], [1, 1, 1, 1], null],
      },
    ],
  });
}

/**
 * scorecardFrame() as the data source sends it `elapsedShare` into its range: bookings with expected to
 * date (target × share) and pace (bookings ÷ expected); the other metrics carry no pace.
 */
export function pacedScorecardFrame(elapsedShare: number): DataFrame {
  const frame = scorecardFrame();
  const values = (name: string) => frame.fields.find((field) => field.name === name)!.values as Array<number | null>;
  const bookings = values('bookings');
  const expected = values('bookings_target').map((target) => (target === null ? null : target * elapsedShare));
  const at = frame.fields.findIndex((field) => field.name === 'bookings_pct_of_target') + 1;
  frame.fields.splice(
    at,
    0,
    {
      name: 'bookings_expected_to_date',
      type: FieldType.number,
      values: expected,
      config: { unit: 'currencyUSD' },
    },
    {
      name: 'bookings_pace',
      type: FieldType.number,
      values: bookings.map((value, i) => (value === null || !expected[i] ? null : value / expected[i]!)),
      config: { unit: 'percentunit', decimals: 0 },
    }
  );
  frame.meta = { ...frame.meta, custom: { ...frame.meta!.custom, elapsedShare } };
  return frame;
}

/** A plain table (a metrics query grouped by team): the first string field names the entity. */
export function tableFrame(): DataFrame {
  return createDataFrame({
    refId: 'B',
    fields: [
      { name: 'team', type: FieldType.string, values: ['North', 'South', 'East', 'West'] },
      { name: 'region', type: FieldType.string, values: ['EU', 'EU', 'US', 'US'] },
      { name: 'bookings', type: FieldType.number, values: [500, 700, 700, null], config: { unit: 'short' } },
      { name: 'overdue_days', type: FieldType.number, values: [12, 3, 8, 3] },
    ],
  });
}

/** n reps with distinct scores, for virtualisation and paging. */
export function manyRepsFrame(n: number): DataFrame {
  const index = Array.from({ length: n }, (_, i) => i);
  return createDataFrame({
    meta: {
      custom: { kind: 'scorecard', entity: 'rep', metrics: [{ id: 'bookings', weight: 1, lowerIsBetter: false }] },
    },
    fields: [
      { name: 'rep', type: FieldType.string, values: index.map((i) => `Rep ${i + 1}`) },
      { name: 'rep_id', type: FieldType.string, values: index.map((i) => `r${i + 1}`) },
      { name: 'bookings', type: FieldType.number, values: index.map((i) => (n - i) * 1000) },
      { name: 'score', type: FieldType.number, values: index.map((i) => (n - i) / n) },
      { name: 'rank', type: FieldType.number, values: index.map((i) => i + 1) },
    ],
  });
}

const FIRST_NAMES = ['Ana', 'Benedikt', 'Cai', 'Dee', 'Evangelina', 'Fay', 'Gus', 'Hal', 'Ivy', 'Jon', 'Kim', 'Lou'];
const LAST_NAMES = ['Moreno', 'Schmidt-Hoffmann', 'Wang', 'Okafor', 'Lindqvist', 'Dubois', 'Tanaka'];

/**
 * n reps with every column the data source sends (three metrics, targets for two, rank changes,
 * a new entry, 12-point sparklines) and long names: for how the panel looks in a browser.
 */
export function leaderboardFrame(n: number): DataFrame {
  const index = Array.from({ length: n }, (_, i) => i);
  const bookings = index.map((i) => Math.round(1500000 * Math.pow(0.97, i)));
  const cycle = index.map((i) => 25 + ((i * 7) % 30));
  return createDataFrame({
    refId: 'A',
    meta: {
      custom: {
        kind: 'scorecard',
        entity: 'rep',
        metrics: [
          { id: 'bookings', weight: 2, lowerIsBetter: false, label: 'Bookings' },
          { id: 'cycle_days', weight: 1, lowerIsBetter: true, label: 'Sales cycle' },
          { id: 'win_rate', weight: 1, lowerIsBetter: false, label: 'Win rate' },
        ],
      },
    },
    fields: [
      {
        name: 'rep',
        type: FieldType.string,
        values: index.map((i) => `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[i % LAST_NAMES.length]}`),
        config: { displayName: 'Rep' },
      },
      { name: 'rep_id', type: FieldType.string, values: index.map((i) => `r${i}`) },
      {
        name: 'bookings',
        type: FieldType.number,
        values: bookings,
        config: { displayName: 'Bookings', unit: 'currencyUSD' },
      },
      { name: 'bookings_target', type: FieldType.number, values: index.map(() => 1200000) },
      {
        name: 'bookings_pct_of_target',
        type: FieldType.number,
        values: bookings.map((b) => b / 1200000),
        config: { unit: 'percentunit', decimals: 0 },
      },
      {
        name: 'cycle_days',
        type: FieldType.number,
        values: cycle,
        config: { displayName: 'Sales cycle', unit: 'none', decimals: 0 },
      },
      { name: 'cycle_days_target', type: FieldType.number, values: index.map(() => 40) },
      {
        name: 'cycle_days_pct_of_target',
        type: FieldType.number,
        values: cycle.map((c) => c / 40),
        config: { unit: 'percentunit', decimals: 0 },
      },
      {
        name: 'win_rate',
        type: FieldType.number,
        values: index.map((i) => 0.5 - i * 0.004),
        config: { displayName: 'Win rate', unit: 'percentunit', decimals: 1 },
      },
      {
        name: 'score',
        type: FieldType.number,
        values: index.map((i) => 1.3 * Math.pow(0.97, i)),
        config: { decimals: 2 },
      },
      { name: 'rank', type: FieldType.number, values: index.map((i) => i + 1) },
      {
        name: 'previous_rank',
        type: FieldType.number,
        values: index.map((i) => (i === 4 ? null : Math.max(1, i + 1 + ((i * 5) % 7) - 3))),
      },
      {
        name: 'sparkline',
        type: FieldType.other,
        values: index.map((i) => Array.from({ length: 12 }, (_, k) => 80000 + ((k * (i + 3)) % 11) * 9000 + k * 3000)),
      },
    ],
  });
}
