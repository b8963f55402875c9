import { deriveMeasures, type MeasureSettings, type RowValues, totalOf } from './measures';

const settings: MeasureSettings = {
  statusSource: 'auto',
  statusMeasure: 'auto',
  thresholds: { onTrack: 1, cautioned: 0.9 },
};

function row(values: Partial<RowValues>): RowValues {
  return {
    actual: null,
    target: null,
    expectedToDate: null,
    pace: null,
    projected: null,
    requiredRunRate: null,
    remainingDays: null,
    elapsedShare: null,
    status: null,
    ...values,
  };
}

describe('deriveMeasures', () => {
  it('computes what a generic frame lacks from actual, target, elapsed share and days left', () => {
    // 60 of 100 with 40 % of the period gone and 18 days left:
    // attainment 0.6, expected 40, pace 1.5, projected 150, gap 40, needed per day 40/18
    const m = deriveMeasures(row({ actual: 60, target: 100, elapsedShare: 0.4, remainingDays: 18 }), settings);
    expect(m.attainment).toBeCloseTo(0.6, 12);
    expect(m.expectedToDate).toBeCloseTo(40, 12);
    expect(m.pace).toBeCloseTo(1.5, 12);
    expect(m.projected).toBeCloseTo(150, 12);
    expect(m.gap).toBe(40);
    expect(m.requiredRunRate).toBeCloseTo(40 / 18, 12);
    expect(m).toMatchObject({
      status: 'on_track',
      statusFrom: 'thresholds',
      statusMeasure: 'pace',
      targetProblem: null,
    });
  });

  it('keeps the values the frame carries', () => {
    const m = deriveMeasures(
      row({
        actual: 60,
        target: 100,
        expectedToDate: 75,
        pace: 0.8,
        projected: 90,
        requiredRunRate: 3,
        elapsedShare: 0.4,
      }),
      settings
    );
    expect(m).toMatchObject({ expectedToDate: 75, pace: 0.8, projected: 90, requiredRunRate: 3 });
  });

  it.each([
    // pace exactly at each threshold and just below it
    [100, 'on_track'],
    [99.99, 'cautioned'],
    [90, 'cautioned'],
    [89.99, 'off_track'],
  ])('status from pace: actual %p against expected 100 is %p', (actual, status) => {
    const m = deriveMeasures(row({ actual, target: 200, expectedToDate: 100 }), settings);
    expect(m.status).toBe(status);
    expect(m.statusMeasure).toBe('pace');
  });

  it.each([
    [100, 'on_track'],
    [99.99, 'cautioned'],
    [90, 'cautioned'],
    [89.99, 'off_track'],
  ])('status from attainment without an expected value: %p of 100 is %p', (actual, status) => {
    const m = deriveMeasures(row({ actual, target: 100 }), settings);
    expect(m.status).toBe(status);
    expect(m.statusMeasure).toBe('attainment');
  });

  it('uses configured thresholds', () => {
    const strict = { ...settings, thresholds: { onTrack: 1.1, cautioned: 1 } };
    expect(deriveMeasures(row({ actual: 105, target: 100 }), strict).status).toBe('cautioned');
    expect(deriveMeasures(row({ actual: 110, target: 100 }), strict).status).toBe('on_track');
    expect(deriveMeasures(row({ actual: 99, target: 100 }), strict).status).toBe('off_track');
  });

  it("takes the frame's status unless told to use the thresholds", () => {
    const values = row({ actual: 50, target: 100, status: 'on_track' });
    expect(deriveMeasures(values, settings)).toMatchObject({ status: 'on_track', statusFrom: 'frame' });
    expect(deriveMeasures(values, { ...settings, statusSource: 'thresholds' })).toMatchObject({
      status: 'off_track',
      statusFrom: 'thresholds',
    });
  });

  it('compares attainment when asked to, even with an expected value', () => {
    const m = deriveMeasures(row({ actual: 50, target: 100, expectedToDate: 50 }), {
      ...settings,
      statusMeasure: 'attainment',
    });
    expect(m).toMatchObject({ pace: 1, status: 'off_track', statusMeasure: 'attainment' });
  });

  it('reports a status it does not know and computes one instead', () => {
    const m = deriveMeasures(row({ actual: 95, target: 100, status: 'at risk' }), settings);
    expect(m).toMatchObject({ invalidStatus: 'at risk', status: 'cautioned', statusFrom: 'thresholds' });
  });

  it.each([
    ['missing', null],
    ['zero', 0],
    ['negative', -100],
  ])('a %s target gives no ratio, no status and never NaN or Infinity', (problem, target) => {
    const m = deriveMeasures(
      row({ actual: 50, target, expectedToDate: 0, elapsedShare: 0.5, remainingDays: 10, status: 'on_track' }),
      settings
    );
    expect(m).toMatchObject({
      targetProblem: problem,
      attainment: null,
      pace: null,
      gap: null,
      requiredRunRate: null,
      status: null,
      statusFrom: null,
    });
    for (const value of Object.values(m)) {
      if (typeof value === 'number') {
        expect(Number.isFinite(value)).toBe(true);
      }
    }
    expect(m.projected).toBe(100); // actual ÷ elapsed share does not need a target
  });

  it('attainment above 100 % has no gap and needs nothing per day', () => {
    const m = deriveMeasures(row({ actual: 135, target: 100, remainingDays: 5 }), settings);
    expect(m).toMatchObject({ gap: 0, requiredRunRate: 0, status: 'on_track' });
    expect(m.attainment).toBeCloseTo(1.35, 12);
  });

  it('a negative actual (returns exceed sales) gives a negative attainment and the whole target as gap', () => {
    // -20 of 100, 10 days left: attainment -0.2, gap 120, needed 12 a day
    const m = deriveMeasures(row({ actual: -20, target: 100, remainingDays: 10 }), settings);
    expect(m.attainment).toBeCloseTo(-0.2, 12);
    expect(m).toMatchObject({ gap: 120, requiredRunRate: 12, status: 'off_track' });
  });

  it('no actual: no ratio and no status', () => {
    const m = deriveMeasures(row({ actual: null, target: 100, status: 'on_track' }), settings);
    expect(m).toMatchObject({ attainment: null, gap: null, status: null });
  });

  it('no days left: nothing per day rather than a division by zero', () => {
    expect(deriveMeasures(row({ actual: 50, target: 100, remainingDays: 0 }), settings).requiredRunRate).toBeNull();
  });

  it('at the very start of the period (nothing expected yet) there is no pace', () => {
    const m = deriveMeasures(row({ actual: 0, target: 100, elapsedShare: 0 }), settings);
    expect(m).toMatchObject({ expectedToDate: 0, pace: null, projected: null, statusMeasure: 'attainment' });
  });

  it('a cautioned threshold above the on-track one leaves no cautioned band', () => {
    const m = deriveMeasures(row({ actual: 95, target: 100 }), {
      ...settings,
      thresholds: { onTrack: 0.9, cautioned: 0.9 },
    });
    expect(m.status).toBe('on_track');
  });
});

