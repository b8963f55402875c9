import { panelFieldConfig, processFrames, scorecardFrame, tableFrame } from '../testing/frames';
import { bestFirstOrder, ranksOfPresent, parseSortKey, sortRows, withRanks } from './ranking';
import { toScorecard, type ScorecardModel } from './toScorecard';

function modelOf(frame = scorecardFrame(), fieldConfig = panelFieldConfig()): ScorecardModel {
  const result = toScorecard(processFrames([frame], fieldConfig));
  if (result.status !== 'ok') {
    throw new Error('expected a model');
  }
  return result.model;
}

const names = (rows: Array<{ name: string }>) => rows.map((r) => r.name);

describe('ranksOfPresent', () => {
  it('ranks the highest first when higher is better; ties share the best rank and the next skips', () => {
    expect(ranksOfPresent([10, 30, 20, 30, 5], 'higher')).toEqual([4, 1, 3, 1, 5]);
  });

  it('ranks the lowest first when lower is better', () => {
    expect(ranksOfPresent([10, 30, 20, 30, 5], 'lower')).toEqual([2, 4, 3, 4, 1]);
  });

  it('leaves missing values unranked and does not count them', () => {
    expect(ranksOfPresent([null, 3, null, 3, 1], 'higher')).toEqual([null, 1, null, 1, 3]);
    expect(ranksOfPresent([], 'higher')).toEqual([]);
  });

  it('treats zero and negative values as values', () => {
    expect(ranksOfPresent([0, -2, 0, 1], 'higher')).toEqual([2, 4, 2, 1]);
  });
});

describe('sortRows on the scorecard frame', () => {
  const model = modelOf();

  it('sorts by rank with tied ranks in name order', () => {
    expect(names(sortRows(model.rows, model, { key: 'rank', order: 'asc' }))).toEqual([
      'Ana',
      'Ben',
      'Cai',
      'Dee',
      'Eve',
    ]);
    expect(names(sortRows(model.rows, model, { key: 'rank', order: 'desc' }))).toEqual([
      'Eve',
      'Dee',
      'Ben',
      'Cai',
      'Ana',
    ]);
  });

  it('sorts by a metric either way, with missing values last in both orders', () => {
    // bookings: Ana 120k, Ben 90k, Cai 95k, Dee 60k, Eve none
    expect(names(sortRows(model.rows, model, { key: 'value:bookings', order: 'desc' }))).toEqual([
      'Ana',
      'Cai',
      'Ben',
      'Dee',
      'Eve',
    ]);
    expect(names(sortRows(model.rows, model, { key: 'value:bookings', order: 'asc' }))).toEqual([
      'Dee',
      'Ben',
      'Cai',
      'Ana',
      'Eve',
    ]);
  });

  it('sorts by % of target, by name, by score and by rank change', () => {
    // cycle_days % of target: 0.75, 1.25, 0.9, 1, 1.125
    expect(names(sortRows(model.rows, model, { key: 'pct:cycle_days', order: 'asc' }))).toEqual([
      'Ana',
      'Cai',
      'Dee',
      'Eve',
      'Ben',
    ]);
    expect(names(sortRows(model.rows, model, { key: 'entity', order: 'desc' }))).toEqual([
      'Eve',
      'Dee',
      'Cai',
      'Ben',
      'Ana',
    ]);
    // Ben and Cai tie on score: rank then name decide.
    expect(names(sortRows(model.rows, model, { key: 'score', order: 'desc' }))).toEqual([
      'Ana',
      'Ben',
      'Cai',
      'Dee',
      'Eve',
    ]);
    // changes: Ana +1, Ben −1, Cai +2, Dee none (new), Eve 0
    expect(names(sortRows(model.rows, model, { key: 'change', order: 'desc' }))).toEqual([
      'Cai',
      'Ana',
      'Eve',
      'Ben',
      'Dee',
    ]);
  });

  it('falls back to rank order for a key that names nothing in the data', () => {
    expect(parseSortKey('value:nope', model)).toBeUndefined();
    expect(parseSortKey('pct:rep', model)).toBeUndefined();
    expect(parseSortKey('score', modelOf(tableFrame()))).toBeUndefined();
    expect(names(sortRows(model.rows, model, { key: 'value:nope', order: 'desc' }))).toEqual([
      'Ana',
      'Ben',
      'Cai',
      'Dee',
      'Eve',
    ]);
  });

  it('does not reorder the rows it was given', () => {
    const before = names(model.rows);
    sortRows(model.rows, model, { key: 'entity', order: 'desc' });
    expect(names(model.rows)).toEqual(before);
  });

  it('knows which order puts the best first', () => {
    expect(bestFirstOrder('rank', model)).toBe('asc');
    expect(bestFirstOrder('score', model)).toBe('desc');
    expect(bestFirstOrder('value:bookings', model)).toBe('desc');
    expect(bestFirstOrder('value:cycle_days', model)).toBe('asc');
    expect(bestFirstOrder('pct:cycle_days', model)).toBe('asc');
    expect(bestFirstOrder('change', model)).toBe('desc');
    expect(bestFirstOrder('entity', model)).toBe('asc');
  });

  it('keeps the data source ranks whatever the sort', () => {
    expect(withRanks(model, 'value:cycle_days', 'rank').map((r) => r.rank)).toEqual([1, 2, 2, 4, 5]);
  });
});

describe('withRanks on a table frame', () => {
  it('ranks by the first metric when sorted by rank or name; ties share the best rank', () => {
    const model = modelOf(tableFrame());
    // bookings: North 500, South 700, East 700, West none
    const ranked = withRanks(model, 'rank', 'rank');
    expect(ranked.map((r) => [r.name, r.rank])).toEqual([
      ['North', 3],
      ['South', 1],
      ['East', 1],
      ['West', null],
    ]);
    expect(names(sortRows(ranked, model, { key: 'rank', order: 'asc' }))).toEqual(['East', 'South', 'North', 'West']);
  });

  it('ranks by the active sort column, in its better direction', () => {
    const model = modelOf(
      tableFrame(),
      panelFieldConfig({
        overrides: [
          {
            matcher: { id: 'byName', options: 'overdue_days' },
            properties: [{ id: 'custom.betterWhen', value: 'lower' }],
          },
        ],
      })
    );
    // overdue_days (lower is better): North 12, South 3, East 8, West 3
    const ranked = withRanks(model, 'value:overdue_days', 'rank');
    expect(ranked.map((r) => [r.name, r.rank])).toEqual([
      ['North', 4],
      ['South', 1],
      ['East', 3],
      ['West', 1],
    ]);
    expect(names(sortRows(ranked, model, { key: 'value:overdue_days', order: 'asc' }))).toEqual([
      'South',
      'West',
      'East',
      'North',
    ]);
  });

  it('ranks by the configured metric while a viewer sorts by name', () => {
    const model = modelOf(tableFrame());
    expect(withRanks(model, 'entity', 'value:overdue_days').map((r) => r.rank)).toEqual([1, 3, 2, 3]);
  });
});
