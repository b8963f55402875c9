import { fireEvent, render, screen, within } from '@testing-library/react';
import React from 'react';

import { createTheme, FieldType } from '@grafana/data';
import { ThemeContext } from '@grafana/ui';

import { dataSourceFunnelFrame, longFrame, prepare, snapshotFunnelFrame, wideFrame } from './testing/frames';
import { funnelProps } from './testing/panelProps';
import { FunnelPanel } from './FunnelPanel';
import type { FunnelOptions } from './types';
import { standInResizeObserver } from '../shared/testing/resizeObserver';

standInResizeObserver();

function renderPanel(
  frames: ReturnType<typeof prepare>,
  options: Partial<FunnelOptions> = {},
  size?: { width: number; height: number },
  theme = createTheme()
) {
  return render(
    <ThemeContext.Provider value={theme}>
      <FunnelPanel {...funnelProps(frames, options, size)} />
    </ThemeContext.Provider>
  );
}

const stageLabels = () => screen.getAllByRole('listitem').map((item) => item.getAttribute('aria-label') ?? '');

/** The visible texts of a stage, in document order. */
const textsOf = (stage: HTMLElement) => Array.from(stage.querySelectorAll('text')).map((node) => node.textContent);

describe('FunnelPanel: stages, labels and percentages', () => {
  it('draws the data source funnel frame in stage order with every figure', () => {
    renderPanel(prepare([dataSourceFunnelFrame()]));
    const stages = screen.getAllByRole('listitem');
    expect(stages).toHaveLength(4);
    // 200 → 120 → 60 → 15: 60 %, 50 %, 25 % of previous; 60 %, 30 %, 7.5 % of first; drop-off 80, 60, 45.
    expect(textsOf(stages[0])).toEqual(['Lead', '200', '100.0% of first']);
    expect(textsOf(stages[1])).toEqual(['Qualified', '120', '60.0% of previous', '60.0% of first', '80 dropped']);
    expect(textsOf(stages[2])).toEqual(['Proposal', '60', '50.0% of previous', '30.0% of first', '60 dropped']);
    expect(textsOf(stages[3])).toEqual(['Won', '15', '25.0% of previous', '7.5% of first', '45 dropped']);
  });

  it('describes each stage with all its figures for screen readers, with the field units', () => {
    renderPanel(prepare([dataSourceFunnelFrame()]));
    expect(stageLabels()[1]).toBe(
      'Qualified; Value: 120; Conversion from previous stage: 60.0%; Conversion from first stage: 60.0%; ' +
        'Drop-off from previous stage: 80; count: 120; amount: $600; median_days_in_stage: 1 week'
    );
    expect(stageLabels()[0]).toContain('Conversion from previous stage: –');
  });

  it('draws a long frame from SQL', () => {
    renderPanel(prepare([longFrame()]));
    const stages = screen.getAllByRole('listitem');
    // 1000 → 400 → 100: 40 % and 25 % of previous, 40 % and 10 % of first.
    expect(textsOf(stages[1])).toEqual(['Signup', '400', '40.0% of previous', '40.0% of first', '600 dropped']);
    expect(textsOf(stages[2])).toEqual(['Purchase', '100', '25.0% of previous', '10.0% of first', '300 dropped']);
  });

  it('draws a wide frame, one stage per field, with its display names', () => {
    renderPanel(prepare([wideFrame()]), { percentDecimals: 2 });
    const stages = screen.getAllByRole('listitem');
    expect(stages.map((stage) => textsOf(stage)[0])).toEqual(['leads', 'opportunities', 'Won deals']);
    // 400 → 100 → 25: 25 % of previous both times; 6.25 % of first at the end.
    expect(textsOf(stages[2])).toEqual(['Won deals', '25', '25.00% of previous', '6.25% of first', '75 dropped']);
  });

  it('formats values with the unit and decimals of the field config', () => {
    renderPanel(prepare([dataSourceFunnelFrame()]), { valueField: 'amount' });
    const stages = screen.getAllByRole('listitem');
    // 800 → 600: $600, 75 % of previous, $200 dropped.
    expect(textsOf(stages[1])).toEqual(['Qualified', '$600', '75.0% of previous', '75.0% of first', '$200 dropped']);
  });

  it('hides the lines turned off in the options', () => {
    renderPanel(prepare([longFrame()]), {
      showConversionFromFirst: false,
      showDropOff: false,
    });
    expect(textsOf(screen.getAllByRole('listitem')[1])).toEqual(['Signup', '400', '40.0% of previous']);
  });

  it('shows no NaN or Infinity when the first stage is zero', () => {
    const { container } = renderPanel(prepare([longFrame([0, 0, 3])]));
    const everything = container.textContent + stageLabels().join(' ');
    expect(everything).not.toMatch(/NaN|Infinity/);
    expect(textsOf(screen.getAllByRole('listitem')[2])).toEqual(['Purchase', '3', '3 gained']);
  });

  it('draws a single stage', () => {
    renderPanel(prepare([longFrame([42], ['Everything'])]));
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(textsOf(screen.getByRole('listitem'))).toEqual(['Everything', '42', '100.0% of first']);
  });

  it('draws 50 stages in order', () => {
    const names = Array.from({ length: 50 }, (_, i) => `S${String(i + 1).padStart(2, '0')}`);
    const values = Array.from({ length: 50 }, (_, i) => 500 - i * 10);
    const { container } = renderPanel(prepare([longFrame(values, names)]), {}, { width: 1920, height: 1080 });
    expect(stageLabels().map((label) => label.split(';')[0])).toEqual(names);
    expect(container.querySelectorAll('path.funnel-stage-shape')).toHaveLength(50);
    // The last stage: 10 of 20 before it, 10 of 500 at the top.
    expect(stageLabels()[49]).toContain('Conversion from previous stage: 50.0%; Conversion from first stage: 2.0%');
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('draws horizontal bars as well', () => {
    const { container } = renderPanel(prepare([longFrame()]), { orientation: 'horizontal', shape: 'bar' });
    expect(stageLabels().map((label) => label.split(';')[0])).toEqual(['Visit', 'Signup', 'Purchase']);
    const paths = Array.from(container.querySelectorAll('path.funnel-stage-shape')).map((path) =>
      path.getAttribute('d')
    );
    expect(paths.every((d) => d && !/NaN/.test(d))).toBe(true);
  });
});

describe('FunnelPanel: a snapshot of open deals', () => {
  it('says it shows open deals by current stage, with no conversion or drop-off, even colouring by conversion', () => {
    renderPanel(prepare([snapshotFunnelFrame()]), { colorBy: 'conversion' });
    expect(screen.getByTestId('funnel-caption')).toHaveTextContent('Open deals by current stage');
    expect(screen.getByTestId('funnel-caption')).toHaveAttribute(
      'title',
      expect.stringContaining('there is no conversion or drop-off')
    );
    const stages = screen.getAllByRole('listitem');
    // 38 in Qualification after 33 in Prospecting: not "115.2% of previous, 5 gained"
    expect(stages.map(textsOf)).toEqual([
      ['Prospecting', '33'],
      ['Qualification', '38'],
      ['Proposal', '21'],
      ['Negotiation', '9'],
    ]);
    expect(stageLabels()[1]).toBe('Qualification; Value: 38; count: 38; amount: $897K');
    expect(document.body.textContent).not.toMatch(/previous|of first|gained|dropped|Conversion|Drop-off/);
    // coloured by stage: a conversion colour would be the disabled grey of "no ratio"
    const shapes = Array.from(document.querySelectorAll('path.funnel-stage-shape'));
    expect(new Set(shapes.map((path) => path.getAttribute('fill'))).size).toBe(4);
  });

  it('draws bars, not trapezoids joining one stage to the next as if deals flowed between them', () => {
    const shapesOf = (options: Partial<FunnelOptions>, frame = snapshotFunnelFrame()) => {
      const { container, unmount } = renderPanel(prepare([frame]), options);
      const shapes = Array.from(container.querySelectorAll('path.funnel-stage-shape')).map((path) =>
        path.getAttribute('d')
      );
      unmount();
      return shapes;
    };
    expect(shapesOf({ shape: 'trapezoid' })).toEqual(shapesOf({ shape: 'bar' }));
    // a funnel of stages reached keeps its trapezoids
    expect(shapesOf({ shape: 'trapezoid' }, dataSourceFunnelFrame())).not.toEqual(
      shapesOf({ shape: 'bar' }, dataSourceFunnelFrame())
    );
  });

  it('names the open pipeline by amount', () => {
    renderPanel(prepare([snapshotFunnelFrame('amount')]));
    expect(screen.getByTestId('funnel-caption')).toHaveTextContent('Open pipeline by current stage');
    expect(textsOf(screen.getAllByRole('listitem')[1])).toEqual(['Qualification', '$897K']);
  });

  it('has no caption for a funnel of stages reached', () => {
    renderPanel(prepare([dataSourceFunnelFrame()]));
    expect(screen.queryByTestId('funnel-caption')).toBeNull();
  });
});

describe('FunnelPanel: messages', () => {
  it('says so when there is no data', () => {
    renderPanel([]);
    expect(screen.getByText(/No data: the query returned no rows/)).toBeInTheDocument();
  });

  it('names a negative value and its stage', () => {
    renderPanel(prepare([longFrame([10, -3, 1])]));
    expect(
      screen.getByText(/Stage "Signup" has a negative value \(-3\)\. A funnel needs values of 0 or more\./)
    ).toBeInTheDocument();
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });

  it('names a null value and its stage', () => {
    renderPanel(prepare([longFrame([10, 5, null])]));
    expect(screen.getByText(/Stage "Purchase" has no value \(null\)/)).toBeInTheDocument();
  });

  it('explains an unsupported shape', () => {
    renderPanel(prepare([{ refId: 'Q', fields: [{ name: 'stage', type: FieldType.string, values: ['a'] }] }]));
    expect(
      screen.getByText(
        /This data cannot be drawn as a funnel\. Frame "Q" has no number field to draw as stage values\./
      )
    ).toBeInTheDocument();
  });

  it('shows a problem of one group in its cell and draws the others', () => {
    const frame = {
      fields: [
        { name: 'region', type: FieldType.string, values: ['East', 'East', 'West', 'West'] },
        { name: 'stage', type: FieldType.string, values: ['Lead', 'Won', 'Lead', 'Won'] },
        { name: 'value', type: FieldType.number, values: [10, 4, 8, -2] },
      ],
    };
    renderPanel(prepare([frame]));
    const cells = screen.getAllByTestId('funnel-cell');
    expect(cells.map((cell) => cell.querySelector('[title]')?.textContent)).toEqual(['East', 'West']);
    expect(within(cells[0]).getAllByRole('listitem')).toHaveLength(2);
    expect(within(cells[1]).getByRole('alert')).toHaveTextContent('Stage "Won" has a negative value (-2).');
  });

  it('keeps names with special characters as they are', () => {
    renderPanel(prepare([longFrame([10, -1], ['Lead & <Demo>', "Won't/Lost"])]));
    expect(screen.getByText(/Stage "Won't\/Lost" has a negative value/)).toBeInTheDocument();
  });
});

describe('FunnelPanel: groups and comparison', () => {
  it('draws one funnel per group with its title', () => {
    const frame = {
      fields: [
        { name: 'region', type: FieldType.string, values: ['East', 'East', 'West', 'West'] },
        { name: 'stage', type: FieldType.string, values: ['Lead', 'Won', 'Lead', 'Won'] },
        { name: 'value', type: FieldType.number, values: [10, 4, 8, 2] },
      ],
    };
    renderPanel(prepare([frame]), {}, { width: 1200, height: 400 });
    const lists = screen.getAllByRole('list');
    expect(lists.map((list) => list.getAttribute('aria-label'))).toEqual(['East', 'West']);
    expect(textsOf(within(lists[1]).getAllByRole('listitem')[1])).toEqual([
      'Won',
      '2',
      '25.0% of previous',
      '25.0% of first',
      '6 dropped',
    ]);
  });

  it('draws the previous period as a ghost outline with its change', () => {
    const frame = {
      fields: [
        { name: 'stage', type: FieldType.string, values: ['Lead', 'Won'] },
        { name: 'value', type: FieldType.number, values: [10, 4] },
        { name: 'value_previous', type: FieldType.number, values: [8, null] },
      ],
    };
    renderPanel(prepare([frame]), { showConversionFromFirst: false, showDropOff: false });
    expect(screen.getAllByTestId('funnel-ghost')).toHaveLength(1);
    // (10 − 8) ÷ 8 = +25 %.
    expect(textsOf(screen.getAllByRole('listitem')[0])).toEqual(['Lead', '10', '+25.0% vs previous period']);
    expect(stageLabels()[0]).toContain('Previous period: 8; Change vs previous period: +25.0%');
  });
});

describe('FunnelPanel: tooltip and data links', () => {
  const linked = (links: Array<{ title: string; url: string }>) => {
    const frame = dataSourceFunnelFrame();
    frame.fields[2] = { ...frame.fields[2], config: { ...frame.fields[2].config, links } };
    return prepare([frame]);
  };

  it('shows every figure of a hovered stage', () => {
    renderPanel(prepare([dataSourceFunnelFrame()]));
    fireEvent.mouseMove(screen.getAllByRole('listitem')[2], { clientX: 100, clientY: 100 });
    const tooltip = screen.getByTestId('funnel-tooltip');
    const rows = within(tooltip)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'Value60',
      'Conversion from previous stage50.0%',
      'Conversion from first stage30.0%',
      'Drop-off from previous stage60',
      'count60',
      'amount$450',
      'median_days_in_stage2 weeks',
    ]);
    fireEvent.mouseLeave(screen.getAllByRole('listitem')[2]);
    expect(screen.queryByTestId('funnel-tooltip')).not.toBeInTheDocument();
  });

  it('shows the tooltip of a focused stage, for keyboards', () => {
    renderPanel(prepare([longFrame()]));
    fireEvent.focus(screen.getAllByRole('listitem')[0]);
    expect(within(screen.getByTestId('funnel-tooltip')).getByText('Visit')).toBeInTheDocument();
  });

  it('links each stage to its own target', () => {
    const { container } = renderPanel(
      linked([{ title: 'Deals in ${__data.fields.stage}', url: '/d/deals?var-stage=${__data.fields.stage}' }])
    );
    const anchors = Array.from(container.querySelectorAll('a'));
    expect(anchors.map((anchor) => anchor.getAttribute('href'))).toEqual([
      '/d/deals?var-stage=Lead',
      '/d/deals?var-stage=Qualified',
      '/d/deals?var-stage=Proposal',
      '/d/deals?var-stage=Won',
    ]);
    expect(anchors[1].getAttribute('title')).toBe('Deals in Qualified');
    fireEvent.mouseMove(screen.getAllByRole('listitem')[1], { clientX: 10, clientY: 10 });
    expect(screen.getByTestId('funnel-tooltip')).toHaveTextContent('Click the stage to open: Deals in Qualified');
  });

  it('opens a menu of links when a stage has several', () => {
    renderPanel(
      linked([
        { title: 'Deals', url: '/d/deals?var-stage=${__data.fields.stage}' },
        { title: 'Reps', url: '/d/reps?var-stage=${__data.fields.stage}' },
      ])
    );
    fireEvent.click(screen.getAllByRole('listitem')[3]);
    const menu = screen.getByRole('menu');
    const hrefs = within(menu)
      .getAllByRole('menuitem')
      .map((item) => item.getAttribute('href'));
    expect(hrefs).toEqual(['/d/deals?var-stage=Won', '/d/reps?var-stage=Won']);
  });

  it('opens the menu of links from the keyboard', () => {
    renderPanel(
      linked([
        { title: 'Deals', url: '/d/deals?var-stage=${__data.fields.stage}' },
        { title: 'Reps', url: '/d/reps?var-stage=${__data.fields.stage}' },
      ])
    );
    fireEvent.keyDown(screen.getAllByRole('listitem')[1], { key: 'Enter' });
    expect(within(screen.getByRole('menu')).getAllByRole('menuitem')[0]).toHaveAttribute(
      'href',
      '/d/deals?var-stage=Qualified'
    );
  });

  it('links the stages of a wide frame, with the value of each stage field', () => {
    const link = { title: 'Stage detail', url: '/d/detail?value=${__value.raw}' };
    const frame = wideFrame();
    frame.fields = frame.fields.map((field) => ({ ...field, config: { ...field.config, links: [link] } }));
    const { container } = renderPanel(prepare([frame]));
    expect(Array.from(container.querySelectorAll('a')).map((anchor) => anchor.getAttribute('href'))).toEqual([
      '/d/detail?value=400',
      '/d/detail?value=100',
      '/d/detail?value=25',
    ]);
  });

  it('links a reduced wide frame with the reduced value', () => {
    const link = { title: 'Stage detail', url: '/d/detail?value=${__value.raw}' };
    const frame = {
      fields: [
        { name: 'time', type: FieldType.time, values: [1, 2] },
        { name: 'leads', type: FieldType.number, values: [10, 30], config: { links: [link] } },
        { name: 'won', type: FieldType.number, values: [1, 6], config: { links: [link] } },
      ],
    };
    // Summed: 40 leads and 7 won.
    const { container } = renderPanel(prepare([frame]), { reducer: 'sum' });
    expect(Array.from(container.querySelectorAll('a')).map((anchor) => anchor.getAttribute('href'))).toEqual([
      '/d/detail?value=40',
      '/d/detail?value=7',
    ]);
  });

  it('draws no links when the field has none', () => {
    const { container } = renderPanel(prepare([dataSourceFunnelFrame()]));
    expect(container.querySelectorAll('a')).toHaveLength(0);
  });
});

describe('FunnelPanel: themes', () => {
  it('takes text and halo colours from the theme', () => {
    const colorsOf = (mode: 'dark' | 'light') => {
      const theme = createTheme({ colors: { mode } });
      const { container, unmount } = renderPanel(prepare([longFrame()]), {}, undefined, theme);
      const value = container.querySelectorAll('text')[1];
      const style = getComputedStyle(value);
      const result = { fill: style.fill, stroke: style.stroke, theme };
      unmount();
      return result;
    };
    const dark = colorsOf('dark');
    const light = colorsOf('light');
    expect(dark.fill).toBe(dark.theme.colors.text.primary);
    expect(light.fill).toBe(light.theme.colors.text.primary);
    expect(light.stroke).toBe(light.theme.colors.background.primary);
    expect(dark.fill).not.toBe(light.fill);
  });
});
