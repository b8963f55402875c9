import { clamp, type GaugeRatios, MAX_DRAWN_RATIO } from './ratios';
import { PILL } from './text';

/*
 * The arc gauge: a 240° main ring for 0-100 % of the target, opening at the bottom, and a thinner
 * outer ring that only appears for over-achievement (100-200 %), so that more than the target is
 * drawn as a second lap rather than a full ring that looks like exactly 100 %.
 * Sizes are multiples of the outer radius R, so that everything, text included, scales with the gauge.
 */

export const ARC_START = (-2 * Math.PI) / 3;
export const ARC_SWEEP = (4 * Math.PI) / 3;

const PADDING = 4;
const NAME_LINE = 0.3;
/** From the centre down to below the status label in the ring's opening. */
const BELOW_CENTRE = 0.88;
const FOOTER_LINE = 0.27;

const OVER_OUTER = 1;
const OVER_INNER = 0.89;
const MAIN_OUTER = 0.86;
const MAIN_INNER = 0.69;

export interface ArcLines {
  name: boolean;
  footerLines: number;
}

export interface ArcLayout {
  width: number;
  height: number;
  cx: number;
  cy: number;
  radius: number;
  main: { inner: number; outer: number };
  over: { inner: number; outer: number };
  nameY: number;
  percentY: number;
  actualY: number;
  targetY: number;
  statusY: number;
  footerY: number[];
  fonts: { name: number; percent: number; actual: number; target: number; status: number; footer: number };
  /** Widths available to each text line (centred on cx). */
  widths: { name: number; percent: number; actual: number; target: number; status: number; footer: number };
}

function heightInRadii(lines: ArcLines): number {
  return (lines.name ? NAME_LINE : 0) + 1 + BELOW_CENTRE + FOOTER_LINE * lines.footerLines;
}

/** The height an arc gauge of outer radius R takes. */
export function arcHeight(radius: number, lines: ArcLines): number {
  return radius * heightInRadii(lines) + 2 * PADDING;
}

/** The outer radius of the largest arc gauge fitting in width × height. */
export function arcRadius(width: number, height: number, lines: ArcLines): number {
  return Math.max(0, Math.min((width - 2 * PADDING) / 2, (height - 2 * PADDING) / heightInRadii(lines)));
}

/** Half the width of the circle of radius r at dy from its centre. */
function halfChord(r: number, dy: number): number {
  return Math.sqrt(Math.max(0, r * r - dy * dy));
}

/** The font box of a line of text, as shares of its size: Inter's ascent and descent (Arial's are smaller). */
const ASCENT = 0.97;
const DESCENT = 0.25;
/** Text sizes inside the ring, as shares of R. */
const HEADLINE_FONT = 0.42;
const ACTUAL_FONT = 0.2;
const TARGET_FONT = 0.16;
const STATUS_FONT = 0.17;

export function arcLayout(width: number, height: number, lines: ArcLines): ArcLayout {
  const R = arcRadius(width, height, lines);
  const top = (height - R * heightInRadii(lines)) / 2;
  const nameHeight = lines.name ? NAME_LINE * R : 0;
  const cy = top + nameHeight + R;
  const inner = MAIN_INNER * R;
  // the lines inside the ring, stacked so that their font boxes never overlap (offsets from cy, in R)
  const headline = 0.04;
  const actual = headline + DESCENT * HEADLINE_FONT + ASCENT * ACTUAL_FONT;
  const target = actual + DESCENT * ACTUAL_FONT + ASCENT * TARGET_FONT;
  const status = target + DESCENT * TARGET_FONT + 0.01 + PILL.baseline * STATUS_FONT;
  return {
    width,
    height,
    cx: width / 2,
    cy,
    radius: R,
    main: { inner, outer: MAIN_OUTER * R },
    over: { inner: OVER_INNER * R, outer: OVER_OUTER * R },
    nameY: top + 0.22 * R,
    percentY: cy + headline * R,
    actualY: cy + actual * R,
    targetY: cy + target * R,
    statusY: cy + status * R,
    footerY: Array.from(
      { length: lines.footerLines },
      (_, i) => cy + (BELOW_CENTRE + FOOTER_LINE * (i + 1) - 0.07) * R
    ),
    fonts: {
      name: 0.2 * R,
      percent: HEADLINE_FONT * R,
      actual: ACTUAL_FONT * R,
      target: TARGET_FONT * R,
      status: STATUS_FONT * R,
      footer: 0.18 * R,
    },
    widths: {
      name: width - 2 * PADDING,
      // inside the ring, at the edge of the line's box farthest from the centre, with a margin
      percent: 2 * halfChord(inner, (headline - ASCENT * HEADLINE_FONT) * R) * 0.92,
      actual: 2 * halfChord(inner, (actual + DESCENT * ACTUAL_FONT) * R) * 0.92,
      // between the ends of the ring, then in its opening
      target: 2 * halfChord(MAIN_OUTER * R, 0.5 * R) * 0.9,
      status: 1.6 * R,
      footer: width - 2 * PADDING,
    },
  };
}

