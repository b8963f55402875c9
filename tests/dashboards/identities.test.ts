import type { DataFrameJSON } from '../../src/sales/types';
import {
  CLOCK,
  column,
  type DemoWarehouse,
  openDemoWarehouse,
  panelFrames,
  type PickedRange,
  pickedRange,
  selectVariables,
} from './lib/demo';
import { type Dashboard, dataPanels, type Panel, readCommittedDashboards } from './lib/model';
import type { Selection } from './lib/resolve';

/**
 * Same words, same number: figures the bundled dashboards show under the same name agree, panel with
 * panel and dashboard with dashboard. Each side is a panel's own query, run through the engine as
 * Grafana sends it (its range, its variables) on the demo warehouse, with every region and with one.
 */

const FILES = {
  wall: 'executive-wall.json',
  manager: 'sales-manager.json',
  rep: 'rep-drill-down.json',
  pipeline: 'pipeline-and-funnel.json',
  targets: 'targets-and-forecast.json',
  customers: 'customers-and-collections.json',
} as const;
type Board = keyof typeof FILES;

const committed = readCommittedDashboards();
const dashboardOf = (board: Board): Dashboard => committed.find((entry) => entry.file === FILES[board])!.json;

function panelTitled(board: Board, title: string): Panel {
  const panels = dataPanels(dashboardOf(board));
  const panel = panels.find((candidate) => candidate.title === title);
  if (!panel) {
    throw new Error(`${FILES[board]} has no panel "${title}": ${panels.map((p) => `"${p.title}"`).join(', ')}`);
  }
  return panel;
}

/** Equal up to floating-point summation (sums of money in a different order). */
function expectSame(actual: number, expected: number, what: string): void {
  const tolerance = 1e-9 * Math.max(1, Math.abs(expected));
  if (!(Math.abs(actual - expected) <= tolerance)) {
    throw new Error(`${what}: ${actual} ≠ ${expected}`);
  }
}

const numbers = (values: unknown[]) => values.map((value) => (value === null ? 0 : Number(value)));
const sum = (values: unknown[]) => numbers(values).reduce((total, value) => total + value, 0);

interface Filters {
  name: string;
  /** a region to narrow every dashboard to, or none (All) */
  region: (regions: string[]) => string[] | undefined;
}

const FILTERS: Filters[] = [
  { name: 'every region', region: () => undefined },
  { name: 'one region', region: (regions) => regions.slice(0, 1) },
];

