/**
 * Rollups (issue 23): on every engine, after `salesperf rollup`'s statements have built the daily
 * rollups of the fixture as of FIXTURE_NOW, every flow metric a rollup holds gives the same frames with
 * and without them: grouped and filtered by the rep dimensions, compared, as series of every grain, over
 * windows wholly before the rollups' last day, across it, starting mid-day and after it. The queries
 * with rollups read them (their SQL names the rollup schema), so the identity is not vacuous.
 */
import { compileQuery, runQuery } from '../src/sales/engine';
import { getMetric } from '../src/sales/catalog/metrics';
import { rollupTables, type RollupState } from '../src/sales/sql/rollups';
import type { SalesQuery } from '../src/sales/types';
import { FIXTURE, FIXTURE_NOW, FIXTURE_ZONE, fixtureContext, Q1_2024 } from './fixtures/handmade';
import { roundedFrames } from './lib/frames';
import { buildRollups } from './lib/rollups';
import { describeOnEveryEngine } from './lib/warehouses';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** the flow metrics whose every component a rollup holds, and some whose components only partly are */
const ROLLED = [...new Set(rollupTables().flatMap((table) => table.components.map((component) => component.id)))];
const METRICS = [
  'bookings',
  'won_deals',
  'lost_deals',
  'win_rate',
  'win_rate_amount',
  'avg_deal_size',
  'sales_cycle_days',
  'pipeline_created',
  'opportunities_created',
  'leads_created',
  'largest_deal',
];

const RANGES: Record<string, { from: number; to: number }> = {
  'Q1 2024 (now in March)': Q1_2024,
  '2023 (before the rollups end)': { from: Date.parse('2023-01-01T05:00:00Z'), to: Q1_2024.from },
  'from a mid-day to now': { from: Date.parse('2024-02-20T15:30:00Z'), to: FIXTURE_NOW },
  today: { from: Date.parse('2024-03-15T04:00:00Z'), to: Date.parse('2024-03-16T04:00:00Z') },
};

const QUERIES: SalesQuery[] = [
  { kind: 'metrics', metrics: METRICS },
  { kind: 'metrics', metrics: METRICS, groupBy: ['region'] },
  { kind: 'metrics', metrics: ['bookings', 'win_rate', 'leads_created'], groupBy: ['rep', 'team'] },
  {
    kind: 'metrics',
    metrics: ['bookings', 'win_rate', 'pipeline_created'],
    filters: [{ dimension: 'region', op: 'not_in', values: ['Nowhere'] }],
    compare: 'previous_period',
    compareToDate: true,
  },
  { kind: 'metrics', metrics: ['bookings', 'won_deals'], groupBy: ['manager'], compare: 'previous_year' },
  { kind: 'timeseries', metrics: ['bookings', 'win_rate', 'largest_deal'], grain: 'day' },
  { kind: 'timeseries', metrics: ['bookings', 'opportunities_created'], grain: 'week', groupBy: ['region'] },
  { kind: 'timeseries', metrics: ['bookings', 'leads_created'], grain: 'month', compare: 'previous_year' },
  { kind: 'timeseries', metrics: ['win_rate'], grain: 'quarter', compare: 'previous_period' },
  // read through a derived join: each customer's first won deal, the feedback on each visit
  { kind: 'metrics', metrics: ['new_customers', 'visits_with_feedback_rate', 'visits_completed'], groupBy: ['region'] },
  {
    kind: 'metrics',
    metrics: ['new_customers', 'visits_with_feedback_rate'],
    compare: 'previous_period',
    compareToDate: true,
  },
  { kind: 'timeseries', metrics: ['new_customers', 'visits_with_feedback_rate'], grain: 'week', groupBy: ['rep'] },
  // r2 only called in Q1: a row of its own, as every activity of the window counts for the groups
  { kind: 'metrics', metrics: ['visits_with_feedback_rate', 'visits_completed'], groupBy: ['rep'] },
  // the kinds whose actuals are flow metrics
  { kind: 'attainment', groupBy: ['team'] },
  {
    kind: 'scorecard',
    entity: 'rep',
    metrics: [
      { id: 'bookings', weight: 2 },
      { id: 'win_rate', weight: 1 },
    ],
    normalize: 'target',
  },
  // the wall's top ten: its sparklines by month over a year
  {
    kind: 'scorecard',
    entity: 'team',
    metrics: [{ id: 'bookings', weight: 1 }],
    normalize: 'percentile',
    grain: 'week',
  },
];