export interface ArcShapes {
  track: string;
  fill: string | null;
  overTrack: string | null;
  overFill: string | null;
  ghost: string | null;
  ghostOver: string | null;
  pace: { x1: number; y1: number; x2: number; y2: number } | null;
  /** Attainment beyond what the outer ring can show (over 200 %): an arrowhead past the ring's end. */
  capped: string | null;
}

/** A triangle pointing clockwise just past the end of the outer ring. */
function capArrow(ring: { inner: number; outer: number }): string {
  const end = ARC_START + ARC_SWEEP;
  const width = ring.outer - ring.inner;
  const at = (r: number, angle: number) => `${r * Math.sin(angle)},${-r * Math.cos(angle)}`;
  const tipAngle = end + (1.6 * width) / ring.outer;
  const mid = (ring.inner + ring.outer) / 2;
  return `M${at(ring.inner - width * 0.4, end)}L${at(ring.outer + width * 0.4, end)}L${at(mid, tipAngle)}Z`;
}

function angleOf(share: number): number {
  return ARC_START + clamp(share, 0, 1) * ARC_SWEEP;
}

/** A coordinate to a hundredth of a pixel: far below what a screen shows, and short to write and parse. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * The annular sector between the radii from angle a0 to a1 (radians clockwise from 12 o'clock, a0 < a1,
 * less than a full turn), centred on (0, 0): the path d3's arc() draws without corners or padding, to a
 * hundredth of a pixel, written directly. These paths are made and set on the DOM for every gauge on
 * every refresh, where d3's general generator (corners, padding, full circles) cost more than the rest
 * of the geometry.
 */
export function sectorPath(inner: number, outer: number, a0: number, a1: number): string {
  const large = a1 - a0 >= Math.PI ? 1 : 0;
  const s0 = Math.sin(a0);
  const c0 = Math.cos(a0);
  const s1 = Math.sin(a1);
  const c1 = Math.cos(a1);
  const ro = round2(outer);
  const ri = round2(inner);
  return (
    `M${round2(outer * s0)},${round2(-outer * c0)}` +
    `A${ro},${ro},0,${large},1,${round2(outer * s1)},${round2(-outer * c1)}` +
    `L${round2(inner * s1)},${round2(-inner * c1)}` +
    `A${ri},${ri},0,${large},0,${round2(inner * s0)},${round2(-inner * c0)}Z`
  );
}

/** Path of a ring segment between two shares (0..1) of the sweep; null when empty. */
function segment(ring: { inner: number; outer: number }, from: number, to: number): string | null {
  const start = clamp(from, 0, 1);
  const end = clamp(to, 0, 1);
  if (end - start <= 0) {
    return null;
  }
  return sectorPath(ring.inner, ring.outer, angleOf(start), angleOf(end));
}

/** The whole ring (a track): the same for every gauge of a size, so made once per size. */
const wholeRings = new Map<string, string>();

function wholeRing(ring: { inner: number; outer: number }): string {
  const key = `${ring.inner}|${ring.outer}`;
  let path = wholeRings.get(key);
  if (path === undefined) {
    path = segment(ring, 0, 1)!;
    if (wholeRings.size >= 64) {
      wholeRings.clear();
    }
    wholeRings.set(key, path);
  }
  return path;
}

/** The shapes of a gauge, as SVG paths centred on (0, 0) (the component translates them to cx, cy). */
export function arcShapes(layout: ArcLayout, ratios: GaugeRatios): ArcShapes {
  const { main, over } = layout;
  const attainment = ratios.attainment ?? 0;
  const projected = ratios.projected;
  const overflows = attainment > 1 || (projected !== null && projected > 1);

  const ghostFrom = Math.max(attainment, 0);
  let pace: ArcShapes['pace'] = null;
  if (ratios.expected !== null) {
    const angle = angleOf(ratios.expected);
    const r1 = main.inner - 0.05 * layout.radius;
    const r2 = main.outer + 0.03 * layout.radius;
    pace = { x1: r1 * Math.sin(angle), y1: -r1 * Math.cos(angle), x2: r2 * Math.sin(angle), y2: -r2 * Math.cos(angle) };
  }
  return {
    track: wholeRing(main),
    fill: segment(main, 0, attainment),
    overTrack: overflows ? wholeRing(over) : null,
    overFill: segment(over, 0, attainment - 1),
    ghost: projected !== null ? segment(main, ghostFrom, projected) : null,
    ghostOver: projected !== null ? segment(over, Math.max(attainment - 1, 0), projected - 1) : null,
    pace,
    capped: attainment > MAX_DRAWN_RATIO ? capArrow(over) : null,
  };
}
