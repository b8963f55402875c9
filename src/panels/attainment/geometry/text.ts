/* Text on a gauge: the status pill's proportions and legibility on a wall display. (Text widths: ../../shared/text.ts.) */

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
