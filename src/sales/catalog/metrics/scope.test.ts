import { compileQuery } from '../../engine';
import { TARGET_DIMENSIONS } from '../../sql/facts';
import { formula, total } from '../../sql/formulas';
import { getMetric, listMetrics } from '.';
import { formulaScope, planScope } from './scope';
import { q1Context } from '../../testing/compileContext';

const context = q1Context();

const DEAL_TABLES = ['opportunities', 'reps', 'products', 'customers', 'stages'];
const REP = ['rep', 'team', 'manager', 'region'];
const CUSTOMER = ['customer_tier', 'industry', 'dealer'];

describe('a formula’s scope', () => {
  it('is its fact with the tables the fact joins, grouped by every dimension of the fact', () => {
    expect(formulaScope(total('won_amount'))).toEqual({
      tables: DEAL_TABLES,
      dimensions: [...REP, 'product', 'product_line', 'channel', ...CUSTOMER, 'stage', 'forecast_category'],
    });
    expect(formulaScope(total('leads_count'))).toEqual({
      tables: ['leads', 'reps'],
      dimensions: [...REP, 'lead_source'],
    });
  });

  it('reads what its subqueries read too', () => {
    expect(formulaScope(total('stale_count')).tables).toEqual([...DEAL_TABLES, 'activities']);
    expect(formulaScope(total('overdue_amount')).tables).toEqual(['invoices', 'reps', 'customers', 'payments']);
  });

  it('over two facts, reads both and is grouped only by the dimensions both have', () => {
    expect(formulaScope(formula(['activities_completed', 'won_count'], (c) => c('won_count')))).toEqual({
      tables: ['activities', 'reps', 'customers', 'opportunities', 'products', 'stages'],
      dimensions: [...REP, ...CUSTOMER],
    });
    expect(formulaScope(formula(['spend_amount', 'new_customer_count'], (c) => c('spend_amount'))).dimensions).toEqual([
      'channel',
    ]);
  });
});

describe('a targets-family metric’s scope', () => {
  const actual = { tables: ['invoices', 'reps'] as const, dimensions: ['rep', 'team', 'industry'] as const };

  it('reads the targets, and the actual when it compares with it', () => {
    const scope = { tables: [...actual.tables], dimensions: [...actual.dimensions] };
    expect(planScope(false, scope).tables).toEqual(['targets', 'reps', 'products']);
    expect(planScope(true, scope).tables).toEqual(['targets', 'reps', 'products', 'invoices']);
  });

  it('is grouped by the target dimensions the actual has', () => {
    expect(planScope(true, { tables: [], dimensions: [...actual.dimensions] }).dimensions).toEqual(['rep', 'team']);
  });

  it('follows bookings, the default target metric', () => {
    expect(getMetric('attainment')).toMatchObject({
      tables: ['targets', 'reps', 'products', 'opportunities', 'customers', 'stages'],
      dimensions: TARGET_DIMENSIONS,
    });
    expect(getMetric('target').tables).toEqual(['targets', 'reps', 'products']);
  });
});

describe('the derived scope matches the compiler', () => {
  it.each(
    listMetrics()
      .filter((metric) => !metric.targetBased)
      .map((metric) => [metric.id, metric] as const)
  )('%s can be grouped by each of its dimensions', (id, metric) => {
    for (const dimension of metric.dimensions) {
      expect(() => compileQuery({ kind: 'metrics', metrics: [id], groupBy: [dimension] }, context)).not.toThrow();
    }
  });

  it.each(
    listMetrics()
      .filter((metric) => metric.targetBased)
      .map((metric) => [metric.id, metric] as const)
  )('%s can be grouped by each of its dimensions in the attainment kind', (_id, metric) => {
    for (const dimension of metric.dimensions) {
      expect(() => compileQuery({ kind: 'attainment', groupBy: [dimension] }, context)).not.toThrow();
    }
  });
});
