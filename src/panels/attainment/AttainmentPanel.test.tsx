import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';

import { type FieldConfigSource, ThresholdsMode } from '@grafana/data';

import { attainmentFrame, darkTheme, frameOf, lightTheme, withPeriod } from './testing/frames';
import { renderPanel } from './testing/renderPanel';
import { standInResizeObserver } from '../shared/testing/resizeObserver';

standInResizeObserver();

const gauges = () => screen.getAllByTestId('attainment-gauge');
const textOf = (gauge: HTMLElement, testId: string) => within(gauge).queryByTestId(testId)?.textContent ?? null;
const fillOf = (gauge: HTMLElement) => within(gauge).getByTestId('attainment-fill').getAttribute('fill');

/** actual 100, 99, 90, 89 of 100: on track at 1.0 exactly, cautioned just below and at 0.9, off track below. */
const thresholdFrame = () =>
  frameOf([
    { name: 'rep', values: ['At 100', 'At 99', 'At 90', 'At 89'] },
    { name: 'actual', values: [100, 99, 90, 89] },
    { name: 'target', values: [100, 100, 100, 100] },
  ]);

describe('AttainmentPanel', () => {
  it("draws one gauge per row with attainment, actual, target, status and sub-labels from the data source's frame", () => {
    renderPanel([attainmentFrame()]);
    const [alice, bob, carol] = gauges();
    expect(gauges()).toHaveLength(3);
    expect(screen.getByRole('img', { name: 'Bob: 45% of target, $45K of $100K, Cautioned' })).toBeInTheDocument();
    expect(textOf(bob, 'attainment-headline')).toBe('45%');
    expect(textOf(bob, 'attainment-actual')).toBe('$45K');
    expect(textOf(bob, 'attainment-target')).toBe('of $100K');
    expect(textOf(bob, 'attainment-status')).toBe('! Cautioned');
    expect(textOf(bob, 'attainment-daysLeft')).toBe('Days left: 15');
    expect(textOf(bob, 'attainment-neededPerDay')).toBe('Needed per day: $3.67K');
    expect(textOf(alice, 'attainment-headline')).toBe('120%');
    expect(textOf(alice, 'attainment-status')).toBe('✓ On track');
    expect(textOf(alice, 'attainment-neededPerDay')).toBe('Target reached');
    expect(textOf(carol, 'attainment-headline')).toBe('38%');
    expect(textOf(carol, 'attainment-status')).toBe('✕ Off track');
    // the pace marker and the projection are drawn
    expect(within(bob).getByTestId('attainment-pace')).toBeInTheDocument();
    expect(within(bob).getByTestId('attainment-projection')).toBeInTheDocument();
  });

  describe("with the frame's period (this month, now = May 14, 2026)", () => {
    beforeEach(() => {
      jest.spyOn(Date, 'now').mockReturnValue(Date.UTC(2026, 4, 14, 15));
    });
    afterEach(() => {
      jest.restoreAllMocks();
    });
    const may = (frame: ReturnType<typeof frameOf>) =>
      withPeriod(frame, 'month', Date.UTC(2026, 4, 1), Date.UTC(2026, 5, 1));

    it("says the target, days left and summary are the whole month's, and the tooltip names the month", async () => {
      renderPanel([may(attainmentFrame())]);
      const [alice, bob] = gauges();
      expect(
        screen.getByRole('img', { name: 'Bob: 45% of target, $45K of $100K this month, Cautioned' })
      ).toBeInTheDocument();
      expect(textOf(bob, 'attainment-target')).toBe('of $100K this month');
      expect(textOf(bob, 'attainment-daysLeft')).toBe('Days left this month: 15');
      expect(textOf(alice, 'attainment-neededPerDay')).toBe('Target reached');
      act(() => bob.focus());
      const tooltip = await screen.findByRole('tooltip');
      expect(within(tooltip).getByRole('row', { name: /Target period/ })).toHaveTextContent('Target periodMay 2026');
    });

    it('shows counts as whole numbers and what is still needed, never "Needed per day: 0.0"', () => {
      renderPanel([
        may(
          frameOf([
            { name: 'region', values: ['East', 'West'] },
            { name: 'actual', values: [2, 5], unit: 'none', decimals: 1 },
            { name: 'target', values: [3, 4], unit: 'none', decimals: 1 },
            { name: 'required_run_rate', values: [1 / 17, 0], unit: 'none', decimals: 1 },
            { name: 'remaining_days', values: [17, 17], decimals: 1 },
          ])
        ),
      ]);
      const [east, west] = gauges();
      expect(textOf(east, 'attainment-actual')).toBe('2');
      expect(textOf(east, 'attainment-target')).toBe('of 3 this month');
      expect(textOf(east, 'attainment-neededPerDay')).toBe('Still needed: 1');
      expect(textOf(west, 'attainment-target')).toBe('of 4 this month');
      expect(textOf(west, 'attainment-neededPerDay')).toBe('Target reached');
      expect(screen.queryByText(/0\.0|\d\.0 of/)).toBeNull();
    });
  });

  it.each([
    ['dark', darkTheme],
    ['light', lightTheme],
  ])('colours and labels the status at both thresholds (%s theme)', (_mode, theme) => {
    renderPanel([thresholdFrame()], { theme });
    const all = gauges();
    expect(all.map((g) => textOf(g, 'attainment-status'))).toEqual([
      '✓ On track',
      '! Cautioned',
      '! Cautioned',
      '✕ Off track',
    ]);
    expect(all.map(fillOf)).toEqual([
      theme.colors.success.main,
      theme.colors.warning.main,
      theme.colors.warning.main,
      theme.colors.error.main,
    ]);
  });

  it('moves the statuses with configured thresholds', () => {
    renderPanel([thresholdFrame()], { options: { onTrackThreshold: 0.99, cautionedThreshold: 0.95 } });
    expect(gauges().map((g) => textOf(g, 'attainment-status'))).toEqual([
      '✓ On track',
      '✓ On track',
      '✕ Off track',
      '✕ Off track',
    ]);
  });

  it('colours by the field thresholds when asked, keeping the status label', () => {
    const fieldConfig: FieldConfigSource = {
      defaults: {
        thresholds: {
          mode: ThresholdsMode.Percentage,
          steps: [
            { value: -Infinity, color: 'purple' },
            { value: 95, color: 'blue' },
          ],
        },
      },
      overrides: [],
    };
    renderPanel([thresholdFrame()], { fieldConfig, options: { colorBy: 'thresholds' } });
    const blue = darkTheme.visualization.getColorByName('blue');
    const purple = darkTheme.visualization.getColorByName('purple');
    expect(gauges().map(fillOf)).toEqual([blue, blue, purple, purple]);
    expect(textOf(gauges()[2], 'attainment-status')).toBe('! Cautioned');
  });

  it.each(['arc', 'bullet'] as const)(
    'shows "No target" and the actual for a missing or zero target, never NaN or Infinity (%s)',
    (gaugeStyle) => {
      const { container } = renderPanel(
        [
          frameOf([
            { name: 'rep', values: ['Missing', 'Zero'] },
            { name: 'actual', values: [5000, 5000], unit: 'currencyUSD' },
            { name: 'target', values: [null, 0], unit: 'currencyUSD' },
            { name: 'expected_to_date', values: [0, 0] },
            { name: 'remaining_days', values: [3, 3] },
          ]),
        ],
        { options: { gaugeStyle } }
      );
      for (const gauge of gauges()) {
        expect(within(gauge).queryByTestId('attainment-target-line')).toBeNull();
        expect(textOf(gauge, 'attainment-headline')).toBe('$5K');
        expect(textOf(gauge, 'attainment-status')).toBe('– No target');
        expect(within(gauge).queryByTestId('attainment-fill')).toBeNull();
        expect(within(gauge).queryByTestId('attainment-target')).toBeNull();
      }
      expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
    }
  );

  it('draws attainment above 100 % on the outer ring, striped', () => {
    renderPanel([
      frameOf([
        { name: 'actual', values: [135] },
        { name: 'target', values: [100] },
      ]),
    ]);
    const [gauge] = gauges();
    expect(textOf(gauge, 'attainment-headline')).toBe('135%');
    const over = within(gauge).getByTestId('attainment-over');
    expect(over.getAttribute('fill')).toMatch(/^url\(#attainment-over-/);
    expect(
      gauge.querySelector(
        over
          .getAttribute('fill')!
          .slice(4, -1)
          .replace(/([^\w#-])/g, '\\$1')
      )
    ).not.toBeNull();
  });

  it('draws the excess of a bullet gauge past the target line', () => {
    renderPanel(
      [
        frameOf([
          { name: 'actual', values: [135] },
          { name: 'target', values: [100] },
        ]),
      ],
      {
        options: { gaugeStyle: 'bullet' },
      }
    );
    const [gauge] = gauges();
    const targetX = Number(within(gauge).getByTestId('attainment-target-line').getAttribute('x1'));
    expect(Number(within(gauge).getByTestId('attainment-over').getAttribute('x'))).toBeCloseTo(targetX, 6);
  });

  it.each(['arc', 'bullet'] as const)('marks attainment beyond 200 %% with an arrowhead (%s)', (gaugeStyle) => {
    renderPanel(
      [
        frameOf([
          { name: 'actual', values: [250, 150] },
          { name: 'target', values: [100, 100] },
        ]),
      ],
      {
        options: { gaugeStyle },
      }
    );
    const [far, over] = gauges();
    expect(textOf(far, 'attainment-headline')).toBe('250%');
    expect(within(far).getByTestId('attainment-capped')).toBeInTheDocument();
    expect(within(over).queryByTestId('attainment-capped')).toBeNull();
  });

  it('shows a negative actual as a negative attainment, off track, without a fill on the arc', () => {
    const frames = [
      frameOf([
        { name: 'actual', values: [-2000], unit: 'currencyUSD' },
        { name: 'target', values: [10000], unit: 'currencyUSD' },
      ]),
    ];
    const { container, unmount } = renderPanel(frames);
    let [gauge] = gauges();
    expect(textOf(gauge, 'attainment-headline')).toBe('-20%');
    expect(textOf(gauge, 'attainment-actual')).toBe('-$2K');
    expect(textOf(gauge, 'attainment-status')).toBe('✕ Off track');
    expect(within(gauge).queryByTestId('attainment-fill')).toBeNull();
    expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
    unmount();

    renderPanel(frames, { options: { gaugeStyle: 'bullet' } });
    [gauge] = gauges();
    const negative = within(gauge).getByTestId('attainment-negative');
    const zeroX = Number(within(gauge).getByTestId('attainment-zero-line').getAttribute('x1'));
    expect(Number(negative.getAttribute('x')) + Number(negative.getAttribute('width'))).toBeCloseTo(zeroX, 6);
  });

  it('fills a 1920x1080 panel with 30 gauges, without scrolling', () => {
    const names = Array.from({ length: 30 }, (_, i) => `Rep ${i + 1}`);
    const { container } = renderPanel(
      [
        frameOf([
          { name: 'rep', values: names },
          { name: 'actual', values: names.map((_, i) => i * 10) },
          { name: 'target', values: names.map(() => 200) },
        ]),
      ],
      { width: 1920, height: 1080 }
    );
    const all = gauges();
    expect(all).toHaveLength(30);
    expect(textOf(all[29], 'attainment-headline')).toBe('145%');
    const grid = container.querySelector('[style*="grid-template-columns"]') as HTMLElement;
    const columns = grid.style.gridTemplateColumns.match(/repeat\((\d+), ([\d.]+)px\)/)!;
    const rows = Math.ceil(30 / Number(columns[1]));
    const cellHeight = parseFloat(grid.style.gridAutoRows);
    expect(Number(columns[1]) * Number(columns[2]) + (Number(columns[1]) - 1) * 8).toBeCloseTo(1920, 3);
    expect(rows * cellHeight + (rows - 1) * 8).toBeCloseTo(1080, 3);
    expect((grid.parentElement as HTMLElement).style.overflowY).toBe('hidden');
  });

  it('orders the gauges', () => {
    renderPanel([thresholdFrame()], { options: { sortBy: 'status', sortOrder: 'asc' } });
    expect(gauges().map((g) => within(g).getByRole('img').getAttribute('aria-label')?.split(':')[0])).toEqual([
      'At 89',
      'At 90',
      'At 99',
      'At 100',
    ]);
  });

  it('draws a single gauge for the total', () => {
    renderPanel([attainmentFrame()], { options: { gauges: 'total' } });
    expect(gauges()).toHaveLength(1);
    expect(screen.getByRole('img', { name: 'Total: 70% of target, $195K of $280K, On track' })).toBeInTheDocument();
  });

  it('links each gauge to its own row', () => {
    const frame = frameOf([
      { name: 'rep', values: ['Alice', 'Bob'] },
      {
        name: 'actual',
        values: [1, 2],
        links: [{ title: 'Rep detail', url: '/d/rep?var-rep=${__data.fields.rep}' }],
      },
      { name: 'target', values: [2, 2] },
    ]);
    renderPanel([frame]);
    const links = screen.getAllByTestId('data-testid Data link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/d/rep?var-rep=Alice', '/d/rep?var-rep=Bob']);
  });

  it('shows every value behind a gauge in a tooltip when it is focused', async () => {
    renderPanel([attainmentFrame()]);
    const bob = gauges()[1];
    expect(screen.queryByRole('tooltip')).toBeNull();
    act(() => bob.focus());
    const tooltip = await screen.findByRole('tooltip');
    const rows = within(tooltip)
      .getAllByRole('row')
      .map((row) => [within(row).getByRole('rowheader').textContent, within(row).getByRole('cell').textContent]);
    expect(rows).toEqual([
      ['Actual', '$45K'],
      ['Target', '$100K'],
      ['Attainment', '45%'],
      ['Expected to date', '$50K'],
      ['Pace', '90%'],
      ['Projected', '$90K'],
      ['Gap to target', '$55K'],
      ['Needed per day', '$3.67K'],
      ['Days left', '15'],
      ['Status', 'Cautioned'],
    ]);
    expect(bob).toHaveAttribute('aria-describedby', tooltip.id);
    act(() => bob.blur());
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());
    expect(bob).not.toHaveAttribute('aria-describedby');
  });

  it('shows the details of the gauge under the pointer, one tooltip at a time, and Escape closes it', () => {
    renderPanel([attainmentFrame()]);
    const [alice, bob] = gauges();
    fireEvent.mouseMove(alice, { clientX: 10, clientY: 10 });
    expect(within(screen.getByRole('tooltip')).getByRole('caption')).toHaveTextContent('Alice');
    fireEvent.mouseMove(bob, { clientX: 300, clientY: 10 });
    expect(screen.getAllByRole('tooltip')).toHaveLength(1);
    expect(within(screen.getByRole('tooltip')).getByRole('caption')).toHaveTextContent('Bob');
    fireEvent.keyDown(bob, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
    fireEvent.mouseMove(alice, { clientX: 10, clientY: 10 });
    fireEvent.mouseLeave(alice);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('shows the no-data state', () => {
    renderPanel([frameOf([{ name: 'actual', values: [] }])]);
    expect(screen.getByText(/No data/)).toBeInTheDocument();
    expect(screen.queryByTestId('attainment-gauge')).toBeNull();
  });

  it('names a chosen field that is not in the data', () => {
    renderPanel([attainmentFrame()], { options: { actualField: 'bookings' } });
    expect(
      screen.getByText(/No field named "bookings" for the actual value\. Fields in the data: "rep", "rep_id"/)
    ).toBeInTheDocument();
  });

  it('flags values it could not use', () => {
    renderPanel([
      frameOf([
        { name: 'rep', values: ['A'] },
        { name: 'actual', values: [1] },
        { name: 'target', values: [2] },
        { name: 'status', values: ['green'] },
      ]),
    ]);
    expect(screen.getByTestId('attainment-warnings')).toHaveAttribute('aria-label', 'Some values could not be used');
  });

  it('hides the labels that are switched off', () => {
    renderPanel([attainmentFrame()], {
      options: {
        showName: false,
        showActualTarget: false,
        showDaysLeft: false,
        showNeededPerDay: false,
        showPaceMarker: false,
        showProjection: false,
      },
    });
    const [alice] = gauges();
    for (const id of [
      'attainment-actual',
      'attainment-target',
      'attainment-daysLeft',
      'attainment-neededPerDay',
      'attainment-pace',
      'attainment-projection',
    ]) {
      expect(within(alice).queryByTestId(id)).toBeNull();
    }
    expect(within(alice).queryByText('Alice')).toBeNull();
    expect(textOf(alice, 'attainment-status')).toBe('✓ On track');
  });
});
