import React, { useMemo } from 'react';

import { arcLayout, arcShapes, round2 } from '../geometry/arc';
import { type GaugeRatios } from '../geometry/ratios';
import { fitFontSize, truncateToWidth } from '../../shared/text';
import { type GaugeTexts } from '../labels';
import { type GaugePalette } from './palette';
import { StatusPill } from './StatusPill';
import { OverStripes, useStripesId } from './OverStripes';

export interface GaugeDrawingProps {
  width: number;
  height: number;
  texts: GaugeTexts;
  ratios: GaugeRatios;
  palette: GaugePalette;
  /** The gauge has a usable target (a bullet draws its line). */
  hasTarget: boolean;
  show: { name: boolean; actualTarget: boolean; daysLeft: boolean; neededPerDay: boolean };
}

export function footerLinesOf(show: { daysLeft: boolean; neededPerDay: boolean }): Array<'daysLeft' | 'neededPerDay'> {
  return [...(show.daysLeft ? (['daysLeft'] as const) : []), ...(show.neededPerDay ? (['neededPerDay'] as const) : [])];
}

/**
 * The arc gauge. Drawn again on every refresh of a wall of gauges, so what does not change with the
 * data (the stripes, the name, the track) is kept as the same React elements from one refresh to the
 * next, which React then skips, and what does change takes as few DOM nodes and attributes as it can.
 */
export function ArcGauge({ width, height, texts, ratios, palette, show }: GaugeDrawingProps) {
  const stripes = useStripesId();
  const footerLines = Number(show.daysLeft) + Number(show.neededPerDay);
  const layout = useMemo(
    () => arcLayout(width, height, { name: show.name, footerLines }),
    [width, height, show.name, footerLines]
  );
  const footer = footerLinesOf(show);
  const shapes = arcShapes(layout, ratios);
  const { cx, cy, fonts, widths } = layout;
  const headlineFont = fitFontSize(texts.headline, widths.percent, fonts.percent);
  const stripeWidth = Math.max(2, layout.radius * 0.04);
  const paceWidth = Math.max(2, layout.radius * 0.035);
  const name = show.name ? truncateToWidth(texts.name, widths.name, fonts.name) : null;
  const over = shapes.overFill !== null;

  // the stripes are only drawn by the part above 100 %: the pattern only where there is one
  const pattern = useMemo(
    () => (over ? <OverStripes id={stripes} stripeWidth={stripeWidth} palette={palette} /> : null),
    [over, stripes, stripeWidth, palette]
  );
  const nameText = useMemo(
    () =>
      name !== null ? (
        <text x={cx} y={layout.nameY} textAnchor="middle" fontSize={fonts.name} fontWeight={500} fill={palette.text}>
          {name}
        </text>
      ) : null,
    [name, cx, layout.nameY, fonts.name, palette.text]
  );
  const track = useMemo(
    () => <path d={shapes.track} fill={palette.track} stroke={palette.trackStroke} data-testid="attainment-track" />,
    [shapes.track, palette.track, palette.trackStroke]
  );
  const overTrack = useMemo(
    () =>
      shapes.overTrack !== null ? (
        <path d={shapes.overTrack} fill={palette.track} stroke={palette.trackStroke} />
      ) : null,
    [shapes.overTrack, palette.track, palette.trackStroke]
  );
  const pace = shapes.pace;

  return (
    // named by aria-label alone: a <title> as well showed the browser's own tooltip over the panel's
    // and was one more node to update on every refresh
    <svg width={width} height={height} role="img" aria-label={texts.summary}>
      {pattern}
      {nameText}
      <g transform={`translate(${cx},${cy})`}>
        {track}
        {shapes.ghost && (
          <path d={shapes.ghost} fill={palette.color} fillOpacity={0.3} data-testid="attainment-projection" />
        )}
        {shapes.fill && <path d={shapes.fill} fill={palette.color} data-testid="attainment-fill" />}
        {overTrack}
        {shapes.ghostOver && (
          <path d={shapes.ghostOver} fill={palette.over} fillOpacity={0.3} data-testid="attainment-projection-over" />
        )}
        {shapes.overFill && (
          <path d={shapes.overFill} fill={`url(#${stripes})`} stroke={palette.over} data-testid="attainment-over" />
        )}
        {shapes.capped && <path d={shapes.capped} fill={palette.over} data-testid="attainment-capped" />}
        {pace && (
          // one path rather than a line: one attribute to set on each refresh instead of four
          <path
            d={`M${round2(pace.x1)},${round2(pace.y1)}L${round2(pace.x2)},${round2(pace.y2)}`}
            stroke={palette.marker}
            strokeWidth={paceWidth}
            strokeLinecap="round"
            data-testid="attainment-pace"
          />
        )}
      </g>
      <text
        x={cx}
        y={layout.percentY}
        textAnchor="middle"
        fontSize={headlineFont}
        fontWeight={600}
        fill={palette.text}
        data-testid="attainment-headline"
      >
        {texts.headline}
      </text>
      {show.actualTarget && texts.headline !== texts.actual && (
        <text
          x={cx}
          y={layout.actualY}
          textAnchor="middle"
          fontSize={fitFontSize(texts.actual, widths.actual, fonts.actual)}
          fontWeight={500}
          fill={palette.text}
          data-testid="attainment-actual"
        >
          {texts.actual}
        </text>
      )}
      {show.actualTarget && texts.ofTarget && (
        <text
          x={cx}
          y={layout.targetY}
          textAnchor="middle"
          fontSize={fitFontSize(texts.ofTarget, widths.target, fonts.target)}
          fill={palette.secondaryText}
          data-testid="attainment-target"
        >
          {texts.ofTarget}
        </text>
      )}
      <StatusPill
        x={cx}
        y={layout.statusY}
        anchor="middle"
        symbol={texts.statusSymbol}
        label={texts.status}
        fontSize={fonts.status}
        maxWidth={widths.status}
        palette={palette}
      />
      {footer.map((line, i) => {
        const text = texts[line];
        return text ? (
          <text
            key={line}
            x={cx}
            y={layout.footerY[i]}
            textAnchor="middle"
            fontSize={fitFontSize(text, widths.footer, fonts.footer)}
            fill={palette.secondaryText}
            data-testid={`attainment-${line}`}
          >
            {text}
          </text>
        ) : null;
      })}
    </svg>
  );
}
