import { arc } from 'd3';

import { ARC_START, ARC_SWEEP, arcHeight, arcLayout, arcShapes, sectorPath } from './arc';
import { BULLET_ASPECT, bulletLayout, bulletShapes } from './bullet';
import { gridLayout } from '../../shared/grid';
import { gaugeRatios, type GaugeRatios } from './ratios';
import { gaugeSizing } from './sizing';
import { fitFontSize, textWidthEm, truncateToWidth } from '../../shared/text';
import { capHeightArcMinutes, minimumFontPx, pixelPitchMm } from './text';

const ratios = (
  attainment: number | null,
  expected: number | null = null,
  projected: number | null = null
): GaugeRatios => ({
  attainment,
  expected,
  projected,
});

/** End point of the outer edge of a d3 annular-sector path: "M… A rx,ry,rotation,large,sweep,x,y L…". */
function outerEnd(path: string): [number, number] {
  const numbers = (
    path
      .split('A')[1]
      .split('L')[0]
      .match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []
  ).map(Number);
  return [numbers[5], numbers[6]];
}

/** Angle of a point from 12 o'clock, clockwise (d3's convention). */
function angleOfPoint([x, y]: [number, number]): number {
  return Math.atan2(x, -y);
}

describe('arc gauge', () => {
  const lines = { name: true, footerLines: 2 };
  const layout = arcLayout(300, 500, lines);

  it("writes ring segments as d3's arc() draws them, to a hundredth of a pixel", () => {
    const numbers = (path: string) => (path.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
    const d3Arc = arc<{ innerRadius: number; outerRadius: number; startAngle: number; endAngle: number }>().digits(
      null
    );
    for (const [inner, outer, from, to] of [
      [100.7, 124.3, ARC_START, ARC_START + 0.3],
      [100.7, 124.3, ARC_START, ARC_START + ARC_SWEEP],
      [50, 60.123, ARC_START + 0.5, ARC_START + ARC_SWEEP * 0.99],
      [3, 4, -0.1, 0.1],
    ]) {
      const ours = sectorPath(inner, outer, from, to);
      const theirs = d3Arc({ innerRadius: inner, outerRadius: outer, startAngle: from, endAngle: to })!;
      expect(ours.replace(/[^A-Z]/g, '')).toBe(theirs.replace(/[^A-Z]/g, ''));
      const a = numbers(ours);
      const b = numbers(theirs);
      expect(a).toHaveLength(b.length);
      a.forEach((value, i) => expect(Math.abs(value - b[i])).toBeLessThanOrEqual(0.005 + 1e-9));
    }
  });

  it('fits the width or the height, whichever binds', () => {
    expect(layout.radius).toBeCloseTo((300 - 8) / 2, 9);
    const short = arcLayout(300, 200, lines);
    expect(arcHeight(short.radius, lines)).toBeCloseTo(200, 9);
  });

  it('draws the fill up to the attainment share of the sweep', () => {
    const half = arcShapes(layout, ratios(0.5));
    // half-way ends at the top (angle 0), a quarter at -60° (the sweep runs from -120° to +120°)
    const [x, y] = outerEnd(half.fill!);
    expect(x).toBeCloseTo(0, 2);
    expect(y).toBeCloseTo(-layout.main.outer, 2);
    expect(angleOfPoint(outerEnd(arcShapes(layout, ratios(0.25)).fill!))).toBeCloseTo(-Math.PI / 3, 4);
    expect(angleOfPoint(outerEnd(arcShapes(layout, ratios(1)).fill!))).toBeCloseTo((2 * Math.PI) / 3, 4);
    expect(half.overFill).toBeNull();
    expect(half.overTrack).toBeNull();
  });

  it('draws over-achievement on a second, outer ring', () => {
    const over = arcShapes(layout, ratios(1.35));
    expect(over.fill).toBe(arcShapes(layout, ratios(1)).fill);
    // the excess, 35 % of a lap, ends at -120° + 0.35 × 240° = -36° on the outer ring
    const end = outerEnd(over.overFill!);
    expect(angleOfPoint(end)).toBeCloseTo(((-120 + 0.35 * 240) * Math.PI) / 180, 4);
    expect(Math.hypot(...end)).toBeCloseTo(layout.over.outer, 2);
    expect(over.overTrack).not.toBeNull();
    expect(over.overFill).not.toBeNull();
    expect(over.capped).toBeNull();
    expect(arcShapes(layout, ratios(2)).capped).toBeNull();
    expect(arcShapes(layout, ratios(2.5)).capped).toMatch(/^M.*Z$/);
  });

  it('draws nothing for a negative attainment or no attainment, and no NaN', () => {
    for (const shapes of [arcShapes(layout, ratios(-0.4)), arcShapes(layout, ratios(null))]) {
      expect(shapes.fill).toBeNull();
      expect(shapes.overFill).toBeNull();
      expect(shapes.track).not.toMatch(/NaN/);
    }
  });

  it('places the pace marker at the expected share of the sweep', () => {
    const { pace } = arcShapes(layout, ratios(0.3, 0.25));
    const angle = ARC_START + 0.25 * ARC_SWEEP; // -90°: pointing left
    expect(Math.atan2(pace!.x2, -pace!.y2)).toBeCloseTo(angle, 9);
    expect(pace!.x2).toBeLessThan(pace!.x1);
  });

  it('draws the projection as a ghost from the actual onwards, into the outer ring beyond 100 %', () => {
    const shapes = arcShapes(layout, ratios(0.6, null, 1.2));
    expect(shapes.ghost).not.toBeNull();
    expect(shapes.ghostOver).not.toBeNull();
    expect(shapes.overTrack).not.toBeNull();
    expect(arcShapes(layout, ratios(0.6, null, 0.5)).ghost).toBeNull();
  });
});

describe('bullet gauge', () => {
  const layout = bulletLayout(700, 160);

  it('scales 0-100 % of the target across the bar when nothing goes beyond', () => {
    const shapes = bulletShapes(layout, ratios(0.5, 0.4));
    expect(shapes.domain).toEqual([0, 1]);
    expect(shapes.targetX).toBeCloseTo(layout.x1, 9);
    expect(shapes.fill!.width).toBeCloseTo((layout.x1 - layout.x0) / 2, 9);
    expect(shapes.paceX).toBeCloseTo(layout.x0 + 0.4 * (layout.x1 - layout.x0), 9);
  });

  it('extends the scale for over-achievement and draws the excess apart', () => {
    const shapes = bulletShapes(layout, ratios(1.25));
    expect(shapes.domain).toEqual([0, 1.25]);
    expect(shapes.over!.x).toBeCloseTo(shapes.targetX, 9);
    expect(shapes.over!.x + shapes.over!.width).toBeCloseTo(layout.x1, 9);
  });

  it('extends the scale left of zero for a negative actual', () => {
    const shapes = bulletShapes(layout, ratios(-0.25));
    expect(shapes.domain).toEqual([-0.25, 1]);
    expect(shapes.fill).toBeNull();
    expect(shapes.negative!.x).toBeCloseTo(layout.x0, 9);
    expect(shapes.negative!.x + shapes.negative!.width).toBeCloseTo(shapes.zeroX, 9);
  });

  it('caps the scale at 200 % and -100 %', () => {
    expect(bulletShapes(layout, ratios(3)).domain).toEqual([0, 2]);
    expect(bulletShapes(layout, ratios(3)).capped).toMatch(/^M.*Z$/);
    expect(bulletShapes(layout, ratios(2)).capped).toBeNull();
    expect(bulletShapes(layout, ratios(-4)).domain).toEqual([-1, 1]);
  });
});

describe('gaugeRatios', () => {
  it('relates expected and projected values to the target', () => {
    expect(
      gaugeRatios(
        { attainment: 0.5, target: 200, expectedToDate: 50, projected: 300 },
        { pace: true, projection: true }
      )
    ).toEqual({ attainment: 0.5, expected: 0.25, projected: 1.5 });
    expect(
      gaugeRatios(
        { attainment: 0.5, target: 200, expectedToDate: 50, projected: 300 },
        { pace: false, projection: false }
      )
    ).toEqual({ attainment: 0.5, expected: null, projected: null });
    expect(
      gaugeRatios({ attainment: null, target: 0, expectedToDate: 50, projected: 300 }, { pace: true, projection: true })
    ).toEqual({ attainment: null, expected: null, projected: null });
  });
});

describe('grid', () => {
  const arcSizing = gaugeSizing('arc', { name: true, footerLines: 2 });

  it('one gauge takes the whole panel', () => {
    const grid = gridLayout({
      count: 1,
      width: 800,
      height: 600,
      gap: 8,
      columns: 0,
      minGaugeHeight: 100,
      ...arcSizing,
    });
    expect(grid).toMatchObject({ columns: 1, rows: 1, cellWidth: 800, cellHeight: 600, scrolls: false });
  });

  it('30 arc gauges fill a 1920x1080 panel in the arrangement that makes them largest', () => {
    const grid = gridLayout({
      count: 30,
      width: 1920,
      height: 1080,
      gap: 8,
      columns: 0,
      minGaugeHeight: 100,
      ...arcSizing,
    });
    expect(grid.columns * grid.rows).toBeGreaterThanOrEqual(30);
    expect(grid.scrolls).toBe(false);
    for (let columns = 1; columns <= 30; columns++) {
      const other = gridLayout({
        count: 30,
        width: 1920,
        height: 1080,
        gap: 8,
        columns,
        minGaugeHeight: 0,
        ...arcSizing,
      });
      expect(other.size).toBeLessThanOrEqual(grid.size + 1e-9);
    }
    expect(grid.rows * grid.cellHeight + (grid.rows - 1) * 8).toBeCloseTo(1080, 6);
  });

  it('wide panels put bullets side by side, narrow ones stack them', () => {
    const bullets = gaugeSizing('bullet', { name: true, footerLines: 0 });
    expect(
      gridLayout({ count: 4, width: 1600, height: 300, gap: 8, columns: 0, minGaugeHeight: 0, ...bullets }).columns
    ).toBe(2);
    expect(
      gridLayout({ count: 4, width: 400, height: 600, gap: 8, columns: 0, minGaugeHeight: 0, ...bullets }).columns
    ).toBe(1);
  });

  it('honours a fixed column count', () => {
    const grid = gridLayout({ count: 7, width: 900, height: 600, gap: 8, columns: 3, minGaugeHeight: 0, ...arcSizing });
    expect(grid).toMatchObject({ columns: 3, rows: 3 });
  });

  it('scrolls rather than shrinking gauges below the minimum height', () => {
    const grid = gridLayout({
      count: 30,
      width: 600,
      height: 300,
      gap: 8,
      columns: 0,
      minGaugeHeight: 150,
      ...arcSizing,
    });
    expect(grid.scrolls).toBe(true);
    expect(grid.cellHeight).toBe(150);
    expect(arcSizing.heightOf(grid.size)).toBeCloseTo(150, 6);
    // as many per row as still fit at that height
    expect(grid.columns).toBe(Math.floor((600 + 8) / (grid.cellWidth + 8)));
    const fewer = gridLayout({
      count: 30,
      width: 600,
      height: 300,
      gap: 8,
      columns: 0,
      minGaugeHeight: 0,
      ...arcSizing,
    });
    expect(fewer.scrolls).toBe(false);
  });
});

describe('text', () => {
  it('fits text to a width and cuts it with an ellipsis', () => {
    const size = fitFontSize('123%', 100, 200);
    expect(size * textWidthEm('123%')).toBeCloseTo(100, 9);
    expect(fitFontSize('1%', 1000, 40)).toBe(40);
    const cut = truncateToWidth('A very long sales region name', 100, 16);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidthEm(cut) * 16).toBeLessThanOrEqual(100);
    expect(truncateToWidth('Short', 100, 16)).toBe('Short');
  });

  it('knows the pixel pitch of a 55-inch 1080p screen and the font size legible at 3 m', () => {
    expect(pixelPitchMm()).toBeCloseTo(0.63, 2);
    const font = minimumFontPx(16, 3000);
    expect(capHeightArcMinutes(font, 3000)).toBeCloseTo(16, 6);
    expect(font).toBeGreaterThan(29);
    expect(font).toBeLessThan(31);
  });
});

