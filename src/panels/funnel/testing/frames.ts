import {
  applyFieldOverrides,
  createTheme,
  type DataFrame,
  type DataFrameDTO,
  type Field,
  type FieldConfigSource,
  type FieldDTO,
  FieldType,
  type InterpolateFunction,
  type ScopedVars,
  toDataFrame,
} from '@grafana/data';

/** A frame as a data source returns it, with its fields in a list the tests may edit. */
export type FrameInput = DataFrameDTO & { fields: FieldDTO[] };

/**
 * Stands in for Grafana's template service in tests: resolves the data-link macros
 * `${__data.fields.<name>}` and `${__value.raw}` from the data context Grafana passes to links.
 */
export const replaceVariables: InterpolateFunction = (value: string, scopedVars?: ScopedVars) => {
  const context = scopedVars?.__dataContext?.value as
    { frame: DataFrame; field: Field; rowIndex?: number; calculatedValue?: { numeric: number } } | undefined;
  return value.replace(/\$\{__(data\.fields\.([\w ]+)|value\.raw)\}/g, (match, _kind: string, fieldName?: string) => {
    if (!context) {
      return match;
    }
    if (fieldName) {
      const field = context.frame.fields.find((candidate) => candidate.name === fieldName);
      return field && context.rowIndex !== undefined ? String(field.values[context.rowIndex]) : match;
    }
    if (context.calculatedValue) {
      return String(context.calculatedValue.numeric);
    }
    return context.rowIndex !== undefined ? String(context.field.values[context.rowIndex]) : match;
  });
};

/** What Grafana hands a panel: frames after applyFieldOverrides (display processors, links, ranges). */
export function prepare(
  frames: FrameInput[],
  fieldConfig: FieldConfigSource = { defaults: {}, overrides: [] },
  theme = createTheme()
): DataFrame[] {
  return applyFieldOverrides({
    data: frames.map((frame) => toDataFrame(frame)),
    fieldConfig,
    theme,
    replaceVariables,
    timeZone: 'utc',
  });
}

/** The data source's funnel frame (docs/frames.md, section funnel), measure count, reached mode. */
export function dataSourceFunnelFrame(): FrameInput {
  return {
    refId: 'A',
    meta: { custom: { kind: 'funnel', mode: 'reached', measure: 'count' } },
    fields: [
      { name: 'stage', type: FieldType.string, values: ['Lead', 'Qualified', 'Proposal', 'Won'] },
      { name: 'position', type: FieldType.number, values: [1, 2, 3, 4] },
      { name: 'value', type: FieldType.number, values: [200, 120, 60, 15], config: { unit: 'none', decimals: 0 } },
      { name: 'count', type: FieldType.number, values: [200, 120, 60, 15], config: { unit: 'none', decimals: 0 } },
      {
        name: 'amount',
        type: FieldType.number,
        values: [800, 600, 450, 300],
        config: { unit: 'currencyUSD', decimals: 0 },
      },
      {
        name: 'conversion_from_previous',
        type: FieldType.number,
        values: [null, 0.6, 0.5, 0.25],
        config: { unit: 'percentunit' },
      },
      {
        name: 'conversion_from_first',
        type: FieldType.number,
        values: [1, 0.6, 0.3, 0.075],
        config: { unit: 'percentunit' },
      },
      { name: 'drop_off', type: FieldType.number, values: [null, 80, 60, 45] },
      {
        name: 'median_days_in_stage',
        type: FieldType.number,
        values: [3, 7, 12, 5],
        config: { unit: 'd', decimals: 0 },
      },
    ],
  };
}

/**
 * The data source's funnel frame in snapshot mode: open deals by current stage, no won stage, null
 * conversion and drop-off. More deals sit in Qualification than in Prospecting, as they often do.
 */
export function snapshotFunnelFrame(measure: 'count' | 'amount' = 'count'): FrameInput {
  const counts = [33, 38, 21, 9];
  const amounts = [640000, 897000, 455000, 310000];
  return {
    refId: 'A',
    meta: { custom: { kind: 'funnel', mode: 'snapshot', measure } },
    fields: [
      { name: 'stage', type: FieldType.string, values: ['Prospecting', 'Qualification', 'Proposal', 'Negotiation'] },
      { name: 'position', type: FieldType.number, values: [1, 2, 3, 4] },
      {
        name: 'value',
        type: FieldType.number,
        values: measure === 'amount' ? amounts : counts,
        config: { unit: measure === 'amount' ? 'currencyUSD' : 'none', decimals: 0 },
      },
      { name: 'count', type: FieldType.number, values: counts, config: { unit: 'none', decimals: 0 } },
      { name: 'amount', type: FieldType.number, values: amounts, config: { unit: 'currencyUSD', decimals: 0 } },
      { name: 'conversion_from_previous', type: FieldType.number, values: [null, null, null, null] },
      { name: 'conversion_from_first', type: FieldType.number, values: [null, null, null, null] },
      { name: 'drop_off', type: FieldType.number, values: [null, null, null, null] },
    ],
  };
}

/** A long frame from any SQL query: `SELECT step, n FROM …` (no field named "stage"). */
export function longFrame(
  values: Array<number | null> = [1000, 400, 100],
  names = ['Visit', 'Signup', 'Purchase']
): FrameInput {
  return {
    refId: 'A',
    fields: [
      { name: 'step', type: FieldType.string, values: names },
      { name: 'n', type: FieldType.number, values, config: { unit: 'none', decimals: 0 } },
    ],
  };
}

/** A wide frame: one row, one number field per stage. */
export function wideFrame(): FrameInput {
  return {
    refId: 'A',
    fields: [
      { name: 'leads', type: FieldType.number, values: [400], config: { unit: 'none', decimals: 0 } },
      { name: 'opportunities', type: FieldType.number, values: [100], config: { unit: 'none', decimals: 0 } },
      {
        name: 'won',
        type: FieldType.number,
        values: [25],
        config: { unit: 'none', decimals: 0, displayName: 'Won deals' },
      },
    ],
  };
}
