/**
 * The funnel reads the cohort's stage history through the range of the cohort's ids on engines that
 * join key ranges (SqlDialect.keyRangeJoin): the range also holds deals of other periods, whose
 * history must count neither in the furthest stage nor in the days in stage. Here deals created in
 * 2023 and 2025 (o17, o19, o20, between the Q1 2024 cohort's ids o10 … o9 as text) have history that
 * reaches every stage; the Q1 figures are those of the fixture without it (analytics-kinds.test.ts).
 */
import { runQuery } from '../src/sales/engine';
import type { SalesQuery } from '../src/sales/types';
import { FIXTURE, fixtureContext } from './fixtures/handmade';
import { rowsOf } from './lib/frames';
import { describeOnEveryEngine } from './lib/warehouses';

const history = (opportunity_id: string, stage: string, entered_at: string, exited_at: string | null) => ({
  opportunity_id,
  stage,
  entered_at: Date.parse(entered_at),
  exited_at: exited_at === null ? null : Date.parse(exited_at),
});

const OTHER_PERIODS = ['o17', 'o19', 'o20'].flatMap((id) => [
  history(id, 'Prospect', '2023-05-01T15:00:00Z', '2023-05-02T15:00:00Z'),
  history(id, 'Qualify', '2023-05-02T15:00:00Z', '2023-05-03T15:00:00Z'),
  history(id, 'Proposal', '2023-05-03T15:00:00Z', '2023-05-04T15:00:00Z'),
  history(id, 'Negotiation', '2023-05-04T15:00:00Z', '2023-05-05T15:00:00Z'),
  history(id, 'Won', '2023-05-05T15:00:00Z', null),
]);

function pick(rows: Array<Record<string, unknown>>, fields: string[]) {
  return rows.map((row) => Object.fromEntries(fields.map((field) => [field, row[field]])));
}

describeOnEveryEngine(
  'funnel history of other periods inside the cohort id range on $label',
  'funnel_range',
  { ...FIXTURE, opportunity_stage_history: [...FIXTURE.opportunity_stage_history, ...OTHER_PERIODS] },
  ({ executor, schema, cluster }) => {
    const context = fixtureContext(executor, schema, cluster?.name);
    const run = (query: SalesQuery) => runQuery(query, context);

    it('reached: counts and days in stage of the Q1 cohort only', async () => {
      const [frame] = await run({ kind: 'funnel', mode: 'reached' });
      expect(pick(rowsOf(frame), ['stage', 'count', 'amount', 'median_days_in_stage'])).toEqual([
        { stage: 'Prospect', count: 15, amount: 22100, median_days_in_stage: 10 },
        { stage: 'Qualify', count: 11, amount: 17900, median_days_in_stage: 26 },
        { stage: 'Proposal', count: 9, amount: 15700, median_days_in_stage: 41 },
        { stage: 'Negotiation', count: 7, amount: 12700, median_days_in_stage: null },
        { stage: 'Won', count: 6, amount: 11500, median_days_in_stage: null },
      ]);
      expect(rowsOf(frame)[0].mean_days_in_stage as number).toBeCloseTo(42 / 5, 9);
    });

    it('reached without days in stage, by region', async () => {
      const [frame] = await run({ kind: 'funnel', mode: 'reached', timeInStage: false, groupBy: ['region'] });
      const counts = rowsOf(frame).map((row) => [row.region, row.stage, row.count]);
      expect(counts.filter((row) => row[1] === 'Won')).toEqual([
        ['East', 'Won', expect.any(Number)],
        ['West', 'Won', expect.any(Number)],
      ]);
      const total = (stage: string) =>
        rowsOf(frame)
          .filter((row) => row.stage === stage)
          .reduce((sum, row) => sum + (row.count as number), 0);
      expect(['Prospect', 'Qualify', 'Proposal', 'Negotiation', 'Won'].map(total)).toEqual([15, 11, 9, 7, 6]);
    });

    it('strict: only the Q1 deals with a history row', async () => {
      const [frame] = await run({ kind: 'funnel', mode: 'strict', measure: 'amount', groupBy: ['region'] });
      expect(pick(rowsOf(frame), ['region', 'stage', 'value', 'count'])).toEqual([
        { region: 'East', stage: 'Prospect', value: 7900, count: 5 },
        { region: 'East', stage: 'Qualify', value: 6700, count: 4 },
        { region: 'East', stage: 'Proposal', value: 4500, count: 2 },
        { region: 'East', stage: 'Negotiation', value: 1200, count: 1 },
        { region: 'East', stage: 'Won', value: 2500, count: 1 },
      ]);
    });
  }
);
