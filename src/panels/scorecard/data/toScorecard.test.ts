import { createDataFrame, FieldType } from '@grafana/data';

import { pacedScorecardFrame, panelFieldConfig, processFrames, scorecardFrame, tableFrame } from '../testing/frames';
import { coloursByPace } from './targets';
import { toScorecard, type ScorecardModel } from './toScorecard';

function model(frames = processFrames([scorecardFrame()])): ScorecardModel {
  const result = toScorecard(frames);
  if (result.status !== 'ok') {
    throw new Error(`expected a model, got ${JSON.stringify(result)}`);
  }
  return result.model;
}

describe('toScorecard: the data source scorecard frame', () => {
  it('takes the metrics in the order of meta.custom.metrics, with their companions and flags', () => {
    const m = model();
    expect(m.source).toBe('scorecard');
    expect(m.entity.name).toBe('rep');
    expect(m.entityKey?.name).toBe('rep_id');
    expect(m.metrics.map((x) => [x.id, x.label, x.lowerIsBetter, x.weight])).toEqual([
      ['bookings', 'Bookings', false, 2],
      ['cycle_days', 'Sales cycle', true, 1],
      ['win_rate', 'Win rate', false, 1],
    ]);
    expect(m.metrics[0].target?.name).toBe('bookings_target');
    expect(m.metrics[0].pctOfTarget?.name).toBe('bookings_pct_of_target');
    // The frame's one sparkline belongs to the metric meta.custom.sparkline names.
    expect(m.metrics[0].sparkline?.name).toBe('sparkline');
    expect(m.metrics[1].sparkline).toBeUndefined();
    expect(m.sparklineTimes).toEqual([1, 2, 3, 4]);
    expect(m.warnings).toEqual([]);
  });

  it('reads each row in frame order with ranks, rank changes and new entries', () => {
    const m = model();
    expect(m.rows.map((r) => [r.index, r.name, r.rank, r.rankChange, r.isNew, r.score])).toEqual([
      [0, 'Ana', 1, 1, false, 1.1],
      [1, 'Ben', 2, -1, false, 0.95],
      [2, 'Cai', 2, 2, false, 0.95],
      // Dee has no previous rank while the others have: she is new on the board.
      [3, 'Dee', 4, null, true, 0.7],
      [4, 'Eve', 5, 0, false, 0.4],
    ]);
    expect(m.hasRankChange).toBe(true);
    expect(m.rows[4].values).toEqual([null, 45, 0.2]);
    expect(m.rows[4].targets).toEqual([50000, 40, null]);
    expect(m.rows[0].pctOfTarget).toEqual([1.2, 0.75, null]);
    expect(m.rows[2].sparklines[0]).toEqual([5, null, 15, 25]);
    expect(m.rows[4].sparklines[0]).toBeNull();
  });

  it('derives rank change from previous_rank when rank_change is absent', () => {
    const frame = scorecardFrame();
    frame.fields = frame.fields.filter((f) => f.name !== 'rank_change');
    // previous_rank − rank: 2−1, 1−2, 4−2, (none), 5−5
    expect(model(processFrames([frame])).rows.map((r) => r.rankChange)).toEqual([1, -1, 2, null, 0]);
  });

  it('ranks by score (ties share the best rank) when the frame has no rank values', () => {
    const frame = scorecardFrame();
    frame.fields = frame.fields.filter((f) => !['rank', 'previous_rank', 'rank_change'].includes(f.name));
    const m = model(processFrames([frame]));
    expect(m.rows.map((r) => r.rank)).toEqual([1, 2, 2, 4, 5]);
    expect(m.hasRankChange).toBe(false);
    expect(m.rows.some((r) => r.isNew)).toBe(false);
  });

  it('lets the field config override the data source on which direction is better', () => {
    const m = model(
      processFrames(
        [scorecardFrame()],
        panelFieldConfig({
          overrides: [
            {
              matcher: { id: 'byName', options: 'cycle_days' },
              properties: [{ id: 'custom.betterWhen', value: 'higher' }],
            },
            {
              matcher: { id: 'byName', options: 'win_rate' },
              properties: [{ id: 'custom.betterWhen', value: 'lower' }],
            },
          ],
        })
      )
    );
    expect(m.metrics.map((x) => x.lowerIsBetter)).toEqual([false, false, true]);
  });

  it('infers the metrics from the fields when meta.custom lists none', () => {
    const frame = scorecardFrame();
    frame.meta = { custom: { kind: 'scorecard' } };
    expect(model(processFrames([frame])).metrics.map((x) => x.id)).toEqual(['bookings', 'cycle_days', 'win_rate']);
  });

  it('reads pace, expected to date and the elapsed share; pace and expected are never metrics of their own', () => {
    const m = model(processFrames([pacedScorecardFrame(0.48)]));
    expect(m.elapsedShare).toBe(0.48);
    expect(m.metrics[0].pace?.name).toBe('bookings_pace');
    expect(m.metrics[0].expectedToDate?.name).toBe('bookings_expected_to_date');
    expect(m.rows[3].pace[0]).toBeCloseTo(60000 / 38400, 12);
    expect(m.rows[3].expectedToDate[0]).toBeCloseTo(38400, 9);
    expect(m.rows[3].pace[1]).toBeNull();
    const inferred = pacedScorecardFrame(0.48);
    inferred.meta = { custom: { kind: 'scorecard' } };
    expect(model(processFrames([inferred])).metrics.map((x) => x.id)).toEqual(['bookings', 'cycle_days', 'win_rate']);
  });

  it('colours by pace only while the period runs and the data has pace', () => {
    expect(coloursByPace(model(processFrames([pacedScorecardFrame(0.48)])))).toBe(true);
    expect(coloursByPace(model(processFrames([pacedScorecardFrame(1)])))).toBe(false);
    // without the elapsed share, or without pace fields (an older data source, a table)
    expect(coloursByPace(model())).toBe(false);
    const noPace = scorecardFrame();
    noPace.meta = { ...noPace.meta, custom: { ...noPace.meta!.custom, elapsedShare: 0.5 } };
    expect(coloursByPace(model(processFrames([noPace])))).toBe(false);
    expect(coloursByPace(model(processFrames([tableFrame()])))).toBe(false);
  });

  it('recognises a scorecard frame that lost its meta by its score and rank fields', () => {
    const frame = scorecardFrame();
    frame.meta = undefined;
    const m = model(processFrames([frame]));
    expect(m.source).toBe('scorecard');
    expect(m.entity.name).toBe('rep');
  });

  it('warns about a declared metric without a field and about sparklines that are not lists', () => {
    const frame = scorecardFrame();
    (frame.meta!.custom!.metrics as unknown[]).push({ id: 'visits_completed', weight: 1 });
    frame.fields.find((f) => f.name === 'sparkline')!.values[1] = 'not a list';
    const m = model(processFrames([frame]));
    expect(m.warnings).toEqual([
      { code: 'metric-without-field', metric: 'visits_completed' },
      { code: 'bad-sparkline', field: 'sparkline', rows: 1 },
    ]);
    expect(m.rows[1].sparklines[0]).toBeNull();
  });

  it('accepts sparklines sent as JSON text', () => {
    const frame = scorecardFrame();
    frame.fields.find((f) => f.name === 'sparkline')!.values[0] = '[1,2,3]';
    expect(model(processFrames([frame])).rows[0].sparklines[0]).toEqual([1, 2, 3]);
  });
});

