import { act, fireEvent, screen, within } from '@testing-library/react';

import {
  manyRepsFrame,
  pacedScorecardFrame,
  panelFieldConfig,
  scorecardFrame,
  tableFrame,
  theme,
} from './testing/frames';
import { renderPanel } from './testing/renderPanel';

const rows = () => screen.queryAllByTestId('scorecard-row');
const cellsOf = (row: HTMLElement) => within(row).getAllByRole('cell');
const column = (label: string) =>
  screen.getAllByRole('columnheader').findIndex((h) => h.textContent?.replace(/[↑↓]/, '') === label);
/** The names in the entity column, top to bottom. */
const names = (entity = 'Rep') => rows().map((row) => cellsOf(row)[column(entity)].textContent);
const color = (name: string) => theme.visualization.getColorByName(name);

describe('the leaderboard of the scorecard frame', () => {
  it('lists the reps by rank; tied reps share a rank and the top three get medals', () => {
    renderPanel([scorecardFrame()]);
    expect(screen.getByRole('table', { name: 'Team leaderboard' })).toHaveAttribute('aria-rowcount', '6');
    expect(names()).toEqual(['Ana', 'Ben', 'Cai', 'Dee', 'Eve']);
    expect(screen.getAllByTestId('medal-1')).toHaveLength(1);
    // Ben and Cai tie on score: both are second, and the next rank is 4.
    expect(screen.getAllByTestId('medal-2')).toHaveLength(2);
    expect(screen.queryByTestId('medal-3')).not.toBeInTheDocument();
    expect(cellsOf(rows()[1])[0]).toHaveTextContent('Rank 2, top three');
    expect(cellsOf(rows()[3])[0]).toHaveTextContent(/^4$/);
    // Highlight is not by colour alone: the medal and the rank are in the text.
    expect(screen.getAllByText(/top three/)).toHaveLength(3);
  });

  it('shows rank changes with arrows, a new entry and no change', () => {
    renderPanel([scorecardFrame()]);
    const change = (i: number) => cellsOf(rows()[i])[1];
    expect(change(0)).toHaveTextContent('▲ 1');
    expect(change(0)).toHaveTextContent('Moved up 1');
    expect(change(1)).toHaveTextContent('▼ 1');
    expect(change(1)).toHaveTextContent('Moved down 1');
    expect(change(2)).toHaveTextContent('▲ 2');
    expect(change(3)).toHaveTextContent('New');
    expect(change(4)).toHaveTextContent('No change');
  });

  it('formats values with the field config and draws the score bar and sparkline', () => {
    renderPanel([scorecardFrame()]);
    const ana = cellsOf(rows()[0]);
    expect(ana[column('Bookings')]).toHaveTextContent('$120K');
    expect(ana[column('Score')]).toHaveTextContent('1.10');
    // Score bar from 0 to the best score (1.1): Dee's 0.7 fills 63.6 %.
    const bars = screen.getAllByTestId('score-bar');
    expect(bars[0]).toHaveStyle({ width: '100.0%' });
    expect(bars[3]).toHaveStyle({ width: '63.6%' });
    const sparkline = within(ana[column('Trend')]).getByTestId('sparkline');
    expect(sparkline).toHaveAttribute('aria-label', 'Bookings trend: $10 to $40');
    // Eve has no sparkline points: nothing is drawn.
    expect(within(cellsOf(rows()[4])[column('Trend')]).queryByTestId('sparkline')).not.toBeInTheDocument();
    // Eve has no bookings: the field's "no value" text.
    expect(cellsOf(rows()[4])[column('Bookings')]).toHaveTextContent('–');
  });

  it('colours % of target by the thresholds, inverted for lower-is-better metrics', () => {
    renderPanel([scorecardFrame()]);
    const headers = screen.getAllByRole('columnheader');
    const pctColumns = headers.flatMap((h, i) => (h.textContent === '% of target' ? [i] : []));
    const [bookingsPct, cyclePct] = pctColumns;
    const chip = (row: number, col: number) => cellsOf(rows()[row])[col].querySelector('[data-color]');
    // bookings (higher is better): 120 % green, 90 % orange, 95 % orange, 75 % red
    expect(chip(0, bookingsPct)).toHaveAttribute('data-color', color('green'));
    expect(chip(0, bookingsPct)).toHaveTextContent('120%');
    expect(chip(1, bookingsPct)).toHaveAttribute('data-color', color('orange'));
    expect(chip(2, bookingsPct)).toHaveAttribute('data-color', color('orange'));
    expect(chip(3, bookingsPct)).toHaveAttribute('data-color', color('red'));
    // cycle_days (lower is better), coloured on target ÷ actual:
    // 75 % → 1.33 green, 125 % → 0.8 red, 90 % → 1.11 green, 100 % → 1 green, 112.5 % → 0.89 red
    expect(chip(0, cyclePct)).toHaveAttribute('data-color', color('green'));
    expect(chip(1, cyclePct)).toHaveAttribute('data-color', color('red'));
    expect(chip(1, cyclePct)).toHaveTextContent('125%');
    expect(chip(2, cyclePct)).toHaveAttribute('data-color', color('green'));
    expect(chip(3, cyclePct)).toHaveAttribute('data-color', color('green'));
    expect(chip(4, cyclePct)).toHaveAttribute('data-color', color('red'));
  });

  it('never shows 100 % of target for a rep short of it, as the attainment gauges do not', () => {
    const frame = scorecardFrame();
    const pct = frame.fields.find((field) => field.name === 'bookings_pct_of_target')!;
    pct.values = [1.2, 0.9, 0.996, 0.75, null];
    renderPanel([frame]);
    const bookingsPct = screen.getAllByRole('columnheader').findIndex((h) => h.textContent === '% of target');
    const chip = (row: number) => cellsOf(rows()[row])[bookingsPct].querySelector('[data-color]');
    // the field's 0 decimals round 0.996 up to 100 %: shown as 99.6 %, the others whole
    expect(chip(0)).toHaveTextContent(/^120%$/);
    expect(chip(2)).toHaveTextContent(/^99.6%$/);
    expect(chip(3)).toHaveTextContent(/^75%$/);
  });

  describe('while the period runs, % of target is coloured by pace', () => {
    const pctChips = (metricColumn: number) =>
      rows().map((row) => cellsOf(row)[metricColumn].querySelector('[data-color]'));
    const pctColumns = () =>
      screen.getAllByRole('columnheader').flatMap((h, i) => (h.textContent === '% of target' ? [i] : []));

    it('48 % into the period: 75 % and 90 % of target are ahead of pace, green, and the legend says so', () => {
      renderPanel([pacedScorecardFrame(0.48)]);
      const [bookingsPct, cyclePct] = pctColumns();
      const chips = pctChips(bookingsPct);
      // Ana 120 % (pace 2.5), Ben 90 % (1.875), Cai 95 % (1.98), Dee 75 % (60,000 ÷ 38,400 = 1.5625): all
      // green, where % of target alone colours Ben and Cai orange and Dee red; Eve has no bookings
      expect(chips.slice(0, 4).map((chip) => chip?.getAttribute('data-color'))).toEqual(
        ['green', 'green', 'green', 'green'].map(color)
      );
      expect(chips[3]).toHaveTextContent('75%');
      expect(chips[3]).toHaveAttribute('title', '$60K of a $80K target; $38.4K expected by now, pace 156%');
      // a metric without pace keeps its % of target colours (cycle days: Ben's 125 % of a lower-is-better target)
      expect(pctChips(cyclePct)[1]).toHaveAttribute('data-color', color('red'));
      // the sales cycle's % of target keeps its colours: the legend names the metric coloured by pace
      expect(screen.getByTestId('scorecard-legend')).toHaveTextContent(
        'Colours of Bookings show pace: % of target against the 48% of the period gone'
      );
      expect(screen.getAllByRole('columnheader')[bookingsPct]).toHaveAttribute(
        'title',
        'Bookings, % of target, coloured by pace: actual ÷ expected by now'
      );
    });

    it('far into the period a shortfall is behind: 75 % of target at 90 % of the period is red', () => {
      renderPanel([pacedScorecardFrame(0.9)]);
      const chips = pctChips(pctColumns()[0]);
      // Dee: 60,000 ÷ 72,000 = 0.83 red; Ben: 90,000 ÷ 90,000 = 1 green
      expect(chips[3]).toHaveAttribute('data-color', color('red'));
      expect(chips[1]).toHaveAttribute('data-color', color('green'));
    });

    it('says "Colours show pace" alone when every % of target is coloured by pace', () => {
      const frame = pacedScorecardFrame(0.48);
      frame.fields = frame.fields.filter((field) => !field.name.startsWith('cycle_days_'));
      renderPanel([frame]);
      expect(screen.getByTestId('scorecard-legend')).toHaveTextContent(
        /^Colours show pace: % of target against the 48% of the period gone$/
      );
    });

    it('has no legend when the % of target column is hidden for lack of width', () => {
      // rank 76 + name 140 + score 100 + bookings 100 px fill 416 of 420 px: no room for the 84 px of % of target
      renderPanel([pacedScorecardFrame(0.48)], { width: 420 });
      expect(screen.queryAllByRole('columnheader').map((h) => h.textContent)).not.toContain('% of target');
      expect(screen.queryByTestId('scorecard-legend')).toBeNull();
    });

    it('once the period is over, colours by % of target without a legend', () => {
      renderPanel([pacedScorecardFrame(1)]);
      const chips = pctChips(pctColumns()[0]);
      expect(chips.slice(0, 4).map((chip) => chip?.getAttribute('data-color'))).toEqual(
        ['green', 'orange', 'orange', 'red'].map(color)
      );
      expect(screen.queryByTestId('scorecard-legend')).toBeNull();
    });

    it('leaves a row uncoloured when the period has not begun (nothing expected yet)', () => {
      renderPanel([pacedScorecardFrame(0)]);
      const chips = pctChips(pctColumns()[0]);
      expect(chips[0]).toHaveAttribute('data-color', theme.colors.background.secondary);
      expect(screen.getByTestId('scorecard-legend')).toHaveTextContent('against the 0% of the period gone');
    });
  });

  it('follows threshold overrides set on a % of target field', () => {
    renderPanel([scorecardFrame()], {
      fieldConfig: panelFieldConfig({
        overrides: [
          {
            matcher: { id: 'byName', options: 'bookings_pct_of_target' },
            properties: [
              {
                id: 'thresholds',
                value: {
                  mode: 'absolute',
                  steps: [
                    { value: -Infinity, color: 'purple' },
                    { value: 0.7, color: 'blue' },
                  ],
                },
              },
            ],
          },
        ],
      }),
    });
    const bookingsPct = screen.getAllByRole('columnheader').findIndex((h) => h.textContent === '% of target');
    expect(cellsOf(rows()[3])[bookingsPct].querySelector('[data-color]')).toHaveAttribute('data-color', color('blue'));
  });

  it('handles missing targets: no column for a metric without any, "No target" for a row without one', () => {
    const frame = scorecardFrame();
    frame.fields.find((f) => f.name === 'bookings_target')!.values[3] = null;
    frame.fields.find((f) => f.name === 'bookings_pct_of_target')!.values[3] = null;
    renderPanel([frame]);
    // win_rate has no target in any row: its % of target column is left out.
    expect(screen.getAllByRole('columnheader').filter((h) => h.textContent === '% of target')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: /Win rate, % of target/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Bookings, % of target/ })).toBeInTheDocument();
    const bookingsPct = screen.getAllByRole('columnheader').findIndex((h) => h.textContent === '% of target');
    expect(cellsOf(rows()[3])[bookingsPct]).toHaveTextContent('No target');
    expect(cellsOf(rows()[3])[bookingsPct].querySelector('[data-color]')).toBeNull();
    // Eve has a target but no bookings: no value rather than "No target".
    expect(cellsOf(rows()[4])[bookingsPct]).not.toHaveTextContent('No target');
  });
});

