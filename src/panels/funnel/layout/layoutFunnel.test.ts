import { type LayoutInput, layoutFunnel, type StageLayout } from './layoutFunnel';
import { MIN_FONT_SIZE } from './text';

function stages(values: number[], comparisons: Array<number | null> = values.map(() => null)) {
  return values.map((value, index) => ({
    value,
    comparison: comparisons[index],
    labels: {
      name: `Stage ${index + 1}`,
      value: value.toLocaleString('en-US'),
      metrics: index === 0 ? ['100.0% of first'] : ['50.0% of previous', '25.0% of first', '1,000 dropped'],
    },
  }));
}

function input(overrides: Partial<LayoutInput> = {}): LayoutInput {
  return {
    width: 600,
    height: 400,
    orientation: 'vertical',
    shape: 'trapezoid',
    textScale: 1,
    domain: [0, 1000],
    stages: stages([1000, 500, 250, 125, 60]),
    ...overrides,
  };
}

/** The corner points of a stage's shape path (M x,y L x,y L x,y L x,y Z). */
function corners(path: string): Array<[number, number]> {
  return [...path.matchAll(/(-?[\d.e-]+),(-?[\d.e-]+)/g)].map((match) => [Number(match[1]), Number(match[2])]);
}

const width = (path: string, edge: 'start' | 'end', vertical = true) => {
  const points = corners(path);
  const [a, b] = edge === 'start' ? [points[0], points[1]] : [points[2], points[3]];
  return vertical ? Math.abs(b[0] - a[0]) : Math.abs(b[1] - a[1]);
};

function allNumbers(layouts: StageLayout[]): number[] {
  return layouts.flatMap((layout) => [
    ...corners(layout.shape).flat(),
    ...(layout.ghost ? corners(layout.ghost).flat() : []),
    ...Object.values(layout.band),
    ...[layout.name, layout.value, ...layout.metrics].flatMap((line) => (line ? [line.x, line.y, line.fontSize] : [])),
  ]);
}

