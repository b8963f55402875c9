import type { DataFrameJSON } from '../types';
import { amountDivisor, CNY_UNIT, inAmountUnit, isAmountUnit, WAN_YUAN_UNIT } from './amountUnits';

const scorecard: DataFrameJSON = {
  schema: {
    meta: {
      custom: {
        kind: 'scorecard',
        metrics: [
          { id: 'bookings', unit: WAN_YUAN_UNIT },
          { id: 'won_deals', unit: 'none' },
        ],
        sparkline: { metric: 'bookings' },
      },
    },
    fields: [
      { name: 'rep', type: 'string', config: {} },
      { name: 'bookings', type: 'number', config: { unit: WAN_YUAN_UNIT } },
      { name: 'won_deals', type: 'number', config: { unit: 'none', decimals: 0 } },
      { name: 'amount', type: 'number', config: { unit: WAN_YUAN_UNIT, decimals: 0 } },
      { name: 'sparkline', type: 'other', config: {} },
    ],
  },
  data: {
    values: [
      ['Alice', 'Bob'],
      [4_782_345, null],
      [12, 3],
      [478_200, 10_000],
      [
        [10_000, null, 25_000],
        [0, 5_000],
      ],
    ],
  },
};

describe('amount units', () => {
  it('knows Grafana currency units, the yuan and 万元', () => {
    expect([CNY_UNIT, 'currencyUSD', 'currency:financial:¥', WAN_YUAN_UNIT].map(isAmountUnit)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['none', 'percentunit', 'suffix:元', undefined].map(isAmountUnit)).toEqual([false, false, false, false]);
    expect([WAN_YUAN_UNIT, CNY_UNIT, 'currencyUSD'].map(amountDivisor)).toEqual([10_000, 1, 1]);
  });

  it('divides the amounts of a 万元 frame, sparklines of amounts included, and drops their fixed decimals', () => {
    const scaled = inAmountUnit(scorecard, WAN_YUAN_UNIT);
    expect(scaled.data.values).toEqual([
      ['Alice', 'Bob'],
      [478.2345, null],
      [12, 3],
      [47.82, 1],
      [
        [1, null, 2.5],
        [0, 0.5],
      ],
    ]);
    expect(scaled.schema.fields.map((field) => field.config)).toEqual([
      {},
      { unit: WAN_YUAN_UNIT },
      { unit: 'none', decimals: 0 },
      { unit: WAN_YUAN_UNIT },
      {},
    ]);
    // the frame it came from is left as it was
    expect(scorecard.data.values[1]).toEqual([4_782_345, null]);
  });

  it('leaves frames in any other unit as they are', () => {
    expect(inAmountUnit(scorecard, CNY_UNIT)).toBe(scorecard);
    expect(inAmountUnit(scorecard, 'currencyUSD')).toBe(scorecard);
  });
});
