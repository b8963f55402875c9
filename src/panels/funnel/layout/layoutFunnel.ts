import { path as d3Path, scaleLinear } from 'd3';

import type { Orientation, StageShape } from '../types';
import { estimateTextWidth, fitFontSize, MIN_FONT_SIZE, truncateToWidth } from './text';

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

function fitName(name: string, box: TextBox, textScale: number): { text: string; fontSize: number } | null {
  const height = scaled(box, textScale);
  const fontSize = fitFontSize(name, box.width, height);
  if (fontSize >= MIN_FONT_SIZE) {
    return { text: name, fontSize };
  }
  // A long name in a narrow column: shorten it rather than shrink it out of legibility.
  if (height >= MIN_FONT_SIZE) {
    const text = truncateToWidth(name, box.width, MIN_FONT_SIZE);
    return text ? { text, fontSize: MIN_FONT_SIZE } : null;
  }
  return null;
}

function fitValue(value: string, box: TextBox, textScale: number): number | null {
  const fontSize = fitFontSize(value, box.width, scaled(box, textScale));
  return fontSize >= MIN_FONT_SIZE ? fontSize : null;
}

/** The most metric lines (in order of importance) that fit, and their common font size. */
function fitMetrics(lines: string[], box: TextBox, textScale: number): { lines: string[]; fontSize: number } {
  const height = scaled(box, textScale);
  for (let count = lines.length; count > 0; count--) {
    const shown = lines.slice(0, count);
    const lineHeight = height / (count * LINE_HEIGHT);
    const fontSize = Math.min(...shown.map((line) => fitFontSize(line, box.width, lineHeight)));
    if (fontSize >= MIN_FONT_SIZE) {
      return { lines: shown, fontSize };
    }
  }
  return { lines: [], fontSize: 0 };
}

const widest = (texts: string[]) => Math.max(0, ...texts.map((text) => estimateTextWidth(text, 1)));

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
  const boxes: TextBoxes = vertical
    ? {
        name: { width: nameSize - inner, height: band * 0.4, limit: band * 0.85 },
        value: { width: shapeSize * 0.95, height: band * 0.55, limit: band * 0.85 },
        metrics: { width: metricsSize - inner, height: band * 0.75, limit: band * 0.95 },
      }
    : {
        name: { width: band * 0.92, height: nameSize * 0.55, limit: nameSize * 0.9 },
        value: { width: band * 0.9, height: Math.min(shapeSize * 0.3, band * 0.4), limit: shapeSize * 0.9 },
        metrics: { width: band * 0.92, height: metricsSize * 0.75, limit: metricsSize * 0.95 },
      };

  return stages.map((stage, index) => {
    const from = padding + index * band;
    const to = from + band - gap;
    const middle = from + (band - gap) / 2;
    const shapeWidths = widths(shape, valueSizes, index) ?? [0, 0];
    const ghostWidths = widths(shape, ghostSizes, index);

    const name = fitName(stage.labels.name, boxes.name, textScale);
    const valueFont = fitValue(stage.labels.value, boxes.value, textScale);
    const metrics = fitMetrics(stage.labels.metrics, boxes.metrics, textScale);
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