describe('sorting', () => {
  it('sorts by any column from its header, best first, then reversed', () => {
    renderPanel([scorecardFrame()]);
    const bookings = screen.getByRole('button', { name: 'Sort by Bookings' });
    fireEvent.click(bookings);
    expect(names()).toEqual(['Ana', 'Cai', 'Ben', 'Dee', 'Eve']);
    expect(screen.getAllByRole('columnheader')[column('Bookings')]).toHaveAttribute('aria-sort', 'descending');
    fireEvent.click(screen.getByRole('button', { name: /^Bookings, sorted descending/ }));
    // Eve has no bookings: last in both orders.
    expect(names()).toEqual(['Dee', 'Ben', 'Cai', 'Ana', 'Eve']);
    expect(screen.getAllByRole('columnheader')[column('Bookings')]).toHaveAttribute('aria-sort', 'ascending');
    // Lower is better for the sales cycle: best first is ascending.
    fireEvent.click(screen.getByRole('button', { name: 'Sort by Sales cycle' }));
    expect(names()).toEqual(['Ana', 'Cai', 'Dee', 'Eve', 'Ben']);
    fireEvent.click(screen.getByRole('button', { name: 'Sort by Rep' }));
    expect(names()).toEqual(['Ana', 'Ben', 'Cai', 'Dee', 'Eve']);
    // Ranks stay the data source's, whatever the order.
    fireEvent.click(screen.getByRole('button', { name: 'Sort by Rank change' }));
    expect(names()).toEqual(['Cai', 'Ana', 'Eve', 'Ben', 'Dee']);
    expect(screen.getAllByTestId('medal-2')).toHaveLength(2);
  });

  it('has headers a keyboard reaches: real buttons with a name that says the sort', () => {
    renderPanel([scorecardFrame()]);
    const rank = screen.getByRole('button', { name: /^Rank, sorted ascending/ });
    act(() => rank.focus());
    expect(rank).toHaveFocus();
    expect(rank.tagName).toBe('BUTTON');
    // The trend column cannot be sorted: it is no button.
    expect(screen.queryByRole('button', { name: /trend/ })).not.toBeInTheDocument();
  });

  it('starts from the sort in the options', () => {
    renderPanel([scorecardFrame()], { options: { sortBy: 'pct:cycle_days', sortOrder: 'auto' } });
    expect(names()).toEqual(['Ana', 'Cai', 'Dee', 'Eve', 'Ben']);
  });

  it('ranks a table frame by the sort column', () => {
    renderPanel([tableFrame()]);
    // Ranked by bookings (the first metric): South and East tie on 700.
    expect(names('team')).toEqual(['East', 'South', 'North', 'West']);
    // (each medal's text is the rank on the medal, then what a screen reader says)
    expect(rows().map((r) => cellsOf(r)[0].textContent)).toEqual([
      '1Rank 1, top three',
      '1Rank 1, top three',
      '3Rank 3, top three',
      '–Not ranked',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Sort by overdue_days' }));
    // Higher is better unless the field config says otherwise: 12, 8, 3, 3.
    expect(names('team')).toEqual(['North', 'East', 'South', 'West']);
    expect(rows().map((r) => cellsOf(r)[0].textContent)).toEqual([
      '1Rank 1, top three',
      '2Rank 2, top three',
      '3Rank 3, top three',
      '3Rank 3, top three',
    ]);
  });
});

describe('wide lists', () => {
  it('renders only the rows in view of 2,000 and the next ones as it scrolls', () => {
    renderPanel([manyRepsFrame(2000)], { height: 400 });
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '2001');
    // 364 px of list / 40 px rows: about 10 rows, plus a few rendered ahead.
    expect(rows().length).toBeGreaterThanOrEqual(9);
    expect(rows().length).toBeLessThanOrEqual(20);
    expect(screen.getByText('Rep 1')).toBeInTheDocument();
    expect(screen.queryByText('Rep 2000')).not.toBeInTheDocument();

    const list = screen.getByRole('rowgroup');
    act(() => {
      list.scrollTop = 1000 * 40;
      fireEvent.scroll(list);
    });
    expect(screen.getByText('Rep 1001')).toBeInTheDocument();
    expect(screen.queryByText('Rep 1')).not.toBeInTheDocument();
    expect(rows().length).toBeLessThanOrEqual(20);
    const rendered = rows().map((r) => Number(r.getAttribute('aria-rowindex')));
    expect(rendered).toContain(1002);
  });

  it('drops columns on a narrow panel and says how many', () => {
    renderPanel([scorecardFrame()], { width: 520 });
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Rank↑',
      'Rep',
      'Score',
      'Bookings',
      '% of target',
    ]);
    expect(screen.getByText('Columns hidden for lack of width: 5')).toBeInTheDocument();
  });

  it('makes rows and text large in wall size', () => {
    renderPanel([scorecardFrame()], { options: { rowSize: 'wall' }, width: 1920, height: 1000 });
    expect(rows()[0]).toHaveStyle({ height: '80px' });
  });
});

