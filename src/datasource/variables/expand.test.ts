import { TestTemplateSrv, type TestVariable } from '../../../tests/datasource/lib/templateSrv';
import { VariableExpander } from './expand';

const HOSTILE = "x'; DROP TABLE reps; -- $region \\";

const expander = (variables: TestVariable[], scoped = {}) =>
  new VariableExpander(new TestTemplateSrv(variables), scoped);

describe('variables in a query', () => {
  const region: TestVariable = { name: 'region', value: 'East', options: ['East', 'West'] };

  it.each(['$region', '${region}', '[[region]]', '${region:csv}', '[[region:regex]]'])(
    '%s is the variable’s value, whatever format it names',
    (text) => {
      expect(expander([region]).values(text)).toEqual(['East']);
    }
  );

  it('gives every value of a multi-value variable, as typed, even hostile ones', () => {
    expect(expander([{ name: 'team', value: [HOSTILE, 'a,b', '{c}'], multi: true }]).values('$team')).toEqual([
      HOSTILE,
      'a,b',
      '{c}',
    ]);
  });

  it('leaves text that names no variable as it is', () => {
    expect(expander([region]).values('$Ltd')).toEqual(['$Ltd']);
    expect(expander([region]).values("O'Brien $Ltd")).toEqual(["O'Brien $Ltd"]);
  });

  it('has no value for a variable set to nothing', () => {
    expect(expander([{ name: 'team', value: [], multi: true }]).values('$team')).toEqual([]);
  });

  it('reads All as no restriction, with or without a custom all value', () => {
    const all = { name: 'region', value: '$__all', options: ['East', 'West'], includeAll: true };
    expect(expander([all]).values('$region')).toBeUndefined();
    expect(expander([{ ...all, allValue: '.*' }]).values('$region')).toBeUndefined();
    expect(
      expander([all]).filters([
        { dimension: 'region', op: 'in', values: ['$region'] },
        { dimension: 'team', op: 'in', values: ['A'] },
      ])
    ).toEqual([{ dimension: 'team', op: 'in', values: ['A'] }]);
  });

  it('takes a repeated panel’s scoped value first', () => {
    expect(expander([region], { region: { text: 'West', value: 'West' } }).values('$region')).toEqual(['West']);
  });

  it('expands variables in the feedback search, leaves other text as typed, and drops a search on All', () => {
    const text: TestVariable = { name: 'text', value: "price $5 [[x]] 'quoted'" };
    expect(expander([text]).query({ kind: 'feedback', search: '$text' })).toEqual({
      kind: 'feedback',
      search: "price $5 [[x]] 'quoted'",
      filters: undefined,
    });
    expect(expander([text]).query({ kind: 'feedback', search: 'costs $5' })).toMatchObject({ search: 'costs $5' });
    const all = { name: 'region', value: '$__all', options: ['East', 'West'], includeAll: true };
    expect(expander([all]).query({ kind: 'feedback', search: '$region' })).toMatchObject({ search: undefined });
  });

  it('expands metric lists and single ids, and says when a single id has several values', () => {
    const metrics: TestVariable = { name: 'metric', value: ['bookings', 'win_rate'], multi: true };
    const query = expander([metrics, { name: 'grain', value: 'week' }]).query({
      kind: 'timeseries',
      metrics: ['$metric', 'won_deals'],
      grain: '$grain' as never,
    });
    expect(query).toEqual({
      kind: 'timeseries',
      metrics: ['bookings', 'win_rate', 'won_deals'],
      grain: 'week',
      groupBy: undefined,
      filters: undefined,
    });
    expect(() =>
      expander([metrics]).query({
        kind: 'forecast',
        metric: '$metric',
        grain: 'month',
        method: 'auto',
        horizon: 3,
        lookback: 24,
      })
    ).toThrow('The variable $metric in metric must have exactly one value selected.');
  });
  it('expands a commission query: the next deal, the grouping and the plan filter', () => {
    const query = expander([
      { name: 'deal', value: '30000' },
      { name: 'by', value: 'team' },
      { name: 'plan', value: ['ae', 'dealer'], multi: true },
    ]).query({
      kind: 'commission',
      whatIf: '$deal',
      groupBy: ['$by' as never],
      filters: [{ dimension: 'plan', op: 'in', values: ['$plan'] }],
    });
    expect(query).toEqual({
      kind: 'commission',
      whatIf: '30000',
      groupBy: ['team'],
      filters: [{ dimension: 'plan', op: 'in', values: ['ae', 'dealer'] }],
    });
  });
});