describe('totalOf', () => {
  it('adds actuals, targets, expected and projected values and recomputes the ratios', () => {
    // 120 + 45 + 30 = 195 of 100 + 100 + 80 = 280; expected 50 + 50 + 40 = 140; pace 195/140
    const rows = [
      row({ actual: 120, target: 100, expectedToDate: 50, projected: 240, remainingDays: 15, status: 'on_track' }),
      row({ actual: 45, target: 100, expectedToDate: 50, projected: 90, remainingDays: 15, status: 'cautioned' }),
      row({ actual: 30, target: 80, expectedToDate: 40, projected: 60, remainingDays: 15, status: 'off_track' }),
    ];
    const m = deriveMeasures(totalOf(rows), settings);
    expect(m).toMatchObject({
      actual: 195,
      target: 280,
      expectedToDate: 140,
      projected: 390,
      gap: 85,
      remainingDays: 15,
    });
    expect(m.attainment).toBeCloseTo(195 / 280, 12);
    expect(m.pace).toBeCloseTo(195 / 140, 12);
    expect(m.requiredRunRate).toBeCloseTo(85 / 15, 12);
    expect(m).toMatchObject({ status: 'on_track', statusFrom: 'thresholds' });
  });

  it('has no target when a row lacks one, rather than a partial sum', () => {
    const m = deriveMeasures(totalOf([row({ actual: 10, target: 100 }), row({ actual: 10, target: null })]), settings);
    expect(m).toMatchObject({ actual: 20, target: null, targetProblem: 'missing', attainment: null });
  });
});
