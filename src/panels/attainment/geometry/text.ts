/*
 * Text sizing without a DOM. Gauges are laid out by pure functions (tested without a browser), so
 * text widths are estimated from average advance widths of Inter, Grafana's UI font, instead of
 * measured with canvas: the estimate errs wide, so fitted text never overflows.
 */

const NARROW = new Set([...".,:;!|il1'`()[]{}ijtf "]);
const WIDE = new Set([...'%MWmw@']);

/** Estimated width of `text` in em. */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x2e80) {
      width += 1; // CJK and other full-width characters
    } else if (NARROW.has(char)) {
      width += 0.34;
    } else if (WIDE.has(char)) {
      width += 0.9;
    } else if (char >= 'A' && char <= 'Z') {
      width += 0.68;
    } else {
      width += 0.62;
    }
  }
  return width;
}

/** The largest font size up to `maxFont` at which `text` fits in `maxWidth` pixels. */
export function fitFontSize(text: string, maxWidth: number, maxFont: number): number {
  const em = textWidthEm(text);
  return em > 0 ? Math.max(0, Math.min(maxFont, maxWidth / em)) : maxFont;
}

/** `text` cut with an ellipsis so that it fits in `maxWidth` at `fontSize`. */
export function truncateToWidth(text: string, maxWidth: number, fontSize: number): string {
  if (textWidthEm(text) * fontSize <= maxWidth) {
    return text;
  }
  const chars = [...text];
  while (chars.length && textWidthEm(chars.join('') + '…') * fontSize > maxWidth) {
    chars.pop();
  }
  return chars.length ? chars.join('').trimEnd() + '…' : '';
}

/** The status pill, in shares of its font size: height, text baseline below its top, side padding. */
export const PILL = { height: 1.45, baseline: 1.05, padding: 0.5 };

/*
 * Legibility on a wall display. Character height should subtend at least 16 arcminutes at the
 * viewing distance (ISO 9241-303 minimum; 20-22' preferred for reading numbers at a glance). The
 * reference screen is a 55-inch 1920x1080 TV, a common size for sales-floor dashboards; a
 * larger screen of the same resolution only makes pixels bigger.
 */
export const REFERENCE_TV = { diagonalInches: 55, widthPx: 1920, heightPx: 1080 };
/** Cap height of Inter as a share of the font size. */
export const CAP_HEIGHT_EM = 0.727;

export function pixelPitchMm(tv = REFERENCE_TV): number {
  const diagonalPx = Math.hypot(tv.widthPx, tv.heightPx);
  return (tv.diagonalInches * 25.4) / diagonalPx;
}

/** Visual angle (arcminutes) of the cap height of text at `fontPx` seen from `distanceMm`. */
export function capHeightArcMinutes(fontPx: number, distanceMm: number, tv = REFERENCE_TV): number {
  const capMm = fontPx * CAP_HEIGHT_EM * pixelPitchMm(tv);
  return ((2 * Math.atan(capMm / 2 / distanceMm) * 180) / Math.PI) * 60;
}

/** Smallest font size (px) whose cap height subtends `arcMinutes` from `distanceMm`. */
export function minimumFontPx(arcMinutes: number, distanceMm: number, tv = REFERENCE_TV): number {
  const capMm = 2 * distanceMm * Math.tan((arcMinutes / 60 / 2) * (Math.PI / 180));
  return capMm / pixelPitchMm(tv) / CAP_HEIGHT_EM;
}
