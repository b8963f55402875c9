import { type GaugeStyle } from '../types';
import { arcHeight, type ArcLines, arcRadius } from './arc';
import { bulletCellHeight, bulletHeight } from './bullet';

/** How big a gauge of a style is in a cell, and how tall it is drawn: what the grid needs. */
export function gaugeSizing(style: GaugeStyle, lines: ArcLines) {
  return style === 'bullet'
    ? { sizeOf: bulletHeight, heightOf: bulletCellHeight }
    : {
        sizeOf: (width: number, height: number) => arcRadius(width, height, lines),
        heightOf: (radius: number) => arcHeight(radius, lines),
      };
}
