import { compileQuery } from '../engine';
import { DIALECT_IDS } from '../sql/dialects';
import type { DimensionId, SalesQuery } from '../types';
import { listMetrics } from './metrics';
import { q1Context } from '../testing/compileContext';

const context = q1Context;

describe('the metric catalog', () => {
  it.each(listMetrics().map((metric) => [metric.id, metric]))(
    '%s has a label, a description and a unit',
    (_id, metric) => {
      expect(metric.label.length).toBeGreaterThan(1);
      expect(metric.description.length).toBeGreaterThan(10);
      expect(metric.unit).toBeDefined();
    }
  );

  it('states each metric’s time behaviour as the catalog lists it', () => {
    const byBehaviour = (behaviour: string) =>
      listMetrics()
        .filter((metric) => metric.timeBehaviour === behaviour)
        .map((metric) => metric.id);
    expect(byBehaviour('snapshot')).toEqual([
      'open_pipeline',
      'weighted_pipeline',
      'open_deals',
      'commit_pipeline',
      'best_case_pipeline',
      'stale_deals',
      'pool_leads',
      'aged_pool_leads',
      'pool_lead_age_days',
      'overdue_receivables',
      'open_issues',
    ]);
    expect(byBehaviour('cohort')).toEqual([
      'cohort_win_rate',
      'lead_conversion_rate',
      'visit_completion_rate',
      'collection_rate',
    ]);
    expect(byBehaviour('plan')).toEqual(
      listMetrics()
        .filter((m) => m.targetBased)
        .map((m) => m.id)
    );
    expect(listMetrics().every((m) => ['flow', 'snapshot', 'cohort', 'plan'].includes(m.timeBehaviour))).toBe(true);
  });

  it.each(
    listMetrics()
      .filter((metric) => !metric.targetBased)
      .map((metric) => [metric.id, metric])
  )('%s names every table its formula reads', (id, metric) => {
    for (const dialect of DIALECT_IDS) {
      const compiled = compileQuery(
        { kind: 'metrics', metrics: [id], groupBy: metric.dimensions.slice(0, 1) },
        context(dialect)
      );
      for (const table of compiled.tables) {
        expect(metric.tables).toContain(table);
      }
    }
  });
});

