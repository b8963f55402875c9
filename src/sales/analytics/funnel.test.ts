import { SalesError } from '../errors';
import { funnelStages, FunnelInputRow, FunnelStageDefinition } from './funnel';

// Stages as the stages table lists them: positions need not be consecutive (won is 99).
const stages: FunnelStageDefinition[] = [
  { stage: 'Won', position: 99 },
  { stage: 'Qualify', position: 1 },
  { stage: 'Propose', position: 2 },
  { stage: 'Negotiate', position: 3 },
];

describe('funnelStages, reached mode', () => {
  // Cohort of 10 opportunities by their furthest stage:
  //   Qualify 4 (amount 400), Propose 3 (600), Negotiate 1 (300), Won 2 (1000).
  const rows: FunnelInputRow[] = [
    { stage: 'Qualify', count: 4, amount: 400, medianDaysInStage: 5, meanDaysInStage: 6.5 },
    { stage: 'Propose', count: 3, amount: 600, medianDaysInStage: 8, meanDaysInStage: 9 },
    { stage: 'Negotiate', count: 1, amount: 300, medianDaysInStage: null, meanDaysInStage: null },
    { stage: 'Won', count: 2, amount: 1000 },
  ];

  it('accumulates the furthest-stage counts into reached counts and derives conversions by count', () => {
    const result = funnelStages({ mode: 'reached', measure: 'count', stages, rows });
    // reached: Qualify 4+3+1+2 = 10, Propose 3+1+2 = 6, Negotiate 1+2 = 3, Won 2
    expect(result.map((row) => [row.stage, row.position, row.count, row.amount, row.value])).toEqual([
      ['Qualify', 1, 10, 2300, 10],
      ['Propose', 2, 6, 1900, 6],
      ['Negotiate', 3, 3, 1300, 3],
      ['Won', 4, 2, 1000, 2],
    ]);
    expect(result.map((row) => row.conversion_from_previous)).toEqual([null, 6 / 10, 3 / 6, 2 / 3]);
    expect(result.map((row) => row.conversion_from_first)).toEqual([1, 6 / 10, 3 / 10, 2 / 10]);
    expect(result.map((row) => row.drop_off)).toEqual([null, 4, 3, 1]);
    expect(result.map((row) => [row.median_days_in_stage, row.mean_days_in_stage])).toEqual([
      [5, 6.5],
      [8, 9],
      [null, null],
      [null, null],
    ]);
    expect(result.every((row) => row.weighted_amount === null && Object.keys(row.group).length === 0)).toBe(true);
  });

  it('uses amounts as the value for measure amount', () => {
    const result = funnelStages({ mode: 'reached', measure: 'amount', stages, rows });
    expect(result.map((row) => row.value)).toEqual([2300, 1900, 1300, 1000]);
    expect(result.map((row) => row.conversion_from_previous)).toEqual([null, 1900 / 2300, 1300 / 1900, 1000 / 1300]);
    expect(result.map((row) => row.drop_off)).toEqual([null, 400, 600, 300]);
  });
});

describe('funnelStages, strict and snapshot modes', () => {
  it('takes strict counts as they are, so a later stage may exceed an earlier one', () => {
    const result = funnelStages({
      mode: 'strict',
      measure: 'count',
      stages,
      rows: [
        { stage: 'Qualify', count: 5, amount: 50 },
        { stage: 'Propose', count: 0, amount: null },
        { stage: 'Negotiate', count: 2, amount: 20 },
        // no row for Won: 0
      ],
    });
    expect(result.map((row) => row.count)).toEqual([5, 0, 2, 0]);
    // Negotiate after an empty Propose: no conversion (null, not Infinity); Won after Negotiate: 0 / 2 = 0.
    expect(result.map((row) => row.conversion_from_previous)).toEqual([null, 0, null, 0]);
    expect(result.map((row) => row.conversion_from_first)).toEqual([1, 0, 2 / 5, 0]);
    expect(result.map((row) => row.drop_off)).toEqual([null, 5, -2, 2]);
  });

  it('passes the weighted amount through in snapshot mode only, with no conversion', () => {
    const rows: FunnelInputRow[] = [
      { stage: 'Qualify', count: 2, amount: 100, weightedAmount: 10 },
      { stage: 'Propose', count: 1, amount: 80, weightedAmount: 40 },
    ];
    const snapshot = funnelStages({ mode: 'snapshot', measure: 'amount', stages, rows });
    expect(snapshot.map((row) => row.weighted_amount)).toEqual([10, 40, 0, 0]);
    expect(snapshot.map((row) => row.value)).toEqual([100, 80, 0, 0]);
    // a snapshot has no flow between stages: no conversion, no drop-off
    expect(snapshot.map((row) => row.conversion_from_previous)).toEqual([null, null, null, null]);
    expect(snapshot.map((row) => row.conversion_from_first)).toEqual([null, null, null, null]);
    expect(snapshot.map((row) => row.drop_off)).toEqual([null, null, null, null]);
    const strict = funnelStages({ mode: 'strict', measure: 'amount', stages, rows });
    expect(strict.map((row) => row.weighted_amount)).toEqual([null, null, null, null]);
  });

  it('gives null conversions everywhere when the first stage is empty', () => {
    const result = funnelStages({ mode: 'reached', measure: 'count', stages, rows: [] });
    expect(result).toHaveLength(4);
    expect(result.map((row) => row.value)).toEqual([0, 0, 0, 0]);
    expect(result.map((row) => row.conversion_from_first)).toEqual([null, null, null, null]);
    expect(result.map((row) => row.conversion_from_previous)).toEqual([null, null, null, null]);
    expect(result.map((row) => row.drop_off)).toEqual([null, 0, 0, 0]);
  });
});

