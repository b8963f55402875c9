/**
 * @jest-environment jsdom
 */
/**
 * Amounts as Grafana's core panels show them, through @grafana/data's own code (applyFieldOverrides
 * and the field's display processor, which stat, bar gauge and table cells use; getFieldDisplayValues
 * as a stat or bar gauge reduces a field): in 万元 (the data source's amounts ÷ 10,000 with a suffix
 * unit) and in yuan (currency:¥), on frames the engine computes from the hand-made fixture.
 */
import './lib/environment';

import { type DataFrame, formattedValueToString, getValueFormat } from '@grafana/data';

import { runQuery } from '../../src/sales/engine';
import { CNY_UNIT, WAN_YUAN_UNIT } from '../../src/sales/frames/amountUnits';
import type { SalesQuery } from '../../src/sales/types';
import { registerGrafanaRegistries } from '../../src/testing/grafanaRegistries';
import { FIXTURE, fixtureContext } from '../fixtures/handmade';
import { createExecutor, dropSchema, loadWarehouse, scratchSchemaName } from '../lib/warehouses';
import { allValuesDisplays, asPanelData } from './lib/panelData';

/** A field's values as table cells show them. */
function cells(data: DataFrame[], name: string): string[] {
  const field = data[0].fields.find((candidate) => candidate.name === name)!;
  return field.values.map((value) => formattedValueToString(field.display!(value)));
}

/** What a stat or bar gauge showing all values prints. */
function statTexts(data: DataFrame[]): string[] {
  return allValuesDisplays(data).map((value) => formattedValueToString(value.display));
}

describe('amounts in core panels', () => {
  const executor = createExecutor('duckdb', ':memory:');
  const schema = scratchSchemaName('amountdisplay');
  const run = (query: SalesQuery, currencyUnit: string) =>
    runQuery(query, { ...fixtureContext(executor, schema), display: { currencyUnit } });

  beforeAll(async () => {
    registerGrafanaRegistries();
    await loadWarehouse(executor, schema, FIXTURE);
  });

  afterAll(async () => {
    await dropSchema(executor, schema);
    await executor.close();
  });

  it('Grafana reads the custom units: suffix:万元 after the number, currency:¥ before it, scaled by K and M', () => {
    expect(formattedValueToString(getValueFormat(WAN_YUAN_UNIT)(478.2, 1))).toBe('478.2 万元');
    expect(formattedValueToString(getValueFormat(CNY_UNIT)(4_782_000, 2))).toBe('¥4.78M');
  });

  it('in 万元: bookings by region read in ten thousands of yuan in a table, a stat and a bar gauge', async () => {
    // Q1 bookings: East 3,500 (o1 + o2), West 5,000 (o4, o7, o15, o18)
    const data = asPanelData(await run({ kind: 'metrics', metrics: ['bookings'], groupBy: ['region'] }, WAN_YUAN_UNIT));
    expect(data[0].fields.find((field) => field.name === 'bookings')!.config.unit).toBe(WAN_YUAN_UNIT);
    expect(cells(data, 'bookings')).toEqual(['0.350 万元', '0.500 万元']);
    expect(statTexts(data)).toEqual(['0.350 万元', '0.500 万元']);
  });

  it('in yuan: the same bookings with ¥ and Grafana’s K', async () => {
    const data = asPanelData(await run({ kind: 'metrics', metrics: ['bookings'], groupBy: ['region'] }, CNY_UNIT));
    expect(cells(data, 'bookings')).toEqual(['¥3.50K', '¥5K']);
  });
});