describe('the compiler', () => {
  it.each(DIALECT_IDS)('writes ClickHouse-18.16-safe, $-free SQL for every metric on %s', (dialect) => {
    const metrics = listMetrics()
      .filter((metric) => !metric.targetBased)
      .map((metric) => metric.id);
    const { sql } = compileQuery({ kind: 'metrics', metrics, compare: 'previous_period' }, context(dialect));
    expect(sql).not.toContain('$');
    if (dialect === 'clickhouse') {
      expect(sql).not.toMatch(/\bWITH\b|\bOVER\s*\(|\bWINDOW\b/i);
      // one JOIN per SELECT
      for (const select of sql.split(/\bSELECT\b/)) {
        expect((select.match(/\bJOIN\b/g) ?? []).length).toBeLessThanOrEqual(1);
      }
    }
  });

  it('computes all metrics of one fact in one pass: one scan of opportunities for ten deal metrics', () => {
    const { sql } = compileQuery(
      {
        kind: 'metrics',
        metrics: [
          'bookings',
          'won_deals',
          'lost_deals',
          'win_rate',
          'avg_deal_size',
          'largest_deal',
          'open_pipeline',
          'weighted_pipeline',
          'pipeline_created',
          'sales_cycle_days',
        ],
        groupBy: ['rep'],
      },
      context('postgres')
    );
    expect(sql.match(/FROM "sales"\."opportunities"/g)).toHaveLength(1);
  });

  it.each<[SalesQuery, string]>([
    [{ kind: 'metrics', metrics: ['revenue'] }, 'Unknown metric "revenue"'],
    [{ kind: 'metrics', metrics: [] }, 'The query needs at least one metric'],
    [{ kind: 'metrics', metrics: ['bookings', 'bookings'] }, 'The metric bookings is listed twice'],
    [{ kind: 'metrics', metrics: ['bookings'], groupBy: ['country' as DimensionId] }, 'Unknown dimension "country"'],
    [
      { kind: 'metrics', metrics: ['bookings'], groupBy: ['lead_source'] },
      'The metric bookings cannot be grouped by lead_source',
    ],
    [
      { kind: 'metrics', metrics: ['cac'], groupBy: ['region'] },
      'The metric cac cannot be grouped by region: it can be grouped by channel',
    ],
    [
      { kind: 'metrics', metrics: ['csat'], filters: [{ dimension: 'product', op: 'in', values: ['x'] }] },
      'The metric csat cannot be filtered by product',
    ],
    [
      {
        kind: 'metrics',
        metrics: ['bookings'],
        filters: [{ dimension: 'region', op: 'equals' as 'in', values: ['x'] }],
      },
      'has the operator "equals"',
    ],
    [
      {
        kind: 'metrics',
        metrics: ['bookings'],
        filters: [{ dimension: 'region', op: 'in', values: [3 as unknown as string] }],
      },
      'The filter on region needs a list of text values',
    ],
    [
      { kind: 'timeseries', metrics: ['stale_deals'], grain: 'month' },
      'The metric stale_deals cannot be shown as a time series: it is measured as of now',
    ],
    [{ kind: 'timeseries', metrics: ['bookings'], grain: 'fortnight' as 'week' }, 'Unknown grain "fortnight"'],
    [
      { kind: 'values', dimension: 'rep', filters: [{ dimension: 'product', op: 'in', values: ['x'] }] },
      'The values of rep cannot be filtered by product',
    ],
    [{ kind: 'nonsense' } as unknown as SalesQuery, 'The query kind "nonsense" is not supported'],
  ])('rejects %j naming the problem', (query, message) => {
    expect(() => compileQuery(query, context())).toThrow(message);
  });

  it.each<[Record<string, unknown>, string]>([
    [{ timeZone: 'Mars/Olympus' }, '"Mars/Olympus" is not an IANA time zone'],
    [{ fiscalYearStartMonth: 13 }, 'The fiscal year start month must be 1 to 12'],
    [{ location: { schema: 'sales; drop' } }, 'The schema name "sales; drop" is not a valid name'],
    [{ location: { schema: 'sales', tables: { deals: 'x' } } }, '"deals" is not a table of the warehouse contract'],
    [
      { location: { schema: 'sales', tables: { leads: 'leads"--' } } },
      'The table name for leads "leads"--" is not a valid name',
    ],
    [{ range: { from: 10, to: 5 } }, 'The time range is empty'],
  ])('rejects a bad context %j', (override, message) => {
    expect(() =>
      compileQuery({ kind: 'metrics', metrics: ['bookings'] }, { ...context(), ...override } as ReturnType<
        typeof context
      >)
    ).toThrow(message);
  });

  it('reads the tables from the configured schema and table names', () => {
    const { sql } = compileQuery(
      { kind: 'metrics', metrics: ['leads_created'], groupBy: ['region'] },
      { ...context('mysql'), location: { schema: 'crm', tables: { leads: 'lead_view', reps: 'people' } } }
    );
    expect(sql).toContain('`crm`.`lead_view`');
    expect(sql).toContain('`crm`.`people`');
  });
});

describe('comparison to date', () => {
  it('is asked for with compare, on kind metrics, as true or false', () => {
    expect(() => compileQuery({ kind: 'metrics', metrics: ['bookings'], compareToDate: true }, context())).toThrow(
      'compareToDate needs compare (previous_period or previous_year).'
    );
    expect(() =>
      compileQuery(
        { kind: 'metrics', metrics: ['bookings'], compare: 'previous_year', compareToDate: 'yes' as never },
        context()
      )
    ).toThrow('compareToDate must be true or false, not "yes".');
    expect(() =>
      compileQuery(
        {
          kind: 'timeseries',
          metrics: ['bookings'],
          grain: 'month',
          compare: 'previous_year',
          compareToDate: true,
        } as never,
        context()
      )
    ).toThrow('compareToDate applies to kind metrics');
  });
});