describe('funnelStages, grouped', () => {
  it('repeats the stages per group in order of first appearance and fills missing stages with 0', () => {
    const result = funnelStages({
      mode: 'reached',
      measure: 'count',
      stages,
      groupBy: ['region'],
      rows: [
        { group: { region: 'West' }, stage: 'Won', count: 1, amount: 10 },
        { group: { region: 'East' }, stage: 'Qualify', count: 2, amount: 20 },
        { group: { region: 'West' }, stage: 'Qualify', count: 3, amount: 30 },
      ],
    });
    expect(result.map((row) => [row.group.region, row.stage, row.count])).toEqual([
      ['West', 'Qualify', 4],
      ['West', 'Propose', 1],
      ['West', 'Negotiate', 1],
      ['West', 'Won', 1],
      ['East', 'Qualify', 2],
      ['East', 'Propose', 0],
      ['East', 'Negotiate', 0],
      ['East', 'Won', 0],
    ]);
    expect(result.filter((row) => row.group.region === 'West').map((row) => row.conversion_from_first)).toEqual([
      1,
      1 / 4,
      1 / 4,
      1 / 4,
    ]);
  });
});

describe('funnelStages rejects bad input with a message naming it', () => {
  const cases: Array<[string, () => unknown, RegExp]> = [
    [
      'an unknown stage',
      () => funnelStages({ mode: 'reached', measure: 'count', stages, rows: [{ stage: 'Lost', count: 1, amount: 1 }] }),
      /stage "Lost", which is not one of the funnel's stages/,
    ],
    [
      'a duplicate row',
      () =>
        funnelStages({
          mode: 'strict',
          measure: 'count',
          stages,
          rows: [
            { stage: 'Qualify', count: 1, amount: 1 },
            { stage: 'Qualify', count: 2, amount: 1 },
          ],
        }),
      /two rows for stage "Qualify"/,
    ],
    [
      'a negative count',
      () =>
        funnelStages({ mode: 'strict', measure: 'count', stages, rows: [{ stage: 'Qualify', count: -1, amount: 1 }] }),
      /count of stage "Qualify" must not be negative/,
    ],
    [
      'a NaN amount',
      () =>
        funnelStages({ mode: 'strict', measure: 'count', stages, rows: [{ stage: 'Qualify', count: 1, amount: NaN }] }),
      /amount of stage "Qualify" must be a finite number; got NaN/,
    ],
    [
      'an unknown mode',
      () => funnelStages({ mode: 'cohort' as never, measure: 'count', stages, rows: [] }),
      /funnel mode must be one of reached, strict, snapshot; got "cohort"/,
    ],
    ['no stages', () => funnelStages({ mode: 'reached', measure: 'count', stages: [], rows: [] }), /has no stages/],
    [
      'two stages at one position',
      () =>
        funnelStages({
          mode: 'reached',
          measure: 'count',
          stages: [
            { stage: 'A', position: 1 },
            { stage: 'B', position: 1 },
          ],
          rows: [],
        }),
      /share position 1/,
    ],
    [
      'rows whose group fields do not match groupBy',
      () =>
        funnelStages({
          mode: 'reached',
          measure: 'count',
          stages,
          groupBy: ['region'],
          rows: [{ group: { team: 'A' }, stage: 'Qualify', count: 1, amount: 1 }],
        }),
      /group fields \[team\] where \[region\] were expected/,
    ],
  ];
  it.each(cases)('%s', (_name, run, message) => {
    expect(run).toThrow(SalesError);
    expect(run).toThrow(message);
  });
});