describe.each(FILTERS)('same words, same number, with $name', ({ region }) => {
  let demo: DemoWarehouse;
  const selections = new Map<Board, Map<string, Selection>>();
  /** the reps the rep drill-down offers under the chosen region, each with its selections */
  let repSelections: Array<Map<string, Selection>>;

  beforeAll(async () => {
    demo = await openDemoWarehouse();
    for (const board of Object.keys(FILES) as Board[]) {
      const { selections: chosen, offered } = await selectVariables(
        demo,
        dashboardOf(board),
        (name, values, includeAll) => {
          const narrowed = name === 'region' ? region(values) : undefined;
          return narrowed ?? (includeAll ? 'all' : values.slice(0, 1));
        }
      );
      selections.set(board, chosen);
      if (board === 'rep') {
        repSelections = offered.get('rep')!.map((rep) => new Map([...chosen, ['rep', [rep]]]));
      }
    }
  }, 120_000);

  afterAll(async () => {
    await demo?.close();
  });

  /** Every frame a panel's targets return (with the rep drill-down's selections when given). */
  async function framesOf(
    board: Board,
    title: string,
    options: { chosen?: Map<string, Selection>; range?: PickedRange; refId?: string } = {}
  ): Promise<DataFrameJSON[]> {
    const dashboard = dashboardOf(board);
    const panel = panelTitled(board, title);
    const results = await panelFrames(
      demo,
      dashboard,
      panel,
      options.chosen ?? selections.get(board)!,
      options.range ?? pickedRange(dashboard, panel)
    );
    return results.filter((result) => !options.refId || result.refId === options.refId).flatMap((r) => r.frames);
  }

  /** The sum of a field over every row of every frame of a panel: a stat's one value, a table's total. */
  async function total(
    board: Board,
    title: string,
    field: string,
    options?: Parameters<typeof framesOf>[2]
  ): Promise<number> {
    const frames = (await framesOf(board, title, options)).filter((frame) =>
      frame.schema.fields.some((candidate) => candidate.name === field)
    );
    if (frames.length === 0) {
      throw new Error(`"${title}" of ${FILES[board]} has no field ${field}`);
    }
    return sum(frames.flatMap((frame) => column(frame, field)));
  }

  /** The sum over every rep the rep drill-down offers of a field of one of its panels. */
  async function overReps(title: string, field: string, range?: PickedRange): Promise<number> {
    let result = 0;
    for (const chosen of repSelections) {
      result += await total('rep', title, field, { chosen, range });
    }
    return result;
  }

  it('open pipeline: the key figure = Σ by forecast category = Σ of the funnel by stage = Σ by rep', async () => {
    const stat = await total('pipeline', 'Open pipeline closing this quarter', 'open_pipeline');
    expect(stat).toBeGreaterThan(0);
    expectSame(
      await total('pipeline', 'Open pipeline closing this quarter, by forecast category', 'open_pipeline'),
      stat,
      'by forecast category'
    );
    expectSame(await total('pipeline', 'Open pipeline closing this quarter, by stage', 'amount'), stat, 'by stage');
    expectSame(
      await total('manager', 'Stale open deals and open pipeline by rep', 'open_pipeline'),
      stat,
      'the manager’s open pipeline by rep'
    );
    expectSame(
      await overReps('Open pipeline closing this quarter, by stage', 'amount'),
      stat,
      'the rep drill-down’s open pipeline by stage, over every rep'
    );
  });

  it('open deals and weighted pipeline: the funnel by stage = the figures of the same name', async () => {
    expectSame(
      await total('pipeline', 'Open pipeline closing this quarter, by stage', 'count'),
      await total('manager', 'Stale open deals and open pipeline by rep', 'open_deals'),
      'open deals by stage and by rep'
    );
    expectSame(
      await total('pipeline', 'Open pipeline closing this quarter, by stage', 'weighted_amount'),
      await total('pipeline', 'Weighted, closing this quarter', 'weighted_pipeline'),
      'weighted amount by stage and the weighted pipeline'
    );
  });

  it('commit and best case: the key figures = their rows of the forecast categories', async () => {
    const [byCategory] = await framesOf('pipeline', 'Open pipeline closing this quarter, by forecast category');
    const categories = column(byCategory, 'forecast_category');
    const amount = (category: string) =>
      sum(column(byCategory, 'open_pipeline').filter((_, i) => categories[i] === category));
    expectSame(await total('pipeline', 'Commit, closing this quarter', 'commit_pipeline'), amount('commit'), 'commit');
    expectSame(
      await total('pipeline', 'Best case, closing this quarter', 'best_case_pipeline'),
      amount('best_case'),
      'best case'
    );
  });

  it('bookings this quarter: every panel saying so, by region, team, tier, rep and month', async () => {
    const stat = await total('wall', 'Bookings this quarter', 'bookings');
    expect(stat).toBeGreaterThan(0);
    const same = async (board: Board, title: string, field: string) =>
      expectSame(await total(board, title, field), stat, `${FILES[board]} "${title}" ${field}`);
    await same('wall', 'Bookings against this quarter’s target', 'actual');
    await same('wall', 'Bookings against target by region', 'actual');
    await same('manager', 'Bookings this quarter', 'bookings');
    await same('manager', 'Reps this quarter: scorecard', 'bookings');
    await same('manager', 'Bookings against target by rep', 'actual');
    await same('targets', 'This quarter: bookings against target by region', 'actual');
    await same('targets', 'This quarter: bookings against target by team', 'actual');
    await same('customers', 'Customers and deals this quarter, by tier', 'bookings');
    expectSame(await overReps('This quarter so far', 'bookings'), stat, 'the rep drill-down, over every rep');
    // the monthly series over the same range as the key figure
    const range = pickedRange(dashboardOf('wall'), panelTitled('wall', 'Bookings this quarter'));
    expectSame(
      await overReps('Bookings by month, last 13 months', 'bookings', range),
      stat,
      'the rep drill-down’s monthly bookings over this quarter, over every rep'
    );
  });

  it('won deals this quarter: the wall = Σ of the rep drill-down’s over every rep', async () => {
    const stat = await total('wall', 'Won deals this quarter', 'won_deals');
    expect(stat).toBeGreaterThan(0);
    expectSame(await overReps('This quarter so far', 'won_deals'), stat, 'won deals over every rep');
  });

  it('stale open deals: the pipeline’s = the manager’s = Σ by rep', async () => {
    const stat = await total('pipeline', 'Stale open deals', 'stale_deals');
    expectSame(await total('manager', 'Stale open deals', 'stale_deals'), stat, 'the manager’s key figure');
    expectSame(
      await total('manager', 'Stale open deals and open pipeline by rep', 'stale_deals'),
      stat,
      'stale open deals by rep'
    );
  });

  it('pipeline created this quarter: the key figure = Σ of the weekly series over the weeks it counts', async () => {
    const [frame] = await framesOf('pipeline', 'Pipeline created this quarter');
    const stat = sum(column(frame, 'pipeline_created'));
    expect(stat).toBeGreaterThan(0);
    // the key figure counts to now (compareToDate); the demo, loaded to the end of its last day, holds
    // deals created after its "now" of 15:00, which the current week's bar would count
    const [counted] = (frame.schema.meta?.custom as { periods: Array<{ from: number; countedTo: number }> }).periods;
    const dashboard = dashboardOf('pipeline');
    const weekly = panelTitled('pipeline', 'Pipeline created this quarter, by week');
    expectSame(
      await total('pipeline', weekly.title!, 'pipeline_created', {
        range: { ...pickedRange(dashboard, weekly), from: counted.from, to: counted.countedTo },
      }),
      stat,
      'Σ of the weeks'
    );
  });

  it('customers this quarter: the key figures = Σ by tier', async () => {
    const newCustomers = await total('customers', 'New customers this quarter', 'new_customers');
    expectSame(await total('wall', 'New customers this quarter', 'new_customers'), newCustomers, 'the wall’s');
    expectSame(
      await total('customers', 'Customers and deals this quarter, by tier', 'new_customers'),
      newCustomers,
      'new customers by tier'
    );
    expectSame(
      await total('customers', 'Customers and deals this quarter, by tier', 'active_customers'),
      await total('customers', 'Active customers this quarter', 'active_customers'),
      'active customers by tier'
    );
  });

  it('overdue receivables: the key figure = Σ by team', async () => {
    const stat = await total('customers', 'Overdue receivables', 'overdue_receivables');
    expect(stat).toBeGreaterThan(0);
    expectSame(await total('customers', 'Overdue receivables by team', 'overdue_receivables'), stat, 'by team');
  });

  it('collections this quarter: the wall’s key figure = Σ of this quarter’s months of both monthly series', async () => {
    const stat = await total('wall', 'Collections this quarter', 'collections');
    expect(stat).toBeGreaterThan(0);
    const quarterStart = pickedRange(dashboardOf('wall'), panelTitled('wall', 'Collections this quarter')).from;
    for (const board of ['wall', 'customers'] as const) {
      const frames = await framesOf(board, 'Collections by month, last 13 months');
      const months = frames.flatMap((frame) =>
        column(frame, 'time').map((time, index) => ({ time: Number(time), value: column(frame, 'collections')[index] }))
      );
      expectSame(
        sum(months.filter((month) => month.time >= quarterStart).map((month) => month.value)),
        stat,
        `${FILES[board]}: this quarter’s months`
      );
    }
  });

  it('leads in the public pool: the figure = Σ by source', async () => {
    expectSame(
      await total('manager', 'Leads in the public pool now, by source', 'pool_leads'),
      await total('manager', 'Leads in the public pool now', 'pool_leads'),
      'pool leads by source'
    );
  });

  it('the visit plan: the manager’s by rep = the rep drill-down’s over every rep; a rep’s visits done = its visits target’s actual', async () => {
    for (const field of ['visits_planned', 'visits_completed']) {
      expectSame(
        await overReps('Visit plan this quarter', field),
        await total('manager', 'Visit plan by rep, this quarter', field),
        field
      );
    }
    for (const chosen of repSelections.slice(0, 3)) {
      expectSame(
        await total('rep', 'Against this quarter’s targets', 'actual', { chosen, refId: 'D' }),
        await total('rep', 'Visit plan this quarter', 'visits_completed', { chosen }),
        `visits done of rep ${String(chosen.get('rep'))}`
      );
    }
  });

  it('pace: the manager’s = the calendar-day pace of the targets dashboard', async () => {
    expectSame(
      await total('targets', 'Pace this quarter, by pacing method', 'pace', { refId: 'A' }),
      await total('manager', 'Bookings vs quarter target', 'pace'),
      'pace'
    );
  });

  it('the pipeline forecast = bookings so far + commit + best case, as its description says', async () => {
    const frames = await framesOf('wall', 'Bookings this quarter: target and forecasts', { refId: 'B' });
    const forecast = frames.find((frame) => frame.schema.meta?.custom?.kind === 'forecast')!;
    const quarterStart = pickedRange(dashboardOf('wall'), panelTitled('wall', 'Bookings this quarter')).from;
    const times = column(forecast, 'time').map(Number);
    const thisQuarter = column(forecast, 'forecast')[times.indexOf(quarterStart)];
    expectSame(
      Number(thisQuarter),
      (await total('wall', 'Bookings this quarter', 'bookings')) +
        (await total('pipeline', 'Commit, closing this quarter', 'commit_pipeline')) +
        (await total('pipeline', 'Best case, closing this quarter', 'best_case_pipeline')),
      'the pipeline call'
    );
    expect(CLOCK.now).toBeGreaterThan(quarterStart);
  });
});
