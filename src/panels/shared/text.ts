/*
 * Text sizing without a DOM, for every panel of the pack. Layouts are pure functions (tested without a
 * browser, computed once per render for up to thousands of labels), so text widths are estimated from
 * average advance widths of Inter, Grafana's UI font, by class of character, instead of measured with
 * canvas, which jsdom lacks. The estimate is an average, not a bound (bold figures run up to a tenth
 * wider, narrow letters narrower): layouts keep a margin, and each panel's browser.test.tsx checks in
 * Chromium, with Inter, that no text leaves its place.
 */

const NARROW = new Set([...".,:;!|il1'`()[]{}ijtf "]);
const WIDE = new Set([...'%MWmw@']);

/** Width in em of one character. */
function charEms(character: string): number {
  const code = character.codePointAt(0) ?? 0;
  if (code >= 0x2e80) {
    return 1; // CJK and other full-width characters
  }
  if (NARROW.has(character)) {
    return 0.34;
  }
  if (WIDE.has(character)) {
    return 0.9;
  }
  return character >= 'A' && character <= 'Z' ? 0.68 : 0.62;
}

// Layouts measure the same labels again on every render: remember their widths (bounded).
const EMS = new Map<string, number>();
const EMS_LIMIT = 10000;

/** Estimated width of `text` in em (multiply by the font size for pixels). */
export function textWidthEm(text: string): number {
  let width = EMS.get(text);
  if (width === undefined) {
    width = 0;
    for (const character of text) {
      width += charEms(character);
    }
    if (EMS.size >= EMS_LIMIT) {
      EMS.clear();
    }
    EMS.set(text, width);
  }
  return width;
}

export function estimateTextWidth(text: string, fontSize: number): number {
  return textWidthEm(text) * fontSize;
}

/** The largest font size up to `maxFont` at which `text` fits in `maxWidth` pixels (never below 0). */
export function fitFontSize(text: string, maxWidth: number, maxFont: number): number {
  const em = textWidthEm(text);
  const size = em > 0 ? Math.min(maxFont, maxWidth / em) : maxFont;
  return Number.isFinite(size) && size > 0 ? size : 0;
}

/** `text` cut with an ellipsis so that it fits in `maxWidth` at `fontSize`; '' when not even one character does. */
export function truncateToWidth(text: string, maxWidth: number, fontSize: number): string {
  // (the tolerance keeps a text at the size fitFontSize gave it whole despite rounding: w / e * e may exceed w)
  if (estimateTextWidth(text, fontSize) <= maxWidth * (1 + 1e-12)) {
    return text;
  }
  const ellipsis = textWidthEm('…');
  let used = 0;
  let kept = '';
  for (const character of text) {
    used += charEms(character);
    if ((used + ellipsis) * fontSize > maxWidth) {
      break;
    }
    kept += character;
  }
  kept = kept.trimEnd();
  return kept ? kept + '…' : '';
}
