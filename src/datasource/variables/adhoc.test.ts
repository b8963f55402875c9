import { adHocToFilters } from './adhoc';

describe('ad hoc filters', () => {
  it('map equality and one-of to in, their negations to not_in', () => {
    expect(
      adHocToFilters([
        { key: 'region', operator: '=', value: 'East' },
        { key: 'team', operator: '!=', value: "O'Brien" },
        { key: 'rep', operator: '=|', value: 'r1', values: ['r1', 'r2'] },
        { key: 'channel', operator: '!=|', value: 'online', values: ['online', 'dealer'] },
      ])
    ).toEqual([
      { dimension: 'region', op: 'in', values: ['East'] },
      { dimension: 'team', op: 'not_in', values: ["O'Brien"] },
      { dimension: 'rep', op: 'in', values: ['r1', 'r2'] },
      { dimension: 'channel', op: 'not_in', values: ['online', 'dealer'] },
    ]);
    expect(adHocToFilters(undefined)).toEqual([]);
  });

  it('name an operator dimensions cannot use', () => {
    expect(() => adHocToFilters([{ key: 'region', operator: '<', value: 'M' }])).toThrow(
      'The ad hoc filter on region uses the operator "<", which sales dimensions do not support: use =, !=, =| (one of) or !=| (not one of).'
    );
  });
});
