/**
 * The Commissions dashboard and the rep drill-down's commission panels: what they show, and that the
 * panels naming the same figure agree, on the demo warehouse in embedded DuckDB ("now" 2026-05-14,
 * the dashboards' this-quarter range: Q2 2026, every region and team, the first rep selected).
 */
import { DASHBOARD_UIDS } from '../../dashboards/src/constants';
import { createExecutor, type NodeExecutor } from '../../src/node/executors';
import { seedWarehouse } from '../../src/node/seed/seed';
import { runQuery } from '../../src/sales/engine';
import type { DataFrameJSON, ValuesQuery } from '../../src/sales/types';
import { rowsOf } from '../lib/frames';
import { type Dashboard, dataPanels, type Panel, readCommittedDashboards } from './lib/model';
import { type Clock, panelRange, resolveQuery, type Selection } from './lib/resolve';

const SCHEMA = 'sales';
const CLOCK: Clock = { now: Date.UTC(2026, 4, 14, 15, 0), timeZone: 'UTC' };

const dashboards = readCommittedDashboards().map(({ json }) => json);
const commissions = dashboards.find((dashboard) => dashboard.uid === DASHBOARD_UIDS.commissions)!;
const repDrillDown = dashboards.find((dashboard) => dashboard.uid === DASHBOARD_UIDS.rep)!;
const panel = (dashboard: Dashboard, title: string) =>
  dataPanels(dashboard).find((candidate) => candidate.title === title)!;
const kept = (panel: Panel) =>
  (panel.transformations ?? []).flatMap(
    (transformation) => (transformation.options as { include?: { names?: string[] } }).include?.names ?? []
  );

describe('the Commissions dashboard', () => {
  it('shows payout by rep, team payout against budget, the curve with the rep’s point, the next deal and the adjustments', () => {
    const byRep = panel(commissions, 'Payout this quarter so far, by rep');
    expect(byRep.type).toBe('table');
    expect(kept(byRep)).toEqual(
      expect.arrayContaining(['rep', 'plan', 'attainment', 'tier', 'payout', 'to_next_tier'])
    );
    const teams = panel(commissions, 'Team payout against budget, this quarter');
    expect(teams.targets![0]).toMatchObject({ kind: 'commission', groupBy: ['team'] });
    expect(kept(teams)).toEqual(['team', 'payout', 'target_incentive', 'budget_used']);
    const curve = panel(commissions, 'Selected rep: payout curve');
    expect(curve.type).toBe('xychart');
    expect(curve.targets![0]).toMatchObject({ kind: 'commission', curve: true });
    // saved as the XY chart of Grafana 12: without a version Grafana would migrate the series as pre-11.1 options
    expect((curve as { pluginVersion?: string }).pluginVersion).toMatch(/^12\./);
    expect((curve.options as { series: unknown[] }).series).toEqual(
      ['curve_earned', 'current_earned'].map((y) => ({
        frame: { matcher: { id: 'byIndex', options: 1 } },
        x: { matcher: { id: 'byName', options: 'attainment' } },
        y: { matcher: { id: 'byName', options: y } },
      }))
    );
    expect(panel(commissions, 'Selected rep: what the next deal pays').targets![0]).toMatchObject({ whatIf: '$deal' });
    const adjustments = panel(commissions, 'Adjustments this year so far');
    expect(adjustments.targets![0]).toMatchObject({ kind: 'commission', adjustments: true });
    expect(adjustments.options).toMatchObject({ frameIndex: 1 });
    // every commission query follows the plan variable; the tables list every rep of the region and team
    for (const target of dataPanels(commissions).flatMap((candidate) => candidate.targets ?? [])) {
      expect(target.filters).toContainEqual({ dimension: 'plan', op: 'in', values: ['$plan'] });
    }
    expect(byRep.targets![0].filters!.map((filter) => filter.dimension)).not.toContain('rep');
  });

  it('the rep drill-down gains the rep’s commission so far and what the next tier needs', () => {
    expect(kept(panel(repDrillDown, 'Commission this quarter so far'))).toEqual(['earned', 'adjustments', 'payout']);
    expect(kept(panel(repDrillDown, 'Commission: to the next tier'))).toEqual(['attainment', 'tier', 'to_next_tier']);
  });
});

