import { SalesError } from '../errors';
import type { ScorecardMetric } from '../types';
import { ranksNullsLast } from './ranking';
import { previousRanks, scorecard, ScorecardEntityInput, ScorecardRow } from './scorecard';

const metrics: ScorecardMetric[] = [
  { id: 'bookings', weight: 2 },
  { id: 'win_rate', weight: 1 },
  { id: 'sales_cycle_days', weight: 1, lowerIsBetter: true },
];

const entities: ScorecardEntityInput[] = [
  { key: 'A', values: { bookings: 120, win_rate: 0.5, sales_cycle_days: 30 }, targets: { bookings: 100 } },
  { key: 'B', values: { bookings: 200, win_rate: 0.4, sales_cycle_days: 20 }, targets: { bookings: 100 } },
  { key: 'C', values: { bookings: 90, win_rate: 0.5, sales_cycle_days: null }, targets: { bookings: 100 } },
  { key: 'D', values: { bookings: null, win_rate: 0.2, sales_cycle_days: 40 }, targets: { bookings: 50 } },
];

const byKey = (rows: ScorecardRow[]) => Object.fromEntries(rows.map((row) => [row.key, row]));

describe('ranksNullsLast', () => {
  it('lets ties share the best rank, skips the shared places and puts nulls last', () => {
    expect(ranksNullsLast([5, 7, 5, null, 1, null], true)).toEqual([2, 1, 2, 5, 4, 5]);
    expect(ranksNullsLast([5, 7, 5, null, 1], false)).toEqual([2, 4, 2, 5, 1]);
    expect(ranksNullsLast([null, null], true)).toEqual([1, 1]);
  });
});

