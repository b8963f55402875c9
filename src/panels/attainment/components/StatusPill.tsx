import React, { memo } from 'react';

import { textWidthEm } from '../../shared/text';
import { PILL } from '../geometry/text';
import { type GaugePalette } from './palette';

interface Props {
  /** Centre of the pill. */
  x: number;
  /** Baseline of its text. */
  y: number;
  anchor: 'middle' | 'end';
  symbol: string;
  label: string;
  fontSize: number;
  maxWidth: number;
  palette: GaugePalette;
}

/**
 * The status as a shape and a word inside an outlined pill: readable without seeing colour. Memoised:
 * its props are numbers, words and a shared palette, the same from one refresh to the next unless the
 * status changes.
 */
export const StatusPill = memo(function StatusPill({
  x,
  y,
  anchor,
  symbol,
  label,
  fontSize,
  maxWidth,
  palette,
}: Props) {
  const text = `${symbol} ${label}`;
  const font = Math.min(fontSize, maxWidth / (textWidthEm(text) + 2 * PILL.padding));
  const width = (textWidthEm(text) + 2 * PILL.padding) * font;
  const height = font * PILL.height;
  const left = anchor === 'middle' ? x - width / 2 : x - width;
  return (
    <g data-testid="attainment-status">
      <rect
        x={left}
        y={y - font * PILL.baseline}
        width={width}
        height={height}
        rx={height / 2}
        fill={palette.statusBackground}
        stroke={palette.statusText}
        strokeWidth={Math.max(1, font * 0.08)}
      />
      <text x={left + width / 2} y={y} textAnchor="middle" fontSize={font} fontWeight={600} fill={palette.statusText}>
        {text}
      </text>
    </g>
  );
});
