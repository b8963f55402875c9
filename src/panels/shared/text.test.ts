import { estimateTextWidth, fitFontSize, textWidthEm, truncateToWidth } from './text';

describe('text sizing', () => {
  it('estimates wide (CJK) characters at a full em and Latin ones by class', () => {
    expect(estimateTextWidth('线索', 10)).toBe(20);
    expect(estimateTextWidth('：（', 10)).toBe(20);
    // narrow, ordinary lowercase, capital, wide
    expect(textWidthEm('i')).toBe(0.34);
    expect(textWidthEm('a')).toBe(0.62);
    expect(textWidthEm('A')).toBe(0.68);
    expect(textWidthEm('%')).toBe(0.9);
    expect(estimateTextWidth('ab', 10)).toBeCloseTo(12.4, 10);
    expect(textWidthEm('')).toBe(0);
  });

  it('counts characters outside ASCII and the BMP as the classes they belong to', () => {
    // accented letters and symbols below the CJK block are ordinary (capitals included), an astral
    // character (a surrogate pair) is one full-width character, as is a lone surrogate
    expect(textWidthEm('É')).toBe(0.62);
    expect(textWidthEm('✓ …')).toBeCloseTo(0.62 + 0.34 + 0.62, 10);
    expect(textWidthEm('\u{20000}')).toBe(1);
    expect(textWidthEm('a\u{1F600}b')).toBeCloseTo(0.62 + 1 + 0.62, 10);
    expect(textWidthEm('\ud800')).toBe(1);
    expect(textWidthEm('\udc00x')).toBeCloseTo(1 + 0.62, 10);
  });

  it('fits by width or by the largest size allowed, whichever is smaller', () => {
    // 'abcd' is 2.48 em: 124 px wide fits 50 px text.
    expect(fitFontSize('abcd', 124, 80)).toBeCloseTo(50, 10);
    expect(fitFontSize('abcd', 1000, 30)).toBe(30);
    expect(fitFontSize('', 100, 20)).toBe(20);
    expect(fitFontSize('abc', 0, 20)).toBe(0);
    expect(fitFontSize('abc', -5, 20)).toBe(0);
  });

  it('truncates with an ellipsis to fit, without a space before it', () => {
    expect(truncateToWidth('Qualification', 1000, 10)).toBe('Qualification');
    const short = truncateToWidth('Qualification', 40, 10);
    expect(short.endsWith('…')).toBe(true);
    expect(estimateTextWidth(short, 10)).toBeLessThanOrEqual(40);
    expect(truncateToWidth('Sales rep number 12', textWidthEm('Sales rep …') * 16, 16)).toBe('Sales rep…');
    expect(truncateToWidth('Qualification', 1, 10)).toBe('');
    expect(truncateToWidth('线索阶段', 25, 10)).toBe('线…');
  });

  it('keeps a text whole at the size fitFontSize gave it, despite rounding', () => {
    for (const text of ['Lead', 'Qualified', '+25.0% vs previous period', '线索', '$1.2M']) {
      for (const width of [11, 13.5, 22.2, 33, 61.7, 100, 123.4, 997]) {
        expect(truncateToWidth(text, width, fitFontSize(text, width, 1000))).toBe(text);
      }
    }
  });
});
