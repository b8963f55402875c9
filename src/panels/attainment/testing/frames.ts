/*
 * Frames for the tests, built and processed as Grafana does before a panel sees them: createDataFrame,
 * then applyFieldOverrides with a real theme, so that display processors and data links are Grafana's.
 */
import {
  applyFieldOverrides,
  createDataFrame,
  createTheme,
  type DataFrame,
  type FieldConfigSource,
  FieldType,
  type DataLink,
  type GrafanaTheme2,
  type InterpolateFunction,
} from '@grafana/data';

import { plugin } from '../module';
import { registerGrafanaRegistries } from '../../../testing/grafanaRegistries';

registerGrafanaRegistries();

export const darkTheme = createTheme({ colors: { mode: 'dark' } });
export const lightTheme = createTheme({ colors: { mode: 'light' } });

export interface FieldSpec {
  name: string;
  type?: FieldType;
  values: unknown[];
  unit?: string;
  decimals?: number;
  displayName?: string;
  links?: DataLink[];
}

function typeOf(spec: FieldSpec): FieldType {
  if (spec.type) {
    return spec.type;
  }
  const sample = spec.values.find((v) => v !== null && v !== undefined);
  return typeof sample === 'string' ? FieldType.string : FieldType.number;
}

/**
 * A stand-in for Grafana's template service, for the one kind of variable the tests' links use:
 * ${__data.fields.<name>} is the value of that field in the link's row.
 */
export const replaceDataFields: InterpolateFunction = (value, scopedVars) => {
  const context = scopedVars?.__dataContext?.value as { frame?: DataFrame; rowIndex?: number } | undefined;
  return value.replace(/\$\{__data\.fields\.(\w+)\}/g, (_match, name: string) => {
    const field = context?.frame?.fields.find((f) => f.name === name);
    return field && context?.rowIndex !== undefined ? String(field.values[context.rowIndex]) : '';
  });
};

export function processFrames(
  frames: DataFrame[],
  fieldConfig: FieldConfigSource = { defaults: {}, overrides: [] },
  theme: GrafanaTheme2 = darkTheme
): DataFrame[] {
  return applyFieldOverrides({
    data: frames,
    fieldConfig,
    replaceVariables: replaceDataFields,
    theme,
    timeZone: 'utc',
    fieldConfigRegistry: plugin.fieldConfigRegistry,
  });
}

/** The frame with meta.custom.period, as the data source's attainment frame carries it. */
export function withPeriod(frame: DataFrame, unit: string, from: number, to: number): DataFrame {
  return {
    ...frame,
    meta: { ...frame.meta, custom: { ...frame.meta?.custom, kind: 'attainment', period: { unit, from, to } } },
  };
}

export function frameOf(fields: FieldSpec[], name?: string): DataFrame {
  return createDataFrame({
    name,
    fields: fields.map((spec) => ({
      name: spec.name,
      type: typeOf(spec),
      values: spec.values,
      config: {
        ...(spec.unit ? { unit: spec.unit } : {}),
        ...(spec.decimals !== undefined ? { decimals: spec.decimals } : {}),
        ...(spec.displayName ? { displayName: spec.displayName } : {}),
        ...(spec.links ? { links: spec.links } : {}),
      },
    })),
  });
}

/**
 * The data source's attainment frame (docs/frames.md) for three reps in a 30-day month, 15 days in
 * (elapsed share 0.5), thresholds 1 / 0.9 on pace:
 *   Alice  actual 120 000 of 100 000: attainment 1.2, expected 50 000, pace 2.4, on track
 *   Bob     actual  45 000 of 100 000: attainment 0.45, expected 50 000, pace 0.9, cautioned
 *   Carol   actual  30 000 of  80 000: attainment 0.375, expected 40 000, pace 0.75, off track
 */
export function attainmentFrame(): DataFrame {
  const usd = 'currencyUSD';
  return frameOf([
    { name: 'rep', values: ['Alice', 'Bob', 'Carol'] },
    { name: 'rep_id', values: ['r1', 'r2', 'r3'] },
    { name: 'actual', values: [120000, 45000, 30000], unit: usd },
    { name: 'target', values: [100000, 100000, 80000], unit: usd },
    { name: 'attainment', values: [1.2, 0.45, 0.375], unit: 'percentunit' },
    { name: 'expected_to_date', values: [50000, 50000, 40000], unit: usd },
    { name: 'pace', values: [2.4, 0.9, 0.75], unit: 'percentunit' },
    { name: 'gap', values: [0, 55000, 50000], unit: usd },
    { name: 'required_run_rate', values: [0, 55000 / 15, 50000 / 15], unit: usd },
    { name: 'projected', values: [240000, 90000, 60000], unit: usd },
    { name: 'status', values: ['on_track', 'cautioned', 'off_track'] },
    { name: 'elapsed_share', values: [0.5, 0.5, 0.5], unit: 'percentunit' },
    { name: 'remaining_days', values: [15, 15, 15], unit: 'd' },
  ]);
}
