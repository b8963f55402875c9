import { path as d3Path, scaleLinear } from 'd3';

import type { Orientation, StageShape } from '../types';
import { textWidthEm, truncateToWidth } from '../../shared/text';
import { fitLabel, MIN_FONT_SIZE } from './text';

export interface StageLabels {
  name: string;
  value: string;
  /** Secondary lines (conversions, drop-off, comparison) in order of importance. */
  metrics: string[];
}

export interface LayoutStage {
  value: number;
  comparison: number | null;
  labels: StageLabels;
}

export interface LayoutInput {
  width: number;
  height: number;
  orientation: Orientation;
  shape: StageShape;
  textScale: number;
  /** Values mapped to zero and full width (or height). */
  domain: [number, number];
  stages: LayoutStage[];
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TextLine {
  text: string;
  x: number;
  y: number;
  fontSize: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface StageLayout {
  /** The stage's whole band (shape and labels): the hover and click target. */
  band: Rect;
  shape: string;
  /** The comparison series' outline, when the stage has a comparison value. */
  ghost: string | null;
  name: TextLine | null;
  value: TextLine | null;
  metrics: TextLine[];
}

const LINE_HEIGHT = 1.2;

/** A centred trapezoid (or rectangle) along the funnel's flow: `start` and `end` are its two widths. */
function stagePath(
  orientation: Orientation,
  centre: number,
  from: number,
  to: number,
  startWidth: number,
  endWidth: number
): string {
  const path = d3Path();
  if (orientation === 'vertical') {
    path.moveTo(centre - startWidth / 2, from);
    path.lineTo(centre + startWidth / 2, from);
    path.lineTo(centre + endWidth / 2, to);
    path.lineTo(centre - endWidth / 2, to);
  } else {
    path.moveTo(from, centre - startWidth / 2);
    path.lineTo(from, centre + startWidth / 2);
    path.lineTo(to, centre + endWidth / 2);
    path.lineTo(to, centre - endWidth / 2);
  }
  path.closePath();
  return path.toString();
}

/** The end width of a trapezoid is the next stage's width, so that stages join like a funnel. */
function widths(shape: StageShape, sizes: Array<number | null>, index: number): [number, number] | null {
  const own = sizes[index];
  if (own === null) {
    return null;
  }
  const next = sizes[index + 1];
  return [own, shape === 'trapezoid' && next !== undefined && next !== null ? next : own];
}

/**
 * Room for each label: `height` is the text height at text scale 1, `limit` the most it may take
 * at a larger text scale without running into the neighbouring stage.
 */
interface TextBox {
  width: number;
  height: number;
  limit: number;
}

interface TextBoxes {
  name: TextBox;
  value: TextBox;
  metrics: TextBox;
}

const scaled = (box: TextBox, textScale: number) => Math.min(box.height * textScale, box.limit);

/**
 * One size for a kind of label across all stages, so that the stages read alike: the size at which
 * every text fits, but not below half the typical one (a single long text is then shortened
 * or left out instead of shrinking all the others).
 */
function commonSize(fits: number[]): number {
  const usable = fits.filter((fit) => fit > 0).sort((a, b) => a - b);
  if (usable.length === 0) {
    return 0;
  }
  const median = usable[Math.floor((usable.length - 1) / 2)];
  return Math.max(usable[0], median * 0.5);
}

function fitNames(names: string[], box: TextBox, textScale: number): Array<{ text: string; fontSize: number } | null> {
  const height = scaled(box, textScale);
  const size = Math.max(commonSize(names.map((name) => fitLabel(name, box.width, height))), MIN_FONT_SIZE);
  if (height < MIN_FONT_SIZE) {
    return names.map(() => null);
  }
  // A long name in a narrow column is shortened rather than shrunk out of legibility.
  return names.map((name) => {
    const text = truncateToWidth(name, box.width, size);
    return text ? { text, fontSize: size } : null;
  });
}

function fitValues(values: string[], box: TextBox, textScale: number): Array<number | null> {
  const fits = values.map((value) => fitLabel(value, box.width, scaled(box, textScale)));
  const size = commonSize(fits);
  return fits.map((fit) => {
    const fontSize = Math.min(fit, size);
    return fontSize >= MIN_FONT_SIZE ? fontSize : null;
  });
}

/** The largest size at which the first `count` lines fit the box. */
function linesFit(lines: string[], count: number, box: TextBox, height: number): number {
  const lineHeight = height / (count * LINE_HEIGHT);
  return Math.min(...lines.slice(0, count).map((line) => fitLabel(line, box.width, lineHeight)));
}

/** Per stage, the most metric lines (in order of importance) that fit at one size shared by all stages. */
function fitMetrics(
  stageLines: string[][],
  box: TextBox,
  textScale: number
): Array<{ lines: string[]; fontSize: number }> {
  const height = scaled(box, textScale);
  // Each stage's own best: as many lines as fit at the minimum size, as large as they then fit.
  const best = stageLines.map((lines) => {
    for (let count = lines.length; count > 0; count--) {
      const fontSize = linesFit(lines, count, box, height);
      if (fontSize >= MIN_FONT_SIZE) {
        return fontSize;
      }
    }
    return 0;
  });
  const size = commonSize(best);
  return stageLines.map((lines) => {
    let count = 0;
    while (count < lines.length && linesFit(lines, count + 1, box, height) >= size) {
      count++;
    }
    return size >= MIN_FONT_SIZE && count > 0
      ? { lines: lines.slice(0, count), fontSize: size }
      : { lines: [], fontSize: 0 };
  });
}

const widest = (texts: string[]) => Math.max(0, ...texts.map((text) => textWidthEm(text)));

/**
 * Widths of the name and figure columns of a vertical funnel: together a fixed share of the width
 * (the rest is the shape's), split in proportion to their longest texts so that neither shrinks
 * its text far below the other's.
 */
function splitLabelColumns(stages: LayoutStage[], across: number, hasMetrics: boolean): [number, number] {
  if (!hasMetrics) {
    return [across * 0.3, 0];
  }
  const names = widest(stages.map((stage) => stage.labels.name));
  const metrics = widest(stages.flatMap((stage) => stage.labels.metrics));
  const nameShare = names + metrics > 0 ? Math.min(0.6, Math.max(0.3, names / (names + metrics))) : 0.5;
  const labels = across * 0.56;
  return [labels * nameShare, labels * (1 - nameShare)];
}

/**
 * Positions of every stage's shape and labels in a funnel of the given size. Vertical funnels flow
 * top to bottom with names on the left and figures on the right; horizontal ones flow left to right
 * with names above and figures below. Text sizes follow the space each stage gets.
 */
export function layoutFunnel(input: LayoutInput): StageLayout[] {
  const { width, height, orientation, shape, stages } = input;
  const count = stages.length;
  if (count === 0 || width <= 0 || height <= 0) {
    return [];
  }
  const textScale = Number.isFinite(input.textScale) && input.textScale > 0 ? input.textScale : 1;
  const padding = Math.max(2, Math.min(16, Math.min(width, height) * 0.02));
  const hasMetrics = stages.some((stage) => stage.labels.metrics.length > 0);
  const vertical = orientation === 'vertical';

  // Along the flow: one band per stage. Across it: name, shape and figures.
  const flowLength = (vertical ? height : width) - 2 * padding;
  const across = (vertical ? width : height) - 2 * padding;
  const band = flowLength / count;
  const gap = shape === 'bar' ? Math.min(band * 0.15, 12) : Math.min(band * 0.04, 3);
  const [nameSize, metricsSize] = vertical
    ? splitLabelColumns(stages, across, hasMetrics)
    : [across * 0.16, hasMetrics ? across * 0.28 : 0];
  const inner = Math.max(0, (vertical ? 0.02 : 0.04) * across);
  const shapeSize = Math.max(0, across - nameSize - metricsSize - 2 * inner);

  const [low, high] = input.domain;
  const scale = scaleLinear()
    .domain([low, high > low ? high : low + 1])
    .range([0, shapeSize])
    .clamp(true);
  const size = (value: number | null) => (value === null || !Number.isFinite(value) ? null : scale(value));
  const valueSizes = stages.map((stage) => size(stage.value));
  const ghostSizes = stages.map((stage) => size(stage.comparison));

  const shapeStart = padding + nameSize + inner;
  const centre = shapeStart + shapeSize / 2;
  const metricsStart = shapeStart + shapeSize + inner;
  // A font's glyph box is up to about 1.2 × its size, so a label of band × 0.75 keeps clear of the next stage.
  const boxes: TextBoxes = vertical
    ? {
        name: { width: nameSize - inner, height: band * 0.4, limit: band * 0.75 },
        value: { width: shapeSize * 0.95, height: band * 0.55, limit: band * 0.75 },
        metrics: { width: metricsSize - inner, height: band * 0.75, limit: band * 0.95 },
      }
    : {
        name: { width: band * 0.92, height: nameSize * 0.55, limit: nameSize * 0.9 },
        value: { width: band * 0.9, height: Math.min(shapeSize * 0.3, band * 0.4), limit: shapeSize * 0.9 },
        metrics: { width: band * 0.92, height: metricsSize * 0.75, limit: metricsSize * 0.95 },
      };

  const names = fitNames(
    stages.map((stage) => stage.labels.name),
    boxes.name,
    textScale
  );
  const values = fitValues(
    stages.map((stage) => stage.labels.value),
    boxes.value,
    textScale
  );
  const metricLines = fitMetrics(
    stages.map((stage) => stage.labels.metrics),
    boxes.metrics,
    textScale
  );

  return stages.map((stage, index) => {
    const from = padding + index * band;
    const to = from + band - gap;
    const middle = from + (band - gap) / 2;
    const shapeWidths = widths(shape, valueSizes, index) ?? [0, 0];
    const ghostWidths = widths(shape, ghostSizes, index);

    const name = names[index];
    const valueFont = values[index];
    const metrics = metricLines[index];
    const lineStep = metrics.fontSize * LINE_HEIGHT;

    const at = (flow: number, crossAxis: number) => (vertical ? { x: crossAxis, y: flow } : { x: flow, y: crossAxis });
    const bandRect: Rect = vertical
      ? { x: padding, y: from, width: across, height: band }
      : { x: from, y: padding, width: band, height: across };

    const metricsLines: TextLine[] = metrics.lines.map((text, line) => {
      const position = vertical
        ? at(middle - ((metrics.lines.length - 1) * lineStep) / 2 + line * lineStep, metricsStart)
        : at(middle, metricsStart + lineStep * (line + 0.5));
      return { text, fontSize: metrics.fontSize, anchor: vertical ? 'start' : 'middle', ...position };
    });

    return {
      band: bandRect,
      shape: stagePath(orientation, centre, from, to, shapeWidths[0], shapeWidths[1]),
      ghost: ghostWidths ? stagePath(orientation, centre, from, to, ghostWidths[0], ghostWidths[1]) : null,
      name: name
        ? {
            ...name,
            anchor: vertical ? 'end' : 'middle',
            ...(vertical ? at(middle, padding + nameSize) : at(middle, padding + nameSize / 2)),
          }
        : null,
      value: valueFont
        ? { text: stage.labels.value, fontSize: valueFont, anchor: 'middle', ...at(middle, centre) }
        : null,
      metrics: metricsLines,
    };
  });
}