describe('scorecard', () => {
  it('ranks each metric by its raw value: ties share, lower-is-better ascends, no value is last', () => {
    const rows = byKey(scorecard({ metrics, normalize: 'percentile', entities }));
    const ranks = (id: string) => ['A', 'B', 'C', 'D'].map((key) => rows[key].metrics[id].rank);
    expect(ranks('bookings')).toEqual([2, 1, 3, 4]); // 200 > 120 > 90 > none
    expect(ranks('win_rate')).toEqual([1, 3, 1, 4]); // A and C tie at 0.5
    expect(ranks('sales_cycle_days')).toEqual([2, 1, 4, 3]); // 20 < 30 < 40, C has none
  });

  it('gives expected_to_date = target × elapsed share and pace = value ÷ expected, with the elapsed share', () => {
    // 48 % into the period: A at 120 of 100, C at 90 of 100 (90 % of target, pace 90 ÷ 48 = 1.875)
    const rows = byKey(scorecard({ metrics, normalize: 'target', entities, elapsedShare: 0.48 }));
    expect(rows.C.metrics.bookings.expected_to_date).toBeCloseTo(48, 12);
    expect(rows.C.metrics.bookings.pace).toBeCloseTo(90 / 48, 12);
    expect(rows.A.metrics.bookings.pace).toBeCloseTo(120 / 48, 12);
    // no value, no target, or no elapsed share: null
    expect(rows.D.metrics.bookings).toMatchObject({ expected_to_date: 24, pace: null });
    expect(rows.A.metrics.win_rate).toMatchObject({ expected_to_date: null, pace: null });
    const without = byKey(scorecard({ metrics, normalize: 'target', entities }));
    expect(without.C.metrics.bookings).toMatchObject({ expected_to_date: null, pace: null });
    // a range not begun expects 0: no pace
    const before = byKey(scorecard({ metrics, normalize: 'target', entities, elapsedShare: 0 }));
    expect(before.C.metrics.bookings).toMatchObject({ expected_to_date: 0, pace: null });
    expect(() => scorecard({ metrics, normalize: 'target', entities, elapsedShare: 1.5 })).toThrow(
      'The elapsed share of the range must lie in 0..1, not 1.5.'
    );
  });

  it('gives pct_of_target as value ÷ target, null without a value or a target', () => {
    const rows = byKey(scorecard({ metrics, normalize: 'target', entities }));
    expect(rows.A.metrics.bookings.pct_of_target).toBeCloseTo(1.2, 12);
    expect(rows.B.metrics.bookings.pct_of_target).toBe(2);
    expect(rows.C.metrics.bookings.pct_of_target).toBe(0.9);
    expect(rows.D.metrics.bookings.pct_of_target).toBeNull();
    expect(rows.A.metrics.win_rate).toMatchObject({ target: null, pct_of_target: null, normalized: null });
  });

  it('target normalisation: % of target capped at 150 %, metrics without a target left out', () => {
    // Only bookings has targets: A 1.2, B min(2, 1.5) = 1.5, C 0.9, D no value → no score, ranked last.
    const rows = scorecard({ metrics, normalize: 'target', entities });
    expect(rows.map((row) => [row.key, row.rank])).toEqual([
      ['B', 1],
      ['A', 2],
      ['C', 3],
      ['D', 4],
    ]);
    const scores = byKey(rows);
    expect(scores.A.score).toBeCloseTo(1.2, 12);
    expect(scores.B.score).toBe(1.5);
    expect(scores.C.score).toBeCloseTo(0.9, 12);
    expect(scores.D.score).toBeNull();
  });

  it('target normalisation: lower-is-better is target ÷ value, and the cap makes ties that share the best rank', () => {
    const rows = scorecard({
      metrics: [
        { id: 'bookings', weight: 1 },
        { id: 'sales_cycle_days', weight: 1, lowerIsBetter: true },
      ],
      normalize: 'target',
      entities: [
        // bookings 150/100 → 1.5; cycle target 30 / 20 days = 1.5 → score 1.5
        {
          key: 'E1',
          values: { bookings: 150, sales_cycle_days: 20 },
          targets: { bookings: 100, sales_cycle_days: 30 },
        },
        // bookings 300/100 → capped 1.5; cycle 0 days → the cap 1.5 → score 1.5
        { key: 'E2', values: { bookings: 300, sales_cycle_days: 0 }, targets: { bookings: 100, sales_cycle_days: 30 } },
        // bookings 1.0; cycle 30 / 40 = 0.75 → score (1 + 0.75) / 2 = 0.875
        {
          key: 'E3',
          values: { bookings: 100, sales_cycle_days: 40 },
          targets: { bookings: 100, sales_cycle_days: 30 },
        },
      ],
    });
    expect(rows.map((row) => [row.key, row.rank, row.score])).toEqual([
      ['E1', 1, 1.5],
      ['E2', 1, 1.5],
      ['E3', 3, 0.875],
    ]);
    expect(byKey(rows).E3.metrics.sales_cycle_days.pct_of_target).toBeCloseTo(40 / 30, 12);
  });

  it('percentile normalisation: (below + ½ equal) ÷ n, inverted for lower-is-better, weights re-normalised', () => {
    const rows = byKey(scorecard({ metrics, normalize: 'percentile', entities }));
    // bookings over A 120, B 200, C 90: A (1 + ½)/3, B (2 + ½)/3, C ½/3
    expect(rows.A.metrics.bookings.normalized).toBeCloseTo(1.5 / 3, 12);
    expect(rows.B.metrics.bookings.normalized).toBeCloseTo(2.5 / 3, 12);
    // win rate over .5 .4 .5 .2: A and C (2 + 2/2)/4, B (1 + ½)/4, D ½/4
    expect(rows.A.metrics.win_rate.normalized).toBeCloseTo(0.75, 12);
    expect(rows.C.metrics.win_rate.normalized).toBeCloseTo(0.75, 12);
    expect(rows.D.metrics.win_rate.normalized).toBeCloseTo(0.125, 12);
    // cycle (lower better) over A 30, B 20, D 40: counts the entities above: A (1 + ½)/3, B (2 + ½)/3, D ½/3
    expect(rows.B.metrics.sales_cycle_days.normalized).toBeCloseTo(2.5 / 3, 12);
    expect(rows.D.metrics.sales_cycle_days.normalized).toBeCloseTo(0.5 / 3, 12);
    expect(rows.A.score).toBeCloseTo((2 * (1.5 / 3) + 0.75 + 1.5 / 3) / 4, 12);
    expect(rows.B.score).toBeCloseTo((2 * (2.5 / 3) + 1.5 / 4 + 2.5 / 3) / 4, 12);
    expect(rows.C.score).toBeCloseTo((2 * (0.5 / 3) + 0.75) / 3, 12); // no cycle: weights 2 + 1
    expect(rows.D.score).toBeCloseTo((0.5 / 4 + 0.5 / 3) / 2, 12); // no bookings: weights 1 + 1
    expect([rows.B.rank, rows.A.rank, rows.C.rank, rows.D.rank]).toEqual([1, 2, 3, 4]);
  });

  it('zscore normalisation: population z, sign flipped for lower-is-better', () => {
    const rows = byKey(scorecard({ metrics, normalize: 'zscore', entities }));
    const bookingsMean = (120 + 200 + 90) / 3;
    const bookingsSd = Math.sqrt(
      ((120 - bookingsMean) ** 2 + (200 - bookingsMean) ** 2 + (90 - bookingsMean) ** 2) / 3
    );
    const winMean = (0.5 + 0.4 + 0.5 + 0.2) / 4;
    const winSd = Math.sqrt((2 * (0.5 - winMean) ** 2 + (0.4 - winMean) ** 2 + (0.2 - winMean) ** 2) / 4);
    const cycleMean = 30;
    const cycleSd = Math.sqrt((0 + 100 + 100) / 3);
    const z = {
      A: [(120 - bookingsMean) / bookingsSd, (0.5 - winMean) / winSd, -(30 - cycleMean) / cycleSd],
      B: [(200 - bookingsMean) / bookingsSd, (0.4 - winMean) / winSd, -(20 - cycleMean) / cycleSd],
    };
    expect(rows.B.metrics.sales_cycle_days.normalized).toBeCloseTo(10 / cycleSd, 12);
    expect(rows.A.score).toBeCloseTo((2 * z.A[0] + z.A[1] + z.A[2]) / 4, 12);
    expect(rows.B.score).toBeCloseTo((2 * z.B[0] + z.B[1] + z.B[2]) / 4, 12);
    expect(rows.D.score).toBeCloseTo(((0.2 - winMean) / winSd + -(40 - cycleMean) / cycleSd) / 2, 12);
  });

  it('zscore normalisation leaves out a metric on which every entity is equal', () => {
    const rows = scorecard({
      metrics: [
        { id: 'a', weight: 1 },
        { id: 'b', weight: 1 },
      ],
      normalize: 'zscore',
      entities: [
        { key: 'x', values: { a: 5, b: 1 } },
        { key: 'y', values: { a: 5, b: 3 } },
      ],
    });
    // a has SD 0: out. b: mean 2, SD 1 → x −1, y +1.
    expect(rows.map((row) => [row.key, row.score, row.rank, row.metrics.a.normalized])).toEqual([
      ['y', 1, 1, null],
      ['x', -1, 2, null],
    ]);
  });

  it('rank_change = previous_rank − rank, null where the entity was not ranked before', () => {
    const rows = byKey(
      scorecard({ metrics, normalize: 'target', entities, previousRanks: { A: 1, B: 3, C: null, X: 2 } })
    );
    expect([rows.A.previous_rank, rows.A.rank, rows.A.rank_change]).toEqual([1, 2, -1]);
    expect([rows.B.previous_rank, rows.B.rank, rows.B.rank_change]).toEqual([3, 1, 2]);
    expect([rows.C.previous_rank, rows.C.rank_change]).toEqual([null, null]);
    expect([rows.D.previous_rank, rows.D.rank_change]).toEqual([null, null]);
  });

  it('previousRanks keeps only the entities that had a score', () => {
    expect(previousRanks(scorecard({ metrics, normalize: 'target', entities }))).toEqual({ B: 1, A: 2, C: 3 });
  });

  it.each([
    [{ metrics: [] }, /needs at least one metric/],
    [{ metrics: [{ id: 'a', weight: 0 }] }, /weights add up to 0/],
    [{ metrics: [{ id: 'a', weight: -1 }] }, /weight of metric "a" must not be negative/],
    [
      {
        metrics: [
          { id: 'a', weight: 1 },
          { id: 'a', weight: 1 },
        ],
      },
      /lists metric "a" twice/,
    ],
    [{ entities: [entities[0], entities[0]] }, /lists entity "A" twice/],
    [
      { entities: [{ key: 'Z', values: { bookings: NaN } }] },
      /value of "bookings" for "Z" must be a finite number; got NaN/,
    ],
    [
      { entities: [{ key: 'Z', values: {}, targets: { bookings: '100' } }] },
      /target of "bookings" for "Z" must be a finite number; got "100"/,
    ],
    [{ normalize: 'minmax' }, /normalisation must be one of target, percentile, zscore; got "minmax"/],
    [{ previousRanks: { A: NaN } }, /previous rank of "A"/],
  ])('rejects bad input %#', (change, message) => {
    const run = () => scorecard({ metrics, normalize: 'target', entities, ...change } as never);
    expect(run).toThrow(SalesError);
    expect(run).toThrow(message);
  });
});
