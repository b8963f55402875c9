import { processFrames, scorecardFrame, tableFrame } from '../testing/frames';
import { fitColumns, leaderboardColumns } from './columns';
import { toScorecard, type ScorecardModel } from './toScorecard';

const everything = { showRankChange: true, showScore: true, showPctOfTarget: true, showSparklines: true };

function modelOf(frame = scorecardFrame()): ScorecardModel {
  const result = toScorecard(processFrames([frame]));
  if (result.status !== 'ok') {
    throw new Error('expected a model');
  }
  return result.model;
}

describe('leaderboardColumns', () => {
  it('has rank, change, name, score, then value, % of target and trend per metric', () => {
    expect(leaderboardColumns(modelOf(), everything).map((c) => c.id)).toEqual([
      'rank',
      'change',
      'entity',
      'score',
      'value:bookings',
      'pct:bookings',
      'trend:bookings',
      'value:cycle_days',
      'pct:cycle_days',
      // win_rate has no target in any row: no % of target column
      'value:win_rate',
    ]);
  });

  it('leaves out what the options turn off', () => {
    const ids = leaderboardColumns(modelOf(), {
      showRankChange: false,
      showScore: false,
      showPctOfTarget: false,
      showSparklines: false,
    }).map((c) => c.id);
    expect(ids).toEqual(['rank', 'entity', 'value:bookings', 'value:cycle_days', 'value:win_rate']);
  });

  it('gives a table frame rank, name and one column per number field', () => {
    expect(leaderboardColumns(modelOf(tableFrame()), everything).map((c) => c.id)).toEqual([
      'rank',
      'entity',
      'value:bookings',
      'value:overdue_days',
    ]);
  });
});

describe('fitColumns', () => {
  const columns = leaderboardColumns(modelOf(), everything);
  // minimum widths at 14 px: rank 76, change 84, entity 140, score 100, value 100, pct 84, trend 100

  it('keeps every column and shares out the spare width when there is room', () => {
    const { placed, hidden } = fitColumns(columns, 1400);
    expect(hidden).toEqual([]);
    expect(placed.map((c) => c.id)).toEqual(columns.map((c) => c.id));
    const total = placed.reduce((sum, c) => sum + c.width, 0);
    expect(total).toBeLessThanOrEqual(1400);
    expect(total).toBeGreaterThan(1400 - placed.length);
    // Rank does not grow; the name grows twice as fast as a value column.
    expect(placed.find((c) => c.id === 'rank')!.width).toBe(76);
  });

  it('drops the least important columns first on a narrow panel, keeping display order', () => {
    // 76 + 140 + 100 + 100 + 84 = 500 fits; the rank change (84) would need 584.
    const { placed, hidden } = fitColumns(columns, 520);
    expect(placed.map((c) => c.id)).toEqual(['rank', 'entity', 'score', 'value:bookings', 'pct:bookings']);
    expect(hidden.map((c) => c.id)).toEqual([
      'change',
      'trend:bookings',
      'value:cycle_days',
      'pct:cycle_days',
      'value:win_rate',
    ]);
  });

  it('never lets a less important column take the place of one that does not fit', () => {
    // 584 with the rank change; cycle days (100) would need 684, its % of target alone (84) would fit in 670
    const { placed } = fitColumns(columns, 670);
    expect(placed.map((c) => c.id)).toEqual(['rank', 'change', 'entity', 'score', 'value:bookings', 'pct:bookings']);
  });

  it('scales the minimum widths with the text size', () => {
    // At twice the size only rank (152) + entity (280) + score (200) fit in 700, not bookings (200) too.
    expect(fitColumns(columns, 700, 2).placed.map((c) => c.id)).toEqual(['rank', 'entity', 'score']);
  });

  it('always keeps rank and name, squeezing the name when even they do not fit', () => {
    const { placed } = fitColumns(columns, 150);
    expect(placed.map((c) => [c.id, c.width])).toEqual([
      ['rank', 76],
      ['entity', 74],
    ]);
  });
});