const rollupSchemaOf = (schema: string) => `${schema}_rollups`;

describeOnEveryEngine(
  'rollups on $engine',
  'ru',
  FIXTURE,
  ({ executor, schema }) => {
    const rollupSchema = rollupSchemaOf(schema);
    let state: RollupState;

    beforeAll(async () => {
      state = await buildRollups(executor, schema, rollupSchema);
    });

    it('records what it built: every table, the zone, the first day it does not hold', () => {
      expect(state).toEqual({
        schema: rollupSchema,
        sourceSchema: schema,
        timeZone: FIXTURE_ZONE,
        coveredUntil: '2024-03-15',
        builtAt: FIXTURE_NOW,
        tables: rollupTables().map((table) => table.name),
      });
      expect(ROLLED).toEqual(
        expect.arrayContaining([
          'won_amount',
          'lost_count',
          'created_count',
          'new_customer_count',
          'visits_with_feedback',
        ])
      );
    });

    describe.each(Object.entries(RANGES))('over %s', (_, range) => {
      it.each(QUERIES.map((query) => [JSON.stringify(query), query] as const))(
        '%s: the same frames with and without rollups',
        async (_title, query) => {
          const plain = { ...fixtureContext(executor, schema), range };
          const rolled = { ...plain, rollups: state };
          const without = await runQuery(query, plain);
          const withRollups = await runQuery(query, rolled);
          expect(roundedFrames(withRollups)).toEqual(roundedFrames(without));
          // the rollups are read wherever they hold a day of the window for the query's metrics
          const sql = compileQuery(query, { ...rolled, dialect: executor.dialect }).sql;
          // (a comparison's previous window always ended before the rollups' last day; a scorecard always compares)
          const compares = 'compare' in query || query.kind === 'scorecard';
          const someDayRolled = range.from < Date.parse('2024-03-15T04:00:00Z') - DAY || compares;
          expect(sql.includes(rollupSchema)).toBe(someDayRolled);
        }
      );
    });

    it('holds what a derived join decides in tables of their own, read for those components', () => {
      const context = { ...fixtureContext(executor, schema), rollups: state, dialect: executor.dialect };
      const newCustomers = compileQuery({ kind: 'metrics', metrics: ['new_customers'], groupBy: ['team'] }, context);
      expect(newCustomers.sql).toContain('opportunities_by_close_date_fwd_per_rep');
      const feedback = compileQuery({ kind: 'metrics', metrics: ['visits_with_feedback_rate'] }, context);
      expect(feedback.sql).toContain('activities_by_completed_at_fbv');
      expect(feedback.sql).toContain('activities_by_completed_at');
    });

    it('is not read for a dimension the rollups do not key (product), nor when the zone differs', () => {
      const context = { ...fixtureContext(executor, schema), rollups: state, dialect: executor.dialect };
      const byProduct = compileQuery({ kind: 'metrics', metrics: ['bookings'], groupBy: ['product'] }, context);
      expect(byProduct.sql).not.toContain(rollupSchema);
      const created = { kind: 'metrics', metrics: ['opportunities_created'] } as SalesQuery;
      expect(compileQuery(created, { ...context, timeZone: 'UTC' }).sql).not.toContain(rollupSchema);
      // a date counts the same day in every zone
      expect(compileQuery({ kind: 'metrics', metrics: ['bookings'] }, { ...context, timeZone: 'UTC' }).sql).toContain(
        rollupSchema
      );
      expect(getMetric('bookings').timeBehaviour).toBe('flow');
    });
  },
  { alsoDrop: (schema) => [rollupSchemaOf(schema)] }
);
