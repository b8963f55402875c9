/**
 * Amounts in 万元 (ten thousand yuan): every kind's frames carry the same amounts as in a currency
 * unit, divided by 10,000, with the suffix unit Grafana's core panels show; nothing else changes.
 * On every engine available, on the hand-made fixture (Q1 2024 in New York).
 */
import { runQuery } from '../src/sales/engine';
import { WAN_YUAN_UNIT } from '../src/sales/frames/amountUnits';
import type { DataFrameJSON, SalesQuery } from '../src/sales/types';
import { FIXTURE, fixtureContext } from './fixtures/handmade';
import { describeOnEveryEngine } from './lib/warehouses';

const QUERIES: Array<[string, SalesQuery]> = [
  [
    'metrics',
    { kind: 'metrics', metrics: ['bookings', 'won_deals', 'avg_deal_size', 'win_rate'], groupBy: ['region'] },
  ],
  ['metrics compared', { kind: 'metrics', metrics: ['bookings', 'open_pipeline'], compare: 'previous_period' }],
  ['time series', { kind: 'timeseries', metrics: ['bookings', 'collections'], grain: 'month' }],
  ['funnel by amount', { kind: 'funnel', mode: 'snapshot', measure: 'amount' }],
  ['attainment', { kind: 'attainment', groupBy: ['region'] }],
  [
    'scorecard',
    {
      kind: 'scorecard',
      entity: 'rep',
      metrics: [
        { id: 'bookings', weight: 2 },
        { id: 'win_rate', weight: 1 },
      ],
      normalize: 'target',
    },
  ],
  ['forecast', { kind: 'forecast', metric: 'bookings', grain: 'month', method: 'linear', horizon: 2, lookback: 3 }],
];

/** Each field of `inWan` against the same field in dollars: amounts ÷ 10,000, everything else equal. */
function compare(inDollars: DataFrameJSON, inWan: DataFrameJSON): string[] {
  const amounts: string[] = [];
  const sparklineMetric = (inDollars.schema.meta?.custom as { sparkline?: { metric: string } })?.sparkline?.metric;
  inDollars.schema.fields.forEach((field, index) => {
    const dollars = inDollars.data.values[index];
    const wan = inWan.data.values[index];
    const isAmount =
      field.config?.unit === 'currencyUSD' || (field.name === 'sparkline' && sparklineMetric === 'bookings');
    if (!isAmount) {
      expect({ field: field.name, config: inWan.schema.fields[index].config, values: wan }).toEqual({
        field: field.name,
        config: field.config,
        values: dollars,
      });
      return;
    }
    amounts.push(field.name);
    if (field.name !== 'sparkline') {
      expect(inWan.schema.fields[index].config?.unit).toBe(WAN_YUAN_UNIT);
    }
    const flat = (values: unknown[]) => values.flatMap((value) => (Array.isArray(value) ? value : [value]));
    const expected = flat(dollars).map((value) => (typeof value === 'number' ? value / 10_000 : value));
    flat(wan).forEach((value, i) =>
      typeof value === 'number' ? expect(value).toBeCloseTo(expected[i] as number, 9) : expect(value).toBe(expected[i])
    );
  });
  return amounts;
}

describeOnEveryEngine('amounts in 万元 on $label', 'wanyuan', FIXTURE, ({ executor, schema, cluster }) => {
  const context = fixtureContext(executor, schema, cluster?.name);

  it.each(QUERIES)('%s: amounts ÷ 10,000 in 万元, the rest unchanged', async (_name, query) => {
    const inDollars = await runQuery(query, { ...context, display: { currencyUnit: 'currencyUSD' } });
    const inWan = await runQuery(query, { ...context, display: { currencyUnit: WAN_YUAN_UNIT } });
    expect(inWan).toHaveLength(inDollars.length);
    const amounts = inDollars.flatMap((frame, index) => compare(frame, inWan[index]));
    // each query has amounts to divide
    expect(amounts.length).toBeGreaterThan(0);
  });

  it('bookings of Q1: 8,500 read 0.85 万元', async () => {
    const [frame] = await runQuery(
      { kind: 'metrics', metrics: ['bookings'] },
      { ...context, display: { currencyUnit: WAN_YUAN_UNIT } }
    );
    expect(frame.data.values[0]).toEqual([0.85]);
    expect(frame.schema.fields[0].config).toEqual({ displayNameFromDS: 'Bookings', unit: WAN_YUAN_UNIT });
  });
});
