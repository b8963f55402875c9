import { checkWarehouse, type CheckReport, formatCheckReport } from '../../src/sales/warehouse/check';
import { CONTRACT, type TableDef } from '../../src/sales/warehouse/contract';
import { availableEngines, dropSchemaSql, scratchSchemaName } from '../../src/node/testing/engines';
import { createExecutor, type NodeExecutor } from '../../src/node/executors';
import { type Fixture, type FixtureRow, loadFixture, validFixture } from './fixture';

/** One test per kind of contract violation: `check` must report it, naming the table and column. */

const FLOAT: Record<NodeExecutor['dialect'], string> = {
  postgres: 'double precision',
  mysql: 'DOUBLE',
  clickhouse: 'Float64',
  duckdb: 'DOUBLE',
};

function withDef(fixture: Fixture, table: string, change: (def: TableDef) => TableDef): Fixture {
  const entry = fixture.get(table)!;
  fixture.set(table, { ...entry, def: change(entry.def) });
  return fixture;
}

function withRows(fixture: Fixture, table: string, change: (rows: FixtureRow[]) => FixtureRow[]): Fixture {
  const entry = fixture.get(table)!;
  fixture.set(table, { ...entry, rows: change(entry.rows) });
  return fixture;
}

const setWhere = (key: string, id: string, values: FixtureRow) => (rows: FixtureRow[]) =>
  rows.map((row) => (row[key] === id ? { ...row, ...values } : row));

