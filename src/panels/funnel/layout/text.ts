/**
 * Text sizing by estimate rather than by measuring: the layout stays a pure function (testable, and
 * computed once per render for up to thousands of labels), and canvas measuring is not available in
 * every environment the panel renders in (jsdom, image rendering). The estimate errs on the wide side.
 */

/** Smallest text drawn at all; below it a label is left out (the tooltip and aria-label still carry it). */
export const MIN_FONT_SIZE = 10;
/** Largest text drawn, for very large displays. */
export const MAX_FONT_SIZE = 180;

const LATIN_EM = 0.57;
const WIDE_EM = 1.0;

// CJK, Hangul, kana and full-width forms take a full em.
const WIDE_CHARACTER = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const character of text) {
    ems += WIDE_CHARACTER.test(character) ? WIDE_EM : LATIN_EM;
  }
  return ems * fontSize;
}

/** The largest font size (≤ maxHeight, ≤ MAX_FONT_SIZE) at which the text fits maxWidth. */
export function fitFontSize(text: string, maxWidth: number, maxHeight: number): number {
  const widthAtOne = estimateTextWidth(text, 1);
  const byWidth = widthAtOne > 0 ? maxWidth / widthAtOne : Infinity;
  const size = Math.min(byWidth, maxHeight, MAX_FONT_SIZE);
  return Number.isFinite(size) && size > 0 ? size : 0;
}

/** The text, shortened with an ellipsis so that it fits maxWidth at fontSize. */
export function truncateToWidth(text: string, maxWidth: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) {
    return text;
  }
  const characters = Array.from(text);
  while (characters.length > 0 && estimateTextWidth(characters.join('') + '…', fontSize) > maxWidth) {
    characters.pop();
  }
  return characters.length > 0 ? characters.join('') + '…' : '';
}
