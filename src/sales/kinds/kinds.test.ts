import { DIMENSION_IDS } from '../catalog/dimensions';
import { compileQuery } from '../engine';
import type { DimensionId, Filter, SalesQuery } from '../types';
import { allowedDimensions, kindDefaults, QUERY_KINDS, queryKind, queryScope, validateQuery } from '.';
import { q1Context } from '../testing/compileContext';

const context = q1Context();

/** The compiler's message for a query, or undefined when it compiles. */
function compilerProblem(query: SalesQuery): string | undefined {
  try {
    compileQuery(query, context);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

const filter = (dimension: DimensionId): Filter => ({ dimension, op: 'in', values: ['x'] });

/** Queries of every kind the compiler refuses for a reason of their own (not their range or warehouse). */
const INVALID: SalesQuery[] = [
  { kind: 'metrics', metrics: [] },
  { kind: 'metrics', metrics: ['no_such_metric'] },
  { kind: 'metrics', metrics: ['bookings', 'bookings'] },
  { kind: 'metrics', metrics: ['cac'], groupBy: ['region'] },
  { kind: 'metrics', metrics: ['bookings'], filters: [filter('lead_source')] },
  { kind: 'metrics', metrics: ['bookings'], compareToDate: true },
  { kind: 'metrics', metrics: ['bookings'], compare: 'next_year' as never },
  { kind: 'metrics', metrics: ['attainment'] },
  { kind: 'timeseries', metrics: ['bookings'], grain: 'hour' as never },
  { kind: 'timeseries', metrics: ['ltv'], grain: 'month' },
  { kind: 'timeseries', metrics: ['bookings'], grain: 'month', compareToDate: true } as SalesQuery,
  { kind: 'funnel', mode: 'sideways' as never },
  { kind: 'funnel', groupBy: ['stage'] },
  { kind: 'funnel', filters: [filter('plan')] },
  { kind: 'attainment', metric: 'leads' as never },
  { kind: 'attainment', metric: 'bookings', groupBy: ['channel'] },
  { kind: 'attainment', pace: 'fast' as never },
  { kind: 'attainment', period: 'decade' as never },
  { kind: 'forecast', metric: 'bookings', grain: 'month', method: 'auto', horizon: 500, lookback: 24 },
  { kind: 'forecast', metric: 'open_pipeline', grain: 'month', method: 'auto', horizon: 3, lookback: 24 },
  { kind: 'forecast', metric: 'win_rate', grain: 'month', method: 'pipeline', horizon: 3, lookback: 24 },
  { kind: 'forecast', metric: 'cac', grain: 'month', method: 'auto', horizon: 3, lookback: 24 },
  {
    kind: 'forecast',
    metric: 'bookings',
    grain: 'month',
    method: 'auto',
    horizon: 3,
    lookback: 24,
    filters: [filter('plan')],
  },
  { kind: 'scorecard', entity: 'rep', metrics: [], normalize: 'target' },
  { kind: 'scorecard', entity: 'dealer' as never, metrics: [{ id: 'bookings', weight: 1 }], normalize: 'target' },
  { kind: 'scorecard', entity: 'rep', metrics: [{ id: 'bookings', weight: 0 }], normalize: 'target' },
  { kind: 'scorecard', entity: 'region', metrics: [{ id: 'cac', weight: 1 }], normalize: 'target' },
  { kind: 'commission', groupBy: ['product'] },
  { kind: 'commission', groupBy: ['team'], curve: true },
  { kind: 'commission', whatIf: 'much' },
  { kind: 'values', dimension: 'colour' as never },
  { kind: 'values', dimension: 'rep', filters: [filter('product')] },
  { kind: 'feedback', limit: 5000 },
  { kind: 'feedback', search: 3 as never },
  { kind: 'feedback', filters: [filter('stage')] },
];

describe('the query-kind registry', () => {
  it('has an entry for every kind, named as its key', () => {
    expect(QUERY_KINDS).toEqual([
      'timeseries',
      'metrics',
      'funnel',
      'attainment',
      'forecast',
      'scorecard',
      'commission',
      'feedback',
      'values',
    ]);
    for (const kind of QUERY_KINDS) {
      expect(queryKind(kindDefaults(kind)).kind).toBe(kind);
    }
  });

  it.each(QUERY_KINDS)(
    'starts %s from defaults that are valid and compile, reading only the tables of its scope',
    (kind) => {
      const query = kindDefaults(kind);
      expect(query.kind).toBe(kind);
      expect(kindDefaults(kind)).not.toBe(query);
      expect(validateQuery(query)).toBeUndefined();
      expect(validateQuery(query, context)).toBeUndefined();
      const { tables } = compileQuery(query, context);
      const scope = queryScope(query).tables;
      expect(tables.filter((table) => !scope.includes(table))).toEqual([]);
    }
  );

  it.each(INVALID.map((query) => [JSON.stringify(query), query]))(
    'finds what the compiler finds wrong with %s, without its range',
    (_name, query) => {
      const message = compilerProblem(query);
      expect(message).toBeDefined();
      expect(validateQuery(query)?.message).toBe(message);
    }
  );

  it('checks a query against its range when given one, as the compiler does', () => {
    const daily: SalesQuery = { kind: 'timeseries', metrics: ['bookings'], grain: 'day' };
    const decades = { ...context, range: { from: Date.parse('2000-01-01T00:00:00Z'), to: context.range.to } };
    expect(validateQuery(daily)).toBeUndefined();
    const problem = validateQuery(daily, decades);
    expect(problem?.message).toMatch(/^The range holds 8,857 day buckets/);
    expect(() => compileQuery(daily, { ...decades, dialect: 'postgres' })).toThrow(problem!.message);
  });

  it('names a missing or unknown kind as the engine does', () => {
    expect(validateQuery({} as SalesQuery)?.message).toBe(
      'The query needs a kind: metrics, timeseries, funnel, attainment, forecast, scorecard, commission, values or feedback.'
    );
    expect(validateQuery({ kind: 'pivot' } as never)?.message).toBe(
      'The query kind "pivot" is not supported by this engine.'
    );
  });

  describe('allowed dimensions: the one list the compiler, the editor and the dashboards use', () => {
    const samples: SalesQuery[] = [
      ...QUERY_KINDS.map(kindDefaults),
      { kind: 'metrics', metrics: ['cac'] },
      { kind: 'metrics', metrics: ['leads_created', 'bookings'] },
      { kind: 'attainment', metric: 'visits' },
      { kind: 'values', dimension: 'product' },
      { kind: 'values', dimension: 'competitor' },
    ];
    it.each(samples.map((query) => [JSON.stringify(query), query]))(
      '%s is filtered by exactly the dimensions the compiler accepts',
      (_name, query) => {
        const accepted = DIMENSION_IDS.filter(
          (dimension) => compilerProblem({ ...query, filters: [filter(dimension)] } as SalesQuery) === undefined
        );
        expect(allowedDimensions(query)).toEqual(accepted);
      }
    );

    it('ignores what is still being edited: unknown or missing metrics do not narrow the list', () => {
      expect(allowedDimensions({ kind: 'metrics', metrics: [] })).toEqual(DIMENSION_IDS);
      expect(allowedDimensions({ kind: 'metrics', metrics: ['$metric', 'cac'] })).toEqual(
        allowedDimensions({ kind: 'metrics', metrics: ['cac'] })
      );
      expect(allowedDimensions({ kind: 'attainment' })).toEqual(
        allowedDimensions({ kind: 'attainment', metric: 'bookings' })
      );
    });
  });
});
