import { scaleLinear } from 'd3';

import { clamp, type GaugeRatios, MAX_DRAWN_RATIO } from './ratios';

/*
 * The bullet gauge: a horizontal bar on a scale in shares of the target, with a target line at
 * 100 %. The scale reaches as far as the largest value drawn (up to 200 %) and extends left of zero
 * for a negative actual (down to -100 %). Sizes are shares of the gauge's height h.
 */

const PADDING = 4;
/** Width ÷ height below which the bar gets too short to read. */
export const BULLET_ASPECT = 3.5;
export const MIN_NEGATIVE_RATIO = -1;

export interface BulletLayout {
  width: number;
  height: number;
  /** The gauge's own height h (the cell may be taller). */
  size: number;
  x0: number;
  x1: number;
  nameY: number;
  barTop: number;
  barHeight: number;
  percentX: number;
  percentY: number;
  footerY: number;
  fonts: { name: number; percent: number; status: number; footer: number };
  widths: { percent: number; line: number };
}

/** The height a bullet gauge of height h takes in its cell. */
export function bulletCellHeight(h: number): number {
  return h + 2 * PADDING;
}

/** The height of the largest bullet gauge fitting in width × height. */
export function bulletHeight(width: number, height: number): number {
  return Math.max(0, Math.min(height - 2 * PADDING, (width - 2 * PADDING) / BULLET_ASPECT));
}

export function bulletLayout(width: number, height: number): BulletLayout {
  const h = bulletHeight(width, height);
  const top = (height - h) / 2;
  const percentWidth = 1.05 * h;
  const x0 = PADDING;
  const x1 = Math.max(x0, width - PADDING - percentWidth - 0.08 * h);
  return {
    width,
    height,
    size: h,
    x0,
    x1,
    nameY: top + 0.2 * h,
    barTop: top + 0.32 * h,
    barHeight: 0.3 * h,
    percentX: width - PADDING,
    percentY: top + 0.6 * h,
    footerY: top + 0.9 * h,
    fonts: { name: 0.18 * h, percent: 0.38 * h, status: 0.16 * h, footer: 0.17 * h },
    widths: { percent: percentWidth, line: width - 2 * PADDING },
  };
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BulletShapes {
  domain: [number, number];
  track: Rect;
  fill: Rect | null;
  over: Rect | null;
  negative: Rect | null;
  ghost: Rect | null;
  targetX: number;
  paceX: number | null;
  zeroX: number;
  /** Attainment beyond the scale (over 200 %): an arrowhead at the bar's end. */
  capped: string | null;
}

export function bulletShapes(layout: BulletLayout, ratios: GaugeRatios): BulletShapes {
  const attainment = ratios.attainment ?? 0;
  const drawn = [attainment, ratios.projected ?? 0, ratios.expected ?? 0];
  const domain: [number, number] = [
    clamp(Math.min(0, attainment), MIN_NEGATIVE_RATIO, 0),
    clamp(Math.max(1, ...drawn), 1, MAX_DRAWN_RATIO),
  ];
  const x = scaleLinear().domain(domain).range([layout.x0, layout.x1]).clamp(true);
  const { barTop, barHeight } = layout;
  const inner = { y: barTop + barHeight * 0.2, height: barHeight * 0.6 };
  const rect = (from: number, to: number, band = inner): Rect | null => {
    const left = x(Math.min(from, to));
    const right = x(Math.max(from, to));
    return right - left > 0 ? { x: left, y: band.y, width: right - left, height: band.height } : null;
  };
  return {
    domain,
    track: { x: layout.x0, y: barTop, width: layout.x1 - layout.x0, height: barHeight },
    fill: rect(0, Math.min(Math.max(attainment, 0), 1)),
    over: attainment > 1 ? rect(1, attainment) : null,
    negative: attainment < 0 ? rect(attainment, 0) : null,
    ghost: ratios.projected !== null ? rect(Math.max(attainment, 0), Math.max(ratios.projected, attainment, 0)) : null,
    targetX: x(1),
    paceX: ratios.expected !== null ? x(ratios.expected) : null,
    zeroX: x(0),
    capped:
      attainment > MAX_DRAWN_RATIO
        ? `M${layout.x1 - inner.height * 0.8},${inner.y}L${layout.x1},${inner.y + inner.height / 2}L${layout.x1 - inner.height * 0.8},${inner.y + inner.height}Z`
        : null,
  };
}
