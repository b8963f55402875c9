import { fitFontSize } from '../../shared/text';

/** Smallest text drawn at all; below it a label is left out (the tooltip and aria-label still carry it). */
export const MIN_FONT_SIZE = 10;
/** Largest text drawn, for very large displays. */
export const MAX_FONT_SIZE = 180;

/** The largest font size (≤ maxHeight, ≤ MAX_FONT_SIZE) at which the text fits maxWidth. */
export function fitLabel(text: string, maxWidth: number, maxHeight: number): number {
  return fitFontSize(text, maxWidth, Math.min(maxHeight, MAX_FONT_SIZE));
}
