import type { DataFrameJSON } from '../../sales/types';
import { localizeFrame } from './localize';

const frame = (custom: Record<string, unknown>, fields: DataFrameJSON['schema']['fields']): DataFrameJSON => ({
  schema: { meta: { custom }, fields },
  data: { values: fields.map(() => []) },
});

const names = (json: DataFrameJSON) => json.schema.fields.map((field) => field.config?.displayName);

describe('display names of the frames', () => {
  it('name metrics, comparisons and dimensions from the catalog', () => {
    const localized = localizeFrame(
      frame({ kind: 'metrics' }, [
        { name: 'rep', type: 'string', config: {} },
        { name: 'rep_id', type: 'string', config: {} },
        { name: 'bookings', type: 'number', config: { displayName: 'Bookings', unit: 'currencyUSD' } },
        { name: 'bookings_previous', type: 'number', config: { displayName: 'Bookings previous' } },
        { name: 'win_rate_change', type: 'number', config: { displayName: 'Win rate change' } },
      ])
    );
    expect(names(localized)).toEqual(['Rep', 'Rep ID', 'Bookings', 'Bookings previous', 'Win rate change']);
    expect(localized.schema.fields[2].config?.unit).toBe('currencyUSD');
  });

  it('add the group to each series of a grouped time series, so legends tell them apart', () => {
    const localized = localizeFrame(
      frame({ kind: 'timeseries' }, [
        { name: 'time', type: 'time', config: {} },
        {
          name: 'bookings',
          type: 'number',
          config: { displayName: 'Bookings' },
          labels: { region: 'East', team: 'East-A' },
        },
      ])
    );
    expect(names(localized)).toEqual([undefined, 'Bookings East / East-A']);
  });

  it('name the fields of the other kinds', () => {
    expect(
      names(
        localizeFrame(
          frame({ kind: 'attainment', metric: 'visits' }, [
            { name: 'actual', type: 'number', config: { displayName: 'Visits completed' } },
            { name: 'target', type: 'number', config: { displayName: 'Target' } },
            { name: 'elapsed_share', type: 'number', config: { displayName: 'Elapsed' } },
          ])
        )
      )
    ).toEqual(['Visits completed', 'Target', 'Elapsed']);
    expect(
      names(
        localizeFrame(
          frame({ kind: 'scorecard', metrics: [{ id: 'win_rate' }] }, [
            { name: 'bookings_pct_of_target', type: 'number', config: { displayName: 'Bookings % of target' } },
            { name: 'bookings_rank', type: 'number', config: { displayName: 'Bookings rank' } },
            { name: 'rank_change', type: 'number', config: { displayName: 'Rank change' } },
            { name: 'sparkline', type: 'other', config: { displayName: 'Win rate trend' } },
          ])
        )
      )
    ).toEqual(['Bookings % of target', 'Bookings rank', 'Rank change', 'Win rate trend']);
    expect(
      names(
        localizeFrame(
          frame({ kind: 'forecast', metric: 'bookings', interval: 0.95 }, [
            { name: 'actual', type: 'number', config: { displayName: 'Bookings' } },
            { name: 'upper', type: 'number', config: { displayName: 'Upper (95 %)' } },
          ])
        )
      )
    ).toEqual(['Bookings', 'Upper (95 %)']);
    expect(
      names(
        localizeFrame(
          frame({ kind: 'funnel', measure: 'amount' }, [
            { name: 'stage', type: 'string', config: { displayName: 'Stage' } },
            { name: 'value', type: 'number', config: { displayName: 'Amount' } },
            {
              name: 'conversion_from_previous',
              type: 'number',
              config: { displayName: 'Conversion from previous stage' },
            },
          ])
        )
      )
    ).toEqual(['Stage', 'Amount', 'Conversion from previous stage']);
  });

  it('leave the text and value fields of variables alone', () => {
    const values = frame({ kind: 'values' }, [
      { name: 'text', type: 'string', config: {} },
      { name: 'value', type: 'string', config: {} },
    ]);
    expect(localizeFrame(values)).toEqual(values);
  });
});