describe('legibility on a 1920x1080 TV from 3 m', () => {
  // ISO 9241-303: 16 arcminutes is the minimum character height, 20 the preferred for reading at a glance
  const preferred = minimumFontPx(20, 3000);
  const minimum = minimumFontPx(16, 3000);

  function arcFonts(count: number, headline: string) {
    const lines = { name: true, footerLines: 2 };
    const grid = gridLayout({
      count,
      width: 1920,
      height: 1080,
      gap: 8,
      columns: 0,
      minGaugeHeight: 100,
      ...gaugeSizing('arc', lines),
    });
    const layout = arcLayout(grid.cellWidth, grid.cellHeight, lines);
    return {
      headline: fitFontSize(headline, layout.widths.percent, layout.fonts.percent),
      actual: fitFontSize('$120K', layout.widths.actual, layout.fonts.actual),
    };
  }

  it.each([1, 4, 12, 30])('%p arc gauges: the attainment numeral reads at the preferred size', (count) => {
    expect(arcFonts(count, '100%').headline).toBeGreaterThanOrEqual(preferred);
  });

  it.each([1, 4, 12])('%p arc gauges: the actual reads at least at the minimum size', (count) => {
    expect(arcFonts(count, '100%').actual).toBeGreaterThanOrEqual(minimum);
  });

  it.each([1, 4, 12, 30])('%p bullet gauges: the attainment numeral reads at the preferred size', (count) => {
    const grid = gridLayout({
      count,
      width: 1920,
      height: 1080,
      gap: 8,
      columns: 0,
      minGaugeHeight: 100,
      ...gaugeSizing('bullet', { name: true, footerLines: 0 }),
    });
    const layout = bulletLayout(grid.cellWidth, grid.cellHeight);
    expect(fitFontSize('100%', layout.widths.percent, layout.fonts.percent)).toBeGreaterThanOrEqual(preferred);
    expect(layout.x1 - layout.x0).toBeGreaterThan(layout.size * (BULLET_ASPECT - 1.5));
  });
});
