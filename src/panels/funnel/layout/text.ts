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

/** CJK, Hangul, kana and full-width forms take a full em. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

// Layouts measure the same labels again on every render: remember their widths (bounded).
const EMS = new Map<string, number>();
const EMS_LIMIT = 10000;

function ems(text: string): number {
  let width = EMS.get(text);
  if (width === undefined) {
    width = 0;
    for (const character of text) {
      width += isWide(character.codePointAt(0)!) ? WIDE_EM : LATIN_EM;
    }
    if (EMS.size >= EMS_LIMIT) {
      EMS.clear();
    }
    EMS.set(text, width);
  }
  return width;
}

export function estimateTextWidth(text: string, fontSize: number): number {
  return ems(text) * fontSize;
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
  const room = maxWidth / fontSize - ems('…');
  let used = 0;
  let kept = '';
  for (const character of text) {
    used += ems(character);
    if (used > room) {
      break;
    }
    kept += character;
  }
  return kept ? kept + '…' : '';
}
