/**
 * @jest-environment jsdom
 */
/**
 * The names Grafana gives the data source's rows and series, through @grafana/data's own code
 * (applyFieldOverrides, getFieldDisplayValues as a bar gauge or stat showing all values does,
 * getFieldDisplayName as a time series legend does), on frames the engine computes from the
 * hand-made fixture and the data source localizes.
 */
import './lib/environment';

import { type DataFrame, getFieldDisplayName } from '@grafana/data';

import { runQuery } from '../../src/sales/engine';
import type { SalesQuery } from '../../src/sales/types';
import { registerGrafanaRegistries } from '../../src/testing/grafanaRegistries';
import { FIXTURE, fixtureContext } from '../fixtures/handmade';
import { createExecutor, dropSchema, loadWarehouse, scratchSchemaName } from '../lib/warehouses';
import { allValuesDisplays, asPanelData } from './lib/panelData';

/** The titles of a bar gauge or stat showing all values (reduceOptions.values = true). */
function allValuesTitles(data: DataFrame[]): string[] {
  return allValuesDisplays(data).map((value) => value.display.title ?? '');
}

describe('names in Grafana panels', () => {
  const executor = createExecutor('duckdb', ':memory:');
  const schema = scratchSchemaName('names');
  const run = (query: SalesQuery) => runQuery(query, fixtureContext(executor, schema));

  beforeAll(async () => {
    registerGrafanaRegistries();
    await loadWarehouse(executor, schema, FIXTURE);
  });

  afterAll(async () => {
    await dropSchema(executor, schema);
    await executor.close();
  });

  it('a bar gauge of overdue receivables by team names each bar after its team', async () => {
    const data = asPanelData(await run({ kind: 'metrics', metrics: ['overdue_receivables'], groupBy: ['team'] }));
    // due before Mar 15: i1 paid and i3 of 0 (East-A), i7 (Carol, East-B) 300 unpaid, i5 (Eve, West-A) 500,
    // i6 (O'Brien, West-B) 900; with displayName set by the data source, every bar read "Overdue receivables"
    expect(allValuesTitles(data)).toEqual(['East-A', 'East-B', 'West-A', 'West-B']);
  });

  it('a bar gauge of the open pipeline by forecast category reads the categories by name', async () => {
    const data = asPanelData(
      await run({ kind: 'metrics', metrics: ['open_pipeline'], groupBy: ['forecast_category'] })
    );
    expect(allValuesTitles(data)).toEqual(['Best case', 'Commit', 'Pipeline']);
    // the value stays the id, for filters and data links
    expect(data[0].fields[0].values).toEqual(['best_case', 'commit', 'pipeline']);
  });

  it('a time series grouped by region names each line after its region', async () => {
    const frames = asPanelData(
      await run({ kind: 'timeseries', metrics: ['bookings'], grain: 'month', groupBy: ['region'] })
    );
    const names = frames.flatMap((frame) =>
      frame.fields.filter((field) => field.type === 'number').map((field) => getFieldDisplayName(field, frame, frames))
    );
    expect(names).toEqual(['East', 'West']);
  });

  it('with several metrics, each line is named after its metric and its region', async () => {
    const frames = asPanelData(
      await run({ kind: 'timeseries', metrics: ['bookings', 'won_deals'], grain: 'month', groupBy: ['region'] })
    );
    const names = frames.flatMap((frame) =>
      frame.fields.filter((field) => field.type === 'number').map((field) => getFieldDisplayName(field, frame, frames))
    );
    expect(names).toEqual(['Bookings · East', 'Won deals · East', 'Bookings · West', 'Won deals · West']);
  });
});