describe('toScorecard: any table frame', () => {
  it('uses the first string field as the entity and every number field as a metric', () => {
    const m = model(processFrames([tableFrame()]));
    expect(m.source).toBe('table');
    expect(m.entity.name).toBe('team');
    expect(m.metrics.map((x) => [x.id, x.lowerIsBetter, x.pctOfTarget])).toEqual([
      ['bookings', false, undefined],
      ['overdue_days', false, undefined],
    ]);
    // Tables carry no ranks: they are ranked later by the sort column.
    expect(m.rows.map((r) => [r.name, r.rank, r.values])).toEqual([
      ['North', null, [500, 12]],
      ['South', null, [700, 3]],
      ['East', null, [700, 8]],
      ['West', null, [null, 3]],
    ]);
    expect(m.hasRankChange).toBe(false);
  });

  it('prefers the scorecard frame among several, and says the others are not shown', () => {
    const m = model(processFrames([tableFrame(), scorecardFrame()]));
    expect(m.source).toBe('scorecard');
    expect(m.warnings).toEqual([{ code: 'other-frames-ignored', used: 'A', ignored: 1 }]);
  });
});

describe('toScorecard: bad input', () => {
  it('is empty without frames or rows', () => {
    expect(toScorecard(undefined)).toEqual({ status: 'empty' });
    expect(toScorecard([])).toEqual({ status: 'empty' });
    expect(toScorecard([createDataFrame({ fields: [{ name: 'rep', type: FieldType.string, values: [] }] })])).toEqual({
      status: 'empty',
    });
  });

  it('names the frame and its fields when there is no text field for the entity', () => {
    const frame = createDataFrame({
      name: 'Q1',
      fields: [
        { name: 'time', type: FieldType.time, values: [1, 2] },
        { name: 'bookings', type: FieldType.number, values: [1, 2] },
      ],
    });
    expect(toScorecard([frame])).toEqual({
      status: 'error',
      problem: { code: 'no-entity-field', frame: 'Q1', fields: ['time (time)', 'bookings (number)'] },
    });
  });

  it('names the frame and its fields when there is no number field to rank by', () => {
    const frame = createDataFrame({ refId: 'C', fields: [{ name: 'rep', type: FieldType.string, values: ['Ana'] }] });
    expect(toScorecard([frame])).toEqual({
      status: 'error',
      problem: { code: 'no-metric-field', frame: 'C', fields: ['rep (string)'] },
    });
  });
});
