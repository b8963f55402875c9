import type { RowSize } from './types';

export interface SizeTokens {
  rowHeight: number;
  headerHeight: number;
  footerHeight: number;
  fontSize: number;
  badgeSize: number;
  /** Column widths are written for 14 px text and scale with it. */
  scale: number;
}

function tokens(rowHeight: number, headerHeight: number, footerHeight: number, fontSize: number): SizeTokens {
  return {
    rowHeight,
    headerHeight,
    footerHeight,
    fontSize,
    badgeSize: Math.round(rowHeight * 0.7),
    scale: fontSize / 14,
  };
}

/**
 * `wall` is sized for a 1920x1080 TV read from about 3 m: 32 px text is roughly 14 mm of cap height
 * on a 55-inch screen, and a full-height panel still shows a dozen rows per page.
 */
export const SIZE_TOKENS: Record<RowSize, SizeTokens> = {
  compact: tokens(32, 32, 28, 13),
  normal: tokens(40, 36, 32, 14),
  large: tokens(56, 44, 40, 20),
  wall: tokens(80, 56, 52, 32),
};