describe.each(availableEngines())('check on $engine', (target) => {
  let executor: NodeExecutor;
  const schemas: string[] = [];

  beforeAll(() => {
    executor = createExecutor(target.engine, target.url);
  });

  afterAll(async () => {
    for (const schema of schemas) {
      await executor.run(dropSchemaSql(target.engine, schema));
    }
    await executor.close();
  });

  async function check(fixture: Fixture, replaceType?: Parameters<typeof loadFixture>[3]): Promise<CheckReport> {
    const schema = scratchSchemaName('whc');
    schemas.push(schema);
    await loadFixture(executor, schema, fixture, replaceType);
    return checkWarehouse(executor, { schema });
  }

  const summary = (report: CheckReport) =>
    report.issues
      .filter((issue) => issue.severity !== 'info')
      .map(({ severity, code, table, column }) => ({ severity, code, table, column }));

  it('finds nothing wrong in a valid warehouse and notes what is optional or allowed', async () => {
    const report = await check(validFixture());
    expect(summary(report)).toEqual([]);
    expect(report.usable).toBe(true);
    expect(report.tables.find((table) => table.table === 'opportunities')).toMatchObject({ present: true, rows: 4 });
    const notes = report.issues.map((issue) => issue.code);
    expect(notes).toContain('open_without_close_date');
    expect(report.issues.find((issue) => issue.code === 'open_without_close_date')?.count).toBe(1);
    expect(
      report.issues
        .filter((issue) => issue.code === 'optional_table_absent')
        .map((issue) => issue.table)
        .sort()
    ).toEqual([
      'activities',
      'comp_adjustments',
      'comp_assignments',
      'comp_plan_tiers',
      'comp_plans',
      'csat_responses',
      'leads',
      'marketing_spend',
      'opportunity_stage_history',
      'targets',
      'visit_feedback',
    ]);
    const text = formatCheckReport(report);
    expect(text).toContain(
      'Table leads is absent (optional): the lead metrics and the public pool are unavailable (queries that read it: leads_created, lead_conversion_rate, lead_response_hours, pool_leads, aged_pool_leads, pool_lead_age_days).'
    );
    expect(text).toContain('Usable: the warehouse meets the contract');
  });

  it('reports a missing required table by name', async () => {
    const fixture = validFixture();
    fixture.delete('opportunities');
    const report = await check(fixture);
    expect(report.usable).toBe(false);
    expect(summary(report)).toEqual([
      { severity: 'error', code: 'missing_table', table: 'opportunities', column: undefined },
    ]);
    expect(formatCheckReport(report)).toMatch(
      /ERROR +Table opportunities is missing from schema "whc_\w+": it is required/
    );
  });

  it('reports a missing column by table and column', async () => {
    const report = await check(
      withDef(validFixture(), 'opportunities', (def) => ({
        ...def,
        columns: def.columns.filter((c) => c.name !== 'forecast_category'),
      }))
    );
    expect(report.usable).toBe(false);
    expect(summary(report)).toEqual([
      { severity: 'error', code: 'missing_column', table: 'opportunities', column: 'forecast_category' },
    ]);
    expect(formatCheckReport(report)).toContain(
      'Column opportunities.forecast_category is missing: the contract expects a text type.'
    );
  });

  it('reports a column of the wrong type', async () => {
    const report = await check(
      withDef(validFixture(), 'opportunities', (def) => ({
        ...def,
        columns: def.columns.map((column) =>
          column.name === 'amount' ? { ...column, type: 'text', size: 'code' } : column
        ),
      }))
    );
    expect(report.usable).toBe(false);
    expect(summary(report)).toEqual([
      { severity: 'error', code: 'wrong_type', table: 'opportunities', column: 'amount' },
    ]);
    expect(formatCheckReport(report)).toMatch(
      /Column opportunities\.amount has type \S+.*: the contract expects an exact decimal type/
    );
  });

  it('warns about an inexact amount type but keeps the warehouse usable', async () => {
    const report = await check(validFixture(), { table: 'invoices', column: 'amount', type: FLOAT[executor.dialect] });
    expect(report.usable).toBe(true);
    expect(summary(report)).toEqual([
      { severity: 'warning', code: 'type_warning', table: 'invoices', column: 'amount' },
    ]);
    expect(formatCheckReport(report)).toContain('is a floating-point type: sums are not exact');
  });

  it('reports stages sharing a position', async () => {
    const report = await check(withRows(validFixture(), 'stages', setWhere('stage', 'Qualification', { position: 1 })));
    expect(summary(report)).toEqual([
      { severity: 'warning', code: 'duplicate_stage_position', table: 'stages', column: 'position' },
    ]);
    expect(formatCheckReport(report)).toContain(
      'Column stages.position: position 1 is used by "Prospecting" and "Qualification"'
    );
  });

  it('reports a stage list without exactly one won stage', async () => {
    const two = await check(withRows(validFixture(), 'stages', setWhere('stage', 'Closed Lost', { is_won: true })));
    expect(summary(two)).toEqual(
      expect.arrayContaining([{ severity: 'warning', code: 'won_stage_count', table: 'stages', column: 'is_won' }])
    );
    expect(formatCheckReport(two)).toContain(
      'Column stages.is_won: 2 stages are won stages ("Closed Won", "Closed Lost")'
    );
    const none = await check(withRows(validFixture(), 'stages', setWhere('stage', 'Closed Won', { is_won: false })));
    expect(summary(none)).toEqual(
      expect.arrayContaining([{ severity: 'warning', code: 'won_stage_count', table: 'stages', column: 'is_won' }])
    );
  });

  it('reports probabilities outside 0..1', async () => {
    const report = await check(withRows(validFixture(), 'stages', setWhere('stage', 'Proposal', { probability: 5.5 })));
    expect(summary(report)).toEqual([
      { severity: 'warning', code: 'out_of_range', table: 'stages', column: 'probability' },
    ]);
    expect(formatCheckReport(report)).toContain('Column stages.probability is outside 0..1 in 1 row.');
  });

  it('reports keys that name rows that do not exist', async () => {
    const report = await check(
      withRows(validFixture(), 'opportunities', setWhere('opportunity_id', 'O1', { owner_rep_id: 'R404' }))
    );
    expect(summary(report)).toEqual([
      { severity: 'warning', code: 'orphan_key', table: 'opportunities', column: 'owner_rep_id' },
    ]);
    expect(formatCheckReport(report)).toContain(
      'Column opportunities.owner_rep_id names reps that do not exist in reps.rep_id in 1 row (e.g. "R404").'
    );
  });

  it('reports negative amounts', async () => {
    const report = await check(withRows(validFixture(), 'payments', setWhere('payment_id', 'PM1', { amount: -20 })));
    expect(summary(report)).toEqual([
      { severity: 'warning', code: 'negative_amount', table: 'payments', column: 'amount' },
    ]);
    expect(formatCheckReport(report)).toContain(
      'Column payments.amount is negative in 1 row: amounts must be zero or more.'
    );
  });

  it('reports values outside the allowed set', async () => {
    const report = await check(
      withRows(validFixture(), 'opportunities', setWhere('opportunity_id', 'O4', { status: 'closed' }))
    );
    expect(summary(report)).toEqual([
      { severity: 'warning', code: 'invalid_value', table: 'opportunities', column: 'status' },
    ]);
    expect(formatCheckReport(report)).toContain(
      'Column opportunities.status holds values other than open, won, lost in 1 row (e.g. "closed").'
    );
  });

  it('checks visit feedback: categories, severities, sentiment, dates, the visit it names, unnamed competitors', async () => {
    const fixture = validFixture();
    const def = (name: string) => CONTRACT.find((table) => table.name === name)!;
    fixture.set('activities', {
      def: def('activities'),
      rows: [
        {
          activity_id: 'A1',
          rep_id: 'R1',
          customer_id: 'C1',
          opportunity_id: null,
          activity_type: 'visit',
          planned_at: Date.parse('2024-03-01T09:00:00Z'),
          completed_at: Date.parse('2024-03-01T10:00:00Z'),
          outcome: null,
        },
      ],
    });
    const row = (id: string, values: FixtureRow): FixtureRow => ({
      feedback_id: id,
      activity_id: 'A1',
      rep_id: 'R1',
      customer_id: 'C1',
      reported_at: Date.parse('2024-03-01T10:30:00Z'),
      category: 'price',
      competitor: null,
      product_id: 'P1',
      sentiment: 0,
      severity: null,
      text: 'Too expensive',
      resolved_at: null,
      ...values,
    });
    fixture.set('visit_feedback', {
      def: def('visit_feedback'),
      rows: [
        row('F1', {}),
        row('F2', { category: 'rumour', severity: 'urgent' }),
        row('F3', { sentiment: 3 }),
        row('F4', { severity: 'high', resolved_at: Date.parse('2024-02-01T10:00:00Z') }),
        row('F5', { activity_id: 'A9' }),
        row('F6', { category: 'competitor' }),
      ],
    });
    const report = await check(fixture);
    expect(report.usable).toBe(true);
    expect(summary(report).filter((issue) => issue.table === 'visit_feedback')).toEqual([
      { severity: 'warning', code: 'invalid_value', table: 'visit_feedback', column: 'category' },
      { severity: 'warning', code: 'out_of_range', table: 'visit_feedback', column: 'sentiment' },
      { severity: 'warning', code: 'invalid_value', table: 'visit_feedback', column: 'severity' },
      { severity: 'warning', code: 'unordered_dates', table: 'visit_feedback', column: 'resolved_at' },
      { severity: 'warning', code: 'orphan_key', table: 'visit_feedback', column: 'activity_id' },
    ]);
    const text = formatCheckReport(report);
    expect(text).toContain(
      'Column visit_feedback.category holds values other than customer_opinion, competitor, dealer, price, product_issue, logistics in 1 row (e.g. "rumour").'
    );
    expect(text).toContain('Column visit_feedback.sentiment is outside -1..1 in 1 row.');
    expect(text).toContain('Table visit_feedback: resolved_at is before reported_at in 1 row.');
    expect(text).toContain('Column visit_feedback.activity_id names activities that do not exist');
    expect(text).toContain(
      "Table visit_feedback: 1 competitor report without a competitor (counted in competitor_mentions, in no competitor's group)."
    );
  });

  it('reports a repeated key in a table without a key constraint', async () => {
    const fixture = withDef(validFixture(), 'opportunities', (def) => ({ ...def, primaryKey: [] }));
    const report = await check(
      withRows(fixture, 'opportunities', setWhere('opportunity_id', 'O2', { opportunity_id: 'O1' }))
    );
    expect(summary(report)).toEqual([
      { severity: 'warning', code: 'duplicate_key', table: 'opportunities', column: 'opportunity_id' },
    ]);
    expect(formatCheckReport(report)).toContain('Column opportunities.opportunity_id repeats values (1 extra row)');
  });

  it('reports NULL in a column that requires a value', async () => {
    const fixture = withDef(validFixture(), 'reps', (def) => ({
      ...def,
      columns: def.columns.map((column) => (column.name === 'region' ? { ...column, nullable: true } : column)),
    }));
    const report = await check(withRows(fixture, 'reps', setWhere('rep_id', 'R2', { region: null })));
    expect(summary(report)).toEqual([{ severity: 'warning', code: 'null_values', table: 'reps', column: 'region' }]);
    expect(formatCheckReport(report)).toContain(
      'Column reps.region is NULL in 1 row: the contract requires a value (queries run; rows without it drop out of whatever groups, joins or filters on it).'
    );
  });

  it('reports closed deals without a close date', async () => {
    const report = await check(
      withRows(validFixture(), 'opportunities', setWhere('opportunity_id', 'O3', { close_date: null }))
    );
    expect(summary(report)).toEqual([
      { severity: 'warning', code: 'closed_without_close_date', table: 'opportunities', column: 'close_date' },
    ]);
  });

  it('reports dates out of order', async () => {
    const report = await check(
      withRows(validFixture(), 'invoices', setWhere('invoice_id', 'I1', { due_at: '2024-01-01' }))
    );
    expect(summary(report)).toEqual([
      { severity: 'warning', code: 'unordered_dates', table: 'invoices', column: 'due_at' },
    ]);
    expect(formatCheckReport(report)).toContain('Table invoices: due_at is before issued_at in 1 row.');
  });

  it('warns when a deal status disagrees with its stage', async () => {
    const report = await check(
      withRows(
        validFixture(),
        'opportunities',
        setWhere('opportunity_id', 'O1', { status: 'won', forecast_category: 'closed' })
      )
    );
    expect(report.usable).toBe(true);
    expect(summary(report)).toEqual([
      { severity: 'warning', code: 'status_stage_mismatch', table: 'opportunities', column: 'status' },
    ]);
    expect(formatCheckReport(report)).toContain('Table opportunities: 1 won deals whose stage is not the won stage');
  });

  /** The valid warehouse with two commission plans on the catalog's tiers and every rep on one. */
  function withPlans(): Fixture {
    const fixture = validFixture();
    const add = (name: string, rows: FixtureRow[]) =>
      fixture.set(name, { def: CONTRACT.find((def) => def.name === name)!, rows });
    const plan = (plan_id: string, calc: string): FixtureRow => ({
      plan_id,
      plan_name: plan_id.toUpperCase(),
      measure: 'bookings',
      period: 'quarter',
      calc,
      gate: null,
      cap_multiple: null,
      effective_from: '2024-01-01',
      effective_to: null,
    });
    add('comp_plans', [plan('ae', 'marginal'), plan('dealer', 'retroactive')]);
    add(
      'comp_plan_tiers',
      ['ae', 'dealer'].flatMap((plan_id) => [
        { plan_id, lower_attainment: 0, upper_attainment: 1, rate: 0.1 },
        { plan_id, lower_attainment: 1, upper_attainment: null, rate: 0.12 },
      ])
    );
    add('comp_assignments', [
      { rep_id: 'R1', plan_id: 'ae', effective_from: '2024-01-01', effective_to: '2024-06-30', target_incentive: 5000 },
      { rep_id: 'R1', plan_id: 'dealer', effective_from: '2024-07-01', effective_to: null, target_incentive: 5000 },
      { rep_id: 'R2', plan_id: 'dealer', effective_from: '2024-01-01', effective_to: null, target_incentive: 4000 },
    ]);
    add('comp_adjustments', [
      { adjustment_id: 'A1', rep_id: 'R1', period_start: '2024-02-01', kind: 'clawback', amount: -200, note: null },
    ]);
    return fixture;
  }

  it('finds nothing wrong in valid commission plans', async () => {
    expect(summary(await check(withPlans()))).toEqual([]);
  });

  it('reports commission tiers that overlap or leave gaps, plans without tiers and rates outside 0..1', async () => {
    const fixture = withRows(withPlans(), 'comp_plan_tiers', (rows) => [
      // ae: 0–100 % and 80 %–∞ overlap, at a rate of 120 %
      ...rows.map((row) =>
        row.plan_id === 'ae' && row.lower_attainment === 1 ? { ...row, lower_attainment: 0.8, rate: 1.2 } : row
      ),
    ]);
    withRows(fixture, 'comp_plans', (rows) => [...rows, { ...rows[0], plan_id: 'spiff', plan_name: 'No tiers' }]);
    // dealer: nothing from 0 to 50 %
    const report = await check(
      withRows(fixture, 'comp_plan_tiers', (rows) =>
        rows.map((row) => (row.plan_id === 'dealer' && row.lower_attainment === 0 ? { ...row, lower_attainment: 0.5 } : row))
      )
    );
    expect(report.usable).toBe(true);
    expect(summary(report)).toEqual([
      { severity: 'warning', code: 'out_of_range', table: 'comp_plan_tiers', column: 'rate' },
      { severity: 'warning', code: 'tier_overlap', table: 'comp_plan_tiers', column: undefined },
      { severity: 'warning', code: 'tier_gap', table: 'comp_plan_tiers', column: undefined },
      { severity: 'warning', code: 'plan_without_tiers', table: 'comp_plans', column: undefined },
    ]);
    const text = formatCheckReport(report);
    expect(text).toContain('Column comp_plan_tiers.rate is outside 0..1 in 1 row.');
    expect(text).toContain('Table comp_plan_tiers: tiers overlap (plan ae from 80 % to 100 %)');
    expect(text).toContain('Table comp_plan_tiers: no tier covers plan dealer from 0 % to 50 %: attainment there earns nothing');
    expect(text).toContain('Table comp_plans: plan spiff has no rows in comp_plan_tiers: it pays no commission.');
  });

  it('reports a rep on two plans at once, and a clawback that pays out', async () => {
    const fixture = withRows(withPlans(), 'comp_assignments', setWhere('plan_id', 'ae', { effective_to: '2024-07-15' }));
    const report = await check(withRows(fixture, 'comp_adjustments', setWhere('adjustment_id', 'A1', { amount: 200 })));
    expect(summary(report)).toEqual([
      { severity: 'warning', code: 'assignment_overlap', table: 'comp_assignments', column: undefined },
      { severity: 'warning', code: 'clawback_positive', table: 'comp_adjustments', column: 'amount' },
    ]);
    const text = formatCheckReport(report);
    expect(text).toContain(
      'Table comp_assignments: 1 rep is on two plans at once (R1: ae from 2024-01-01 and dealer from 2024-07-01): the days they overlap are credited under both plans.'
    );
    expect(text).toContain('Table comp_adjustments: 1 clawback has a positive amount');
  });

  it('reports every required table of a schema that does not exist', async () => {
    const report = await checkWarehouse(executor, { schema: scratchSchemaName('none') });
    expect(report.usable).toBe(false);
    expect(report.issues.filter((issue) => issue.code === 'missing_table').map((issue) => issue.table)).toEqual([
      'reps',
      'stages',
      'opportunities',
    ]);
  });
});
