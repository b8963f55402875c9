import { stageMetrics } from './stageMetrics';

describe('stageMetrics', () => {
  it('computes conversion from previous and from first and drop-off by hand', () => {
    // 80 → 20 → 5: 20/80 = 0.25, 5/20 = 0.25; of first 0.25, 5/80 = 0.0625; drop 60, 15.
    expect(stageMetrics([80, 20, 5])).toEqual([
      { conversionFromPrevious: null, conversionFromFirst: 1, dropOff: null },
      { conversionFromPrevious: 0.25, conversionFromFirst: 0.25, dropOff: 60 },
      { conversionFromPrevious: 0.25, conversionFromFirst: 0.0625, dropOff: 15 },
    ]);
  });

  it('gives null ratios after an empty stage and a negative drop-off when a stage grows', () => {
    expect(stageMetrics([10, 0, 4])).toEqual([
      { conversionFromPrevious: null, conversionFromFirst: 1, dropOff: null },
      { conversionFromPrevious: 0, conversionFromFirst: 0, dropOff: 10 },
      { conversionFromPrevious: null, conversionFromFirst: 0.4, dropOff: -4 },
    ]);
  });

  it('never yields NaN or Infinity when the first stage is empty', () => {
    const metrics = stageMetrics([0, 0, 3]);
    expect(metrics.map((m) => m.conversionFromFirst)).toEqual([null, null, null]);
    expect(metrics.map((m) => m.conversionFromPrevious)).toEqual([null, null, null]);
  });

  it('handles no stage and one stage', () => {
    expect(stageMetrics([])).toEqual([]);
    expect(stageMetrics([5])).toEqual([{ conversionFromPrevious: null, conversionFromFirst: 1, dropOff: null }]);
  });
});
