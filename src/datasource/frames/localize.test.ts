import type { DataFrameJSON } from '../../sales';
import { localizeFrame } from './localize';

const frame = (custom: Record<string, unknown>, fields: DataFrameJSON['schema']['fields']): DataFrameJSON => ({
  schema: { meta: { custom }, fields },
  data: { values: fields.map(() => []) },
});

const names = (json: DataFrameJSON) => json.schema.fields.map((field) => field.config?.displayNameFromDS);

describe('display names of the frames', () => {
  it('name metrics, comparisons and dimensions from the catalog', () => {
    const localized = localizeFrame(
      frame({ kind: 'metrics' }, [
        { name: 'rep', type: 'string', config: {} },
        { name: 'rep_id', type: 'string', config: {} },
        { name: 'bookings', type: 'number', config: { displayNameFromDS: 'Bookings', unit: 'currencyUSD' } },
        { name: 'bookings_previous', type: 'number', config: { displayNameFromDS: 'Bookings previous' } },
        {
          name: 'win_rate_change',
          type: 'number',
          config: { displayNameFromDS: 'Win rate change', unit: 'suffix: pp' },
        },
      ])
    );
    expect(names(localized)).toEqual(['Rep', 'Rep ID', 'Bookings', 'Bookings previous', 'Win rate change']);
    expect(localized.schema.fields[2].config?.unit).toBe('currencyUSD');
    expect(localized.schema.fields[4].config?.unit).toBe('suffix: pp');
  });

  it("never set Grafana's displayName, the user's override: an engine's moves to displayNameFromDS", () => {
    const localized = localizeFrame(
      frame({ kind: 'scorecard' }, [{ name: 'score', type: 'number', config: { displayNameFromDS: 'Score' } }])
    );
    expect(localized.schema.fields[0].config).toEqual({ displayNameFromDS: 'Score' });
  });

  it('name each series of a grouped time series by its group, or by field and group when there are several', () => {
    const one = localizeFrame(
      frame({ kind: 'timeseries' }, [
        { name: 'time', type: 'time', config: {} },
        {
          name: 'bookings',
          type: 'number',
          config: { displayNameFromDS: 'East / East-A' },
          labels: { region: 'East', team: 'East-A' },
        },
      ])
    );
    expect(names(one)).toEqual([undefined, 'East / East-A']);
    const two = localizeFrame(
      frame({ kind: 'timeseries' }, [
        { name: 'time', type: 'time', config: {} },
        { name: 'bookings', type: 'number', config: {}, labels: { rep: 'Alice', rep_id: 'r1' } },
        { name: 'won_deals', type: 'number', config: {}, labels: { rep: 'Alice', rep_id: 'r1' } },
      ])
    );
    expect(names(two)).toEqual([undefined, 'Bookings · Alice', 'Won deals · Alice']);
    const categories = localizeFrame(
      frame({ kind: 'timeseries' }, [
        { name: 'time', type: 'time', config: {} },
        { name: 'open_pipeline', type: 'number', config: {}, labels: { forecast_category: 'best_case' } },
      ])
    );
    expect(names(categories)).toEqual([undefined, 'Best case']);
  });

  it('name forecast categories through the value mapping, their ids staying the values', () => {
    const localized = localizeFrame(
      frame({ kind: 'metrics' }, [
        {
          name: 'forecast_category',
          type: 'string',
          config: { mappings: [{ type: 'value', options: { best_case: { text: 'Best case', index: 1 } } }] },
        },
      ])
    );
    expect(localized.schema.fields[0].config?.mappings).toEqual([
      { type: 'value', options: { best_case: { text: 'Best case', index: 1 } } },
    ]);
    expect(names(localized)).toEqual(['Forecast category']);
  });

  it('say which snapshot values are rebuilt and which have no previous value', () => {
    const localized = localizeFrame({
      ...frame({ kind: 'metrics' }, []),
      schema: {
        fields: [],
        meta: {
          custom: {
            kind: 'metrics',
            snapshot: {
              asOf: [Date.parse('2024-03-15T16:00:00Z'), Date.parse('2023-12-14T17:00:00Z')],
              rebuilt: ['open_pipeline'],
              rebuiltAsOf: [Date.parse('2023-12-14T17:00:00Z')],
              unavailable: ['commit_pipeline'],
              timeZone: 'America/New_York',
            },
          },
        },
      },
    });
    expect(localized.schema.meta?.notices).toEqual([
      {
        severity: 'info',
        text: 'Open pipeline as of 2023-12-14 12:00 (America/New_York) are rebuilt from event dates (created, closed, assigned, paid); amounts are today’s.',
      },
      {
        severity: 'info',
        text: 'Commit: no previous value, as the forecast category and probability of deals closed since 2023-12-14 12:00 (America/New_York) are not recorded.',
      },
    ]);
  });

  it('name the fields of the other kinds', () => {
    expect(
      names(
        localizeFrame(
          frame({ kind: 'attainment', metric: 'visits' }, [
            { name: 'actual', type: 'number', config: { displayNameFromDS: 'Visits completed' } },
            { name: 'target', type: 'number', config: { displayNameFromDS: 'Target' } },
            { name: 'elapsed_share', type: 'number', config: { displayNameFromDS: 'Elapsed' } },
          ])
        )
      )
    ).toEqual(['Visits completed', 'Target', 'Elapsed']);
    expect(
      names(
        localizeFrame(
          frame({ kind: 'scorecard', metrics: [{ id: 'win_rate' }] }, [
            { name: 'bookings_pct_of_target', type: 'number', config: { displayNameFromDS: 'Bookings % of target' } },
            { name: 'bookings_rank', type: 'number', config: { displayNameFromDS: 'Bookings rank' } },
            { name: 'rank_change', type: 'number', config: { displayNameFromDS: 'Rank change' } },
            { name: 'sparkline', type: 'other', config: { displayNameFromDS: 'Win rate trend' } },
          ])
        )
      )
    ).toEqual(['Bookings % of target', 'Bookings rank', 'Rank change', 'Win rate trend']);
    expect(
      names(
        localizeFrame(
          frame({ kind: 'forecast', metric: 'bookings', interval: 0.95 }, [
            { name: 'actual', type: 'number', config: { displayNameFromDS: 'Bookings' } },
            { name: 'upper', type: 'number', config: { displayNameFromDS: 'Upper (95 %)' } },
          ])
        )
      )
    ).toEqual(['Bookings', 'Upper (95 %)']);
    expect(
      names(
        localizeFrame(
          frame({ kind: 'funnel', measure: 'amount' }, [
            { name: 'stage', type: 'string', config: { displayNameFromDS: 'Stage' } },
            { name: 'value', type: 'number', config: { displayNameFromDS: 'Amount' } },
            {
              name: 'conversion_from_previous',
              type: 'number',
              config: { displayNameFromDS: 'Conversion from previous stage' },
            },
          ])
        )
      )
    ).toEqual(['Stage', 'Amount', 'Conversion from previous stage']);
  });

  it('name forecast categories in variables, keeping their ids as values', () => {
    const values: DataFrameJSON = {
      schema: {
        meta: { custom: { kind: 'values', dimension: 'forecast_category' } },
        fields: [
          { name: 'text', type: 'string', config: {} },
          { name: 'value', type: 'string', config: {} },
        ],
      },
      data: { values: [['Best case'], ['best_case']] },
    };
    expect(localizeFrame(values).data.values).toEqual([['Best case'], ['best_case']]);
  });

  it('name the feedback rows’ fields, their time included, and say when the row limit cut them', () => {
    const feedback = (limitReached: boolean) =>
      frame({ kind: 'feedback', limit: 3, limitReached }, [
        { name: 'time', type: 'time', config: {} },
        { name: 'customer', type: 'string', config: { displayName: 'Customer' } },
        { name: 'feedback_category', type: 'string', config: {} },
        { name: 'text', type: 'string', config: { displayName: 'Feedback' } },
        { name: 'resolved_at', type: 'time', config: { displayName: 'Resolved' } },
        { name: 'age_days', type: 'number', config: { displayName: 'Days open', unit: 'd' } },
      ]);
    const cut = localizeFrame(feedback(true));
    expect(names(cut)).toEqual(['Reported', 'Customer', 'Feedback category', 'Feedback', 'Resolved', 'Days open']);
    expect(cut.schema.meta?.notices).toEqual([
      { severity: 'info', text: 'Only 3 rows are shown: more match the query.' },
    ]);
    expect(localizeFrame(feedback(false)).schema.meta?.notices).toBeUndefined();
  });

  it('leave the text and value fields of variables alone', () => {
    const values = frame({ kind: 'values' }, [
      { name: 'text', type: 'string', config: {} },
      { name: 'value', type: 'string', config: {} },
    ]);
    expect(localizeFrame(values)).toEqual(values);
  });
});
