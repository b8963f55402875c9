import React from 'react';

import { bulletLayout, bulletShapes } from '../geometry/bullet';
import { fitFontSize, textWidthEm, truncateToWidth } from '../../shared/text';
import { type GaugeDrawingProps } from './ArcGauge';
import { StatusPill } from './StatusPill';
import { OverStripes, useStripesId } from './OverStripes';

export function BulletGauge({ width, height, texts, ratios, palette, hasTarget, show }: GaugeDrawingProps) {
  const stripes = useStripesId();
  const layout = bulletLayout(width, height);
  const shapes = bulletShapes(layout, ratios);
  const { fonts, widths, barTop, barHeight } = layout;
  const stripeWidth = Math.max(2, barHeight * 0.12);

  const statusWidth = (textWidthEm(`${texts.statusSymbol} ${texts.status}`) + 1) * fonts.status;
  const nameWidth = widths.line - statusWidth - fonts.status;
  // the actual is in the footer unless it is already the headline (no target)
  const actualAndTarget = [texts.headline !== texts.actual ? texts.actual : null, texts.ofTarget];
  const left = show.actualTarget ? [actualAndTarget.filter(Boolean).join(' ')].filter(Boolean) : [];
  const right = [show.daysLeft ? texts.daysLeft : null, show.neededPerDay ? texts.neededPerDay : null].filter(
    (text): text is string => Boolean(text)
  );
  const footer = [...left, ...right].join('  ·  ');

  return (
    // named by aria-label alone: a <title> as well showed the browser's own tooltip over the panel's
    // and was one more node to update on every refresh
    <svg width={width} height={height} role="img" aria-label={texts.summary}>
      <OverStripes id={stripes} stripeWidth={stripeWidth} palette={palette} />
      {show.name && (
        <text x={layout.x0} y={layout.nameY} fontSize={fonts.name} fontWeight={500} fill={palette.text}>
          {truncateToWidth(texts.name, nameWidth, fonts.name)}
        </text>
      )}
      <StatusPill
        x={layout.width - 4}
        y={layout.nameY}
        anchor="end"
        symbol={texts.statusSymbol}
        label={texts.status}
        fontSize={fonts.status}
        maxWidth={widths.line / 2}
        palette={palette}
      />
      <rect {...shapes.track} fill={palette.track} stroke={palette.trackStroke} data-testid="attainment-track" />
      {shapes.ghost && (
        <rect {...shapes.ghost} fill={palette.color} fillOpacity={0.3} data-testid="attainment-projection" />
      )}
      {shapes.fill && <rect {...shapes.fill} fill={palette.color} data-testid="attainment-fill" />}
      {shapes.over && (
        <rect {...shapes.over} fill={`url(#${stripes})`} stroke={palette.over} data-testid="attainment-over" />
      )}
      {shapes.negative && (
        <>
          <rect {...shapes.negative} fill={palette.color} fillOpacity={0.6} data-testid="attainment-negative" />
          <line
            x1={shapes.zeroX}
            x2={shapes.zeroX}
            y1={barTop}
            y2={barTop + barHeight}
            stroke={palette.secondaryText}
            strokeWidth={Math.max(1, barHeight * 0.04)}
            data-testid="attainment-zero-line"
          />
        </>
      )}
      {hasTarget && (
        <line
          x1={shapes.targetX}
          x2={shapes.targetX}
          y1={barTop - barHeight * 0.15}
          y2={barTop + barHeight * 1.15}
          stroke={palette.text}
          strokeWidth={Math.max(2, barHeight * 0.08)}
          data-testid="attainment-target-line"
        />
      )}
      {shapes.capped && <path d={shapes.capped} fill={palette.marker} data-testid="attainment-capped" />}
      {shapes.paceX !== null && (
        <path
          d={`M${shapes.paceX},${barTop + barHeight} l${-barHeight * 0.25},${barHeight * 0.4} h${barHeight * 0.5} z`}
          fill={palette.marker}
          data-testid="attainment-pace"
        />
      )}
      <text
        x={layout.percentX}
        y={layout.percentY}
        textAnchor="end"
        fontSize={fitFontSize(texts.headline, widths.percent, fonts.percent)}
        fontWeight={600}
        fill={palette.text}
        data-testid="attainment-headline"
      >
        {texts.headline}
      </text>
      {footer && (
        <text
          x={layout.x0}
          y={layout.footerY}
          fontSize={fitFontSize(footer, widths.line, fonts.footer)}
          fill={palette.secondaryText}
          data-testid="attainment-footer"
        >
          {footer}
        </text>
      )}
    </svg>
  );
}