describe('layoutFunnel', () => {
  it('draws trapezoids whose widths follow the values on a scale from the domain', () => {
    const layouts = layoutFunnel(input());
    const full = width(layouts[0].shape, 'start');
    expect(full).toBeGreaterThan(200);
    // Each trapezoid starts at its own value and ends at the next one's: 500 / 1000 of the full width.
    expect(width(layouts[0].shape, 'end')).toBeCloseTo(full * 0.5, 6);
    expect(width(layouts[1].shape, 'start')).toBeCloseTo(full * 0.5, 6);
    expect(width(layouts[4].shape, 'start')).toBeCloseTo(full * 0.06, 6);
    expect(width(layouts[4].shape, 'end')).toBeCloseTo(full * 0.06, 6);
  });

  it('draws bars of their own value only', () => {
    const layouts = layoutFunnel(input({ shape: 'bar' }));
    const full = width(layouts[0].shape, 'start');
    expect(width(layouts[0].shape, 'end')).toBeCloseTo(full, 6);
    expect(width(layouts[1].shape, 'end')).toBeCloseTo(full * 0.5, 6);
  });

  it('orders stages top to bottom, or left to right when horizontal', () => {
    const vertical = layoutFunnel(input());
    expect(vertical.map((layout) => layout.band.y)).toEqual(
      [...vertical.map((layout) => layout.band.y)].sort((a, b) => a - b)
    );
    const horizontal = layoutFunnel(input({ orientation: 'horizontal' }));
    const xs = horizontal.map((layout) => layout.band.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(horizontal.map((layout) => layout.band.y)).size).toBe(1);
    const full = width(horizontal[0].shape, 'start', false);
    expect(width(horizontal[1].shape, 'start', false)).toBeCloseTo(full * 0.5, 6);
  });

  it('draws a ghost outline only for stages with a comparison value', () => {
    const layouts = layoutFunnel(input({ stages: stages([1000, 500, 250], [800, null, 300]) }));
    expect(layouts.map((layout) => layout.ghost !== null)).toEqual([true, false, true]);
    // The ghost of the first stage runs from 800 to 800 (no next comparison): 0.8 of the full width.
    const full = width(layouts[0].shape, 'start');
    expect(width(layouts[0].ghost!, 'start')).toBeCloseTo(full * 0.8, 6);
  });

  it('stays finite with zero values, a zero domain and one stage', () => {
    for (const layouts of [
      layoutFunnel(input({ stages: stages([0, 0, 0]), domain: [0, 0] })),
      layoutFunnel(input({ stages: stages([7]) })),
      layoutFunnel(input({ width: 30, height: 20 })),
    ]) {
      expect(layouts.length).toBeGreaterThan(0);
      expect(allNumbers(layouts).every(Number.isFinite)).toBe(true);
    }
    expect(layoutFunnel(input({ width: 0 }))).toEqual([]);
    expect(layoutFunnel(input({ stages: [] }))).toEqual([]);
  });

  it('keeps 50 stages in their bands without labels overlapping the next stage', () => {
    const values = Array.from({ length: 50 }, (_, i) => 1000 - i * 20);
    const layouts = layoutFunnel(input({ stages: stages(values), height: 1000 }));
    expect(layouts).toHaveLength(50);
    expect(allNumbers(layouts).every(Number.isFinite)).toBe(true);
    for (const layout of layouts) {
      for (const line of [layout.name, layout.value, ...layout.metrics]) {
        if (line) {
          expect(line.fontSize).toBeGreaterThanOrEqual(MIN_FONT_SIZE);
          expect(line.y - line.fontSize / 2).toBeGreaterThanOrEqual(layout.band.y - 0.5);
          expect(line.y + line.fontSize / 2).toBeLessThanOrEqual(layout.band.y + layout.band.height + 0.5);
        }
      }
    }
  });

  it('leaves out labels that would be smaller than the minimum text size', () => {
    const values = Array.from({ length: 50 }, (_, i) => 1000 - i * 20);
    const layouts = layoutFunnel(input({ stages: stages(values), height: 300 }));
    // 300 px for 50 stages: under 6 px per band, too small for any text.
    expect(layouts.every((layout) => !layout.name && !layout.value && layout.metrics.length === 0)).toBe(true);
  });

  it('sets numerals large enough to read across a room, growing with the panel', () => {
    const small = layoutFunnel(input());
    const large = layoutFunnel(input({ width: 1920, height: 1080 }));
    // 600 × 400, five stages: bands of 76.8 px, numerals 55 % of that.
    expect(small[0].value!.fontSize).toBeGreaterThanOrEqual(40);
    expect(large[0].value!.fontSize).toBeGreaterThanOrEqual(100);
    expect(large[0].name!.fontSize).toBeGreaterThan(small[0].name!.fontSize);
    expect(large[1].metrics[0].fontSize).toBeGreaterThan(small[1].metrics[0].fontSize);
    const horizontal = layoutFunnel(input({ width: 1920, height: 1080, orientation: 'horizontal' }));
    expect(horizontal[0].value!.fontSize).toBeGreaterThanOrEqual(60);
  });

  it('scales text with the text size option, within the room of a stage', () => {
    const normal = layoutFunnel(input());
    const smaller = layoutFunnel(input({ textScale: 0.5 }));
    const larger = layoutFunnel(input({ textScale: 2 }));
    expect(smaller[0].value!.fontSize).toBeLessThan(normal[0].value!.fontSize);
    expect(larger[0].value!.fontSize).toBeGreaterThan(normal[0].value!.fontSize);
    expect(larger[0].value!.fontSize).toBeLessThanOrEqual(normal[0].band.height);
  });

  it('drops less important metric lines first when a band is short', () => {
    const layouts = layoutFunnel(input({ stages: stages([1000, 500, 250, 125, 60, 30, 15, 8]), height: 160 }));
    const shown = layouts[1].metrics.map((line) => line.text);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(3);
    expect(shown).toEqual(['50.0% of previous', '25.0% of first', '1,000 dropped'].slice(0, shown.length));
  });

  it('gives every stage the same size of name, value and figures, so that stages read alike', () => {
    const layouts = layoutFunnel(input());
    for (const pick of [
      (layout: StageLayout) => layout.name?.fontSize,
      (layout: StageLayout) => layout.value?.fontSize,
      (layout: StageLayout) => layout.metrics[0]?.fontSize,
    ]) {
      const sizes = layouts.map(pick);
      expect(sizes.every((size) => size !== undefined && size === sizes[0])).toBe(true);
    }
  });

  it('shortens one very long name instead of shrinking every name', () => {
    const long = stages([1000, 500, 250, 125]);
    long[2].labels.name = 'A stage with a very long name that no column could hold at a readable size';
    const layouts = layoutFunnel(input({ stages: long }));
    const normal = layoutFunnel(input({ stages: stages([1000, 500, 250, 125]) }));
    expect(layouts[2].name!.text.endsWith('…')).toBe(true);
    expect(layouts[0].name!.text).toBe('Stage 1');
    expect(layouts[0].name!.fontSize).toBeGreaterThanOrEqual(normal[0].name!.fontSize * 0.5);
  });
});
