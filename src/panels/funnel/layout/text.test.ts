import { fitLabel, MAX_FONT_SIZE } from './text';

describe('funnel labels', () => {
  it('fit by width or by height, whichever is smaller, up to the maximum', () => {
    // 'abcd' is 2.48 em (../../shared/text.ts): 124 px wide fits 50 px text.
    expect(fitLabel('abcd', 124, 80)).toBeCloseTo(50, 10);
    expect(fitLabel('abcd', 1000, 30)).toBe(30);
    expect(fitLabel('a', 10000, 10000)).toBe(MAX_FONT_SIZE);
    expect(fitLabel('', 100, 20)).toBe(20);
    expect(fitLabel('abc', 0, 20)).toBe(0);
  });
});
