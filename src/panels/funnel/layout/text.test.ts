import { estimateTextWidth, fitFontSize, MAX_FONT_SIZE, truncateToWidth } from './text';

describe('text sizing', () => {
  it('estimates wide (CJK) characters at a full em and latin ones narrower', () => {
    expect(estimateTextWidth('线索', 10)).toBe(20);
    expect(estimateTextWidth('ab', 10)).toBeCloseTo(11.4, 10);
  });

  it('fits by width or by height, whichever is smaller, up to the maximum', () => {
    // 'abcd' is 2.28 em: 114 px wide fits 50 px text.
    expect(fitFontSize('abcd', 114, 80)).toBeCloseTo(50, 10);
    expect(fitFontSize('abcd', 1000, 30)).toBe(30);
    expect(fitFontSize('a', 10000, 10000)).toBe(MAX_FONT_SIZE);
    expect(fitFontSize('', 100, 20)).toBe(20);
    expect(fitFontSize('abc', 0, 20)).toBe(0);
  });

  it('truncates with an ellipsis to fit', () => {
    expect(truncateToWidth('Qualification', 1000, 10)).toBe('Qualification');
    const short = truncateToWidth('Qualification', 40, 10);
    expect(short.endsWith('…')).toBe(true);
    expect(estimateTextWidth(short, 10)).toBeLessThanOrEqual(40);
    expect(truncateToWidth('Qualification', 1, 10)).toBe('');
  });
});