describe('data links', () => {
  const drillDown = (field: string) =>
    panelFieldConfig({
      overrides: [
        {
          matcher: { id: 'byName', options: field },
          properties: [
            {
              id: 'links',
              value: [{ title: 'Rep details', url: '/d/rep-detail/rep?var-rep=${__data.fields.rep_id}' }],
            },
          ],
        },
      ],
    });

  it('links each name to its own row, whatever the sort', () => {
    renderPanel([scorecardFrame()], { fieldConfig: drillDown('rep') });
    expect(screen.getByRole('link', { name: 'Ana' })).toHaveAttribute('href', '/d/rep-detail/rep?var-rep=r1');
    fireEvent.click(screen.getByRole('button', { name: 'Sort by Rep' }));
    fireEvent.click(screen.getByRole('button', { name: /^Rep, sorted ascending/ }));
    expect(names()[0]).toBe('Eve');
    const first = within(cellsOf(rows()[0])[2]).getByRole('link');
    expect(first).toHaveAttribute('href', '/d/rep-detail/rep?var-rep=r%205');
    expect(first).toHaveAttribute('title', 'Rep details');
  });

  it('uses the links of rep_id when the name field has none', () => {
    renderPanel([scorecardFrame()], { fieldConfig: drillDown('rep_id') });
    expect(screen.getByRole('link', { name: 'Cai' })).toHaveAttribute('href', '/d/rep-detail/rep?var-rep=r3');
  });

  it('shows plain names without links', () => {
    renderPanel([scorecardFrame()]);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});

describe('wall-display paging', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  // header 36 + footer 32 + 10 rows of 40 px
  const tenRows = 36 + 32 + 10 * 40;
  const firstName = () => names('rep')[0];

  it('advances a page every interval and wraps around', () => {
    renderPanel([manyRepsFrame(30)], { options: { autoAdvance: 'page', advanceIntervalSeconds: 5 }, height: tenRows });
    expect(screen.getByTestId('scorecard-page')).toHaveTextContent('Page 1 / 3');
    expect(rows()).toHaveLength(10);
    expect(firstName()).toBe('Rep 1');
    act(() => jest.advanceTimersByTime(4999));
    expect(firstName()).toBe('Rep 1');
    act(() => jest.advanceTimersByTime(1));
    expect(screen.getByTestId('scorecard-page')).toHaveTextContent('Page 2 / 3');
    expect(firstName()).toBe('Rep 11');
    expect(rows()[0]).toHaveAttribute('aria-rowindex', '12');
    act(() => jest.advanceTimersByTime(5000));
    expect(firstName()).toBe('Rep 21');
    act(() => jest.advanceTimersByTime(5000));
    expect(screen.getByTestId('scorecard-page')).toHaveTextContent('Page 1 / 3');
    expect(firstName()).toBe('Rep 1');
  });

  it('pauses while pointed at, and with the pause button; the arrows page by hand', () => {
    renderPanel([manyRepsFrame(30)], { options: { autoAdvance: 'page', advanceIntervalSeconds: 5 }, height: tenRows });
    const table = screen.getByRole('table');
    fireEvent.mouseEnter(table);
    act(() => jest.advanceTimersByTime(20000));
    expect(firstName()).toBe('Rep 1');
    fireEvent.mouseLeave(table);
    act(() => jest.advanceTimersByTime(5000));
    expect(firstName()).toBe('Rep 11');

    fireEvent.click(screen.getByRole('button', { name: 'Pause paging' }));
    act(() => jest.advanceTimersByTime(20000));
    expect(firstName()).toBe('Rep 11');
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(firstName()).toBe('Rep 21');
    fireEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    fireEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(firstName()).toBe('Rep 1');
    fireEvent.click(screen.getByRole('button', { name: 'Resume paging' }));
    act(() => jest.advanceTimersByTime(5000));
    expect(firstName()).toBe('Rep 11');
  });

  it('does not page when everything fits', () => {
    renderPanel([scorecardFrame()], { options: { autoAdvance: 'page', advanceIntervalSeconds: 5 }, height: tenRows });
    expect(screen.getByTestId('scorecard-page')).toHaveTextContent('Page 1 / 1');
    act(() => jest.advanceTimersByTime(20000));
    expect(names()).toEqual(['Ana', 'Ben', 'Cai', 'Dee', 'Eve']);
  });

  it('scrolls the whole list a page at a time in scroll mode', () => {
    // jsdom has no Element.scrollTo; a browser's sets the offset and fires a scroll event.
    const scrollTo = jest.fn(function (this: Element, options?: ScrollToOptions | number) {
      this.scrollTop = (options as ScrollToOptions).top ?? 0;
      this.dispatchEvent(new Event('scroll'));
    });
    Object.defineProperty(Element.prototype, 'scrollTo', { value: scrollTo, configurable: true, writable: true });
    renderPanel([manyRepsFrame(30)], {
      options: { autoAdvance: 'scroll', advanceIntervalSeconds: 5 },
      height: tenRows,
    });
    const list = screen.getByRole('rowgroup');
    expect(rows().length).toBeGreaterThan(10);
    act(() => jest.advanceTimersByTime(5000));
    expect(scrollTo).toHaveBeenLastCalledWith(expect.objectContaining({ top: 400 }));
    expect(list.scrollTop).toBe(400);
    expect(screen.getByTestId('scorecard-page')).toHaveTextContent('Page 2 / 3');
    expect(screen.getByText('Rep 11')).toBeInTheDocument();
    expect(screen.queryByText('Rep 1')).not.toBeInTheDocument();
    // The last page: the list cannot scroll row 21 to the top, the end is in view.
    act(() => jest.advanceTimersByTime(5000));
    expect(list.scrollTop).toBe(800);
    expect(screen.getByTestId('scorecard-page')).toHaveTextContent('Page 3 / 3');
    act(() => jest.advanceTimersByTime(5000));
    expect(list.scrollTop).toBe(0);
    expect(screen.getByTestId('scorecard-page')).toHaveTextContent('Page 1 / 3');
    delete (Element.prototype as Partial<Element>).scrollTo;
  });
});

describe('bad input', () => {
  it('names what is missing when no field can name the entities', () => {
    const frame = scorecardFrame();
    frame.meta = undefined;
    frame.fields = frame.fields.filter((f) => f.type === 'number');
    renderPanel([frame]);
    expect(
      screen.getByText(/The leaderboard needs a text field naming each rep, team or region, but frame "A" has none/)
    ).toBeInTheDocument();
  });

  it('shows warnings about the data under the list', () => {
    const frame = scorecardFrame();
    (frame.meta!.custom!.metrics as unknown[]).push({ id: 'visits_completed', weight: 1 });
    renderPanel([frame]);
    expect(screen.getByTestId('scorecard-warnings')).toHaveTextContent(
      'Metric "visits_completed" is listed in the frame\'s metadata but has no number field; its column is left out.'
    );
  });
});
