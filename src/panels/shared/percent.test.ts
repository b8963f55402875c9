import { percentText } from './percent';

describe('percentText', () => {
  it.each([
    [0.45, '45%'],
    [0.375, '38%'],
    [1.35, '135%'],
    [-0.2, '-20%'],
    [0, '0%'],
    [1, '100%'],
    // never "100%" for a gauge short of its target
    [0.996, '99.6%'],
    [0.9999, '99.9%'],
  ])('%p is %p', (ratio, text) => {
    expect(percentText(ratio)).toBe(text);
  });
});