describe('the Commissions dashboard on the demo warehouse', () => {
  let executor: NodeExecutor;
  const selections = new Map<string, Selection>();

  const frames = (dashboard: Dashboard, title: string): Promise<DataFrameJSON[]> => {
    const shown = panel(dashboard, title);
    return runQuery(resolveQuery(shown.targets![0], selections), {
      executor,
      location: { schema: SCHEMA },
      range: panelRange(dashboard, shown, CLOCK),
      currentTime: CLOCK.now,
      timeZone: CLOCK.timeZone,
      fiscalYearStartMonth: 1,
    });
  };
  const sum = (rows: Array<Record<string, unknown>>, field: string) =>
    rows.reduce((total, row) => total + ((row[field] as number | null) ?? 0), 0);

  beforeAll(async () => {
    executor = createExecutor('duckdb', ':memory:');
    await seedWarehouse(executor, { schema: SCHEMA, seed: 20260514, scale: 0.25, end: '2026-05-14' });
    // as the dashboard opens: every region, team, product, channel and plan, the first rep, the next deal of 25,000
    for (const name of ['region', 'team', 'product', 'channel', 'plan']) {
      selections.set(name, 'all');
    }
    const reps = await runQuery(
      resolveQuery(commissions.templating!.list!.find((v) => v.name === 'rep')!.query as ValuesQuery, selections),
      {
        executor,
        location: { schema: SCHEMA },
        range: { from: CLOCK.now - 365 * 86_400_000, to: CLOCK.now },
        currentTime: CLOCK.now,
        timeZone: CLOCK.timeZone,
        fiscalYearStartMonth: 1,
      }
    );
    selections.set('rep', [String(rowsOf(reps[0])[0].value)]);
    selections.set('deal', [String(commissions.templating!.list!.find((v) => v.name === 'deal')!.current!.value)]);
  }, 120_000);

  afterAll(async () => {
    await executor?.close?.();
  });

  it('pays the same in total by rep and by team, and the selected rep the same in the table, the figures and the curve', async () => {
    const [byRep] = await frames(commissions, 'Payout this quarter so far, by rep');
    const reps = rowsOf(byRep);
    expect(reps.length).toBeGreaterThan(5);
    const [byTeam] = await frames(commissions, 'Team payout against budget, this quarter');
    expect(sum(rowsOf(byTeam), 'payout')).toBeCloseTo(sum(reps, 'payout'), 6);
    expect(sum(reps, 'payout')).toBeGreaterThan(0);

    const rep = (selections.get('rep') as string[])[0];
    const mine = reps.filter((row) => row.rep_id === rep);
    expect(mine.length).toBeGreaterThan(0);
    const [figures] = await frames(commissions, 'Selected rep: earned this quarter so far');
    for (const field of ['earned', 'adjustments', 'payout']) {
      expect({ field, value: sum(rowsOf(figures), field) }).toEqual({
        field,
        value: expect.closeTo(sum(mine, field), 6),
      });
    }
    // the rep drill-down shows the same for the rep
    const [drillDown] = await frames(repDrillDown, 'Commission this quarter so far');
    expect(sum(rowsOf(drillDown), 'payout')).toBeCloseTo(sum(mine, 'payout'), 6);

    const curve = await frames(commissions, 'Selected rep: payout curve');
    const point = rowsOf(curve[1]).filter((row) => row.current_earned !== null);
    const first = rowsOf(curve[0])[0];
    if (first.attainment === null) {
      expect(point).toEqual([]);
    } else {
      expect(point).toHaveLength(1);
      expect(point[0].current_earned as number).toBeCloseTo(first.earned as number, 6);
    }

    const [next] = await frames(commissions, 'Selected rep: what the next deal pays');
    const pays = rowsOf(next).map((row) => row.next_deal_pays as number | null);
    expect(pays.length).toBeGreaterThan(0);
    expect(pays.every((value) => value === null || value >= 0)).toBe(true);
  });

  it('lists the adjustments whose sum the payouts carry', async () => {
    const [byRep, listed] = await frames(commissions, 'Adjustments this year so far');
    expect(rowsOf(listed).length).toBeGreaterThan(0);
    expect(sum(rowsOf(listed), 'amount')).toBeCloseTo(sum(rowsOf(byRep), 'adjustments'), 6);
  });
});
