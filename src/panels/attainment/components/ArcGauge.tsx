import React from 'react';

import { arcLayout, arcShapes } from '../geometry/arc';
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

export function ArcGauge({ width, height, texts, ratios, palette, show }: GaugeDrawingProps) {
  const stripes = useStripesId();
  const footer = footerLinesOf(show);
  const layout = arcLayout(width, height, { name: show.name, footerLines: footer.length });
  const shapes = arcShapes(layout, ratios);
  const { cx, cy, fonts, widths } = layout;
  const headlineFont = fitFontSize(texts.headline, widths.percent, fonts.percent);
  const stripeWidth = Math.max(2, layout.radius * 0.04);

  return (
    <svg width={width} height={height} role="img" aria-label={texts.summary}>
      <title>{texts.summary}</title>
      <OverStripes id={stripes} stripeWidth={stripeWidth} palette={palette} />
      {show.name && (
        <text x={cx} y={layout.nameY} textAnchor="middle" fontSize={fonts.name} fontWeight={500} fill={palette.text}>
          {truncateToWidth(texts.name, widths.name, fonts.name)}
        </text>
      )}
      <g transform={`translate(${cx},${cy})`}>
        <path d={shapes.track} fill={palette.track} stroke={palette.trackStroke} data-testid="attainment-track" />
        {shapes.ghost && (
          <path d={shapes.ghost} fill={palette.color} fillOpacity={0.3} data-testid="attainment-projection" />
        )}
        {shapes.fill && <path d={shapes.fill} fill={palette.color} data-testid="attainment-fill" />}
        {shapes.overTrack && <path d={shapes.overTrack} fill={palette.track} stroke={palette.trackStroke} />}
        {shapes.ghostOver && (
          <path d={shapes.ghostOver} fill={palette.over} fillOpacity={0.3} data-testid="attainment-projection-over" />
        )}
        {shapes.overFill && (
          <path d={shapes.overFill} fill={`url(#${stripes})`} stroke={palette.over} data-testid="attainment-over" />
        )}
        {shapes.capped && <path d={shapes.capped} fill={palette.over} data-testid="attainment-capped" />}
        {shapes.pace && (
          <line
            {...shapes.pace}
            stroke={palette.marker}
            strokeWidth={Math.max(2, layout.radius * 0.035)}
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
