import { FieldType } from '@grafana/data';

import { attainmentFrame, frameOf, processFrames } from '../testing/frames';
import { type AttainmentOptions, defaultOptions } from '../types';
import { sortGauges } from './sortGauges';
import { toGauges } from './toGauges';

const options = (changes: Partial<AttainmentOptions> = {}): AttainmentOptions => ({ ...defaultOptions, ...changes });

describe('toGauges on the data source frame', () => {
  const frames = processFrames([attainmentFrame()]);

  it('makes one gauge per row, named by the rep (not its id), with the frame values', () => {
    const { gauges, error, warnings } = toGauges(frames, options());
    expect(error).toBeNull();
    expect(warnings).toEqual([]);
    expect(gauges.map((g) => g.name)).toEqual(['Alice', 'Bob', 'Carol']);
    expect(gauges.map((g) => g.status)).toEqual(['on_track', 'cautioned', 'off_track']);
    expect(gauges.map((g) => g.statusFrom)).toEqual(['frame', 'frame', 'frame']);
    expect(gauges[1]).toMatchObject({ actual: 45000, target: 100000, expectedToDate: 50000, pace: 0.9, gap: 55000 });
    expect(gauges[1].attainment).toBeCloseTo(0.45, 12);
    expect(gauges[2].requiredRunRate).toBeCloseTo(50000 / 15, 9);
    expect(gauges[0].source.rowIndex).toBe(0);
    expect(gauges[0].source.actual.name).toBe('actual');
  });

  it('recomputes the status with the panel thresholds when asked', () => {
    // pace 2.4, 0.9, 0.75 against on track ≥ 0.95, cautioned ≥ 0.75
    const { gauges } = toGauges(
      frames,
      options({ statusSource: 'thresholds', onTrackThreshold: 0.95, cautionedThreshold: 0.75 })
    );
    expect(gauges.map((g) => g.status)).toEqual(['on_track', 'cautioned', 'cautioned']);
  });

  it('makes a single gauge for the total', () => {
    // 195 000 of 280 000, expected 140 000
    const { gauges } = toGauges(frames, options({ gauges: 'total' }));
    expect(gauges).toHaveLength(1);
    expect(gauges[0]).toMatchObject({ isTotal: true, actual: 195000, target: 280000, expectedToDate: 140000 });
    expect(gauges[0].pace).toBeCloseTo(195 / 140, 12);
    expect(gauges[0].source.rowIndex).toBeNull();
  });
});

describe('toGauges on generic frames', () => {
  it('uses the fields chosen by name, by field name or display name', () => {
    const [frame] = processFrames([
      frameOf([
        { name: 'region', values: ['North', 'South'] },
        { name: 'won', values: [80, 120] },
        { name: 'quota', values: [100, 100], displayName: 'Quota' },
        { name: 'other', values: [1, 2] },
      ]),
    ]);
    const { gauges, error } = toGauges([frame], options({ actualField: 'won', targetField: 'Quota' }));
    expect(error).toBeNull();
    expect(gauges.map((g) => [g.name, g.actual, g.target, g.attainment, g.status])).toEqual([
      ['North', 80, 100, 0.8, 'off_track'],
      ['South', 120, 100, 1.2, 'on_track'],
    ]);
  });

  it('picks the first number field as actual and has no target when there is none', () => {
    const [frame] = processFrames([
      frameOf([
        { name: 'team', values: ['A'] },
        { name: 'value', values: [42] },
      ]),
    ]);
    const { gauges } = toGauges([frame], options());
    expect(gauges[0]).toMatchObject({ name: 'A', actual: 42, target: null, targetProblem: 'missing', status: null });
  });

  it('uses a fixed target', () => {
    const [frame] = processFrames([frameOf([{ name: 'value', values: [45, 90] }])]);
    const { gauges } = toGauges([frame], options({ targetSource: 'fixed', fixedTarget: 50 }));
    expect(gauges.map((g) => [g.target, g.attainment, g.status])).toEqual([
      [50, 0.9, 'cautioned'],
      [50, 1.8, 'on_track'],
    ]);
    // rows without text fields are named by the actual field and their position
    expect(gauges.map((g) => g.name)).toEqual(['value 1', 'value 2']);
  });

  it('a zero target, a fixed target of 0 and an empty target cell all give "no target"', () => {
    const [frame] = processFrames([
      frameOf([
        { name: 'actual', values: [5, 5] },
        { name: 'target', values: [0, null] },
      ]),
    ]);
    expect(toGauges([frame], options()).gauges.map((g) => g.targetProblem)).toEqual(['zero', 'missing']);
    expect(toGauges([frame], options({ targetSource: 'fixed' })).gauges[0].targetProblem).toBe('zero');
  });

  it('names a single-row frame after its frame when there are several frames', () => {
    const frames = processFrames([
      frameOf(
        [
          { name: 'actual', values: [10] },
          { name: 'target', values: [20] },
        ],
        'Bookings'
      ),
      frameOf(
        [
          { name: 'actual', values: [3] },
          { name: 'target', values: [4] },
        ],
        'Visits'
      ),
    ]);
    expect(toGauges(frames, options()).gauges.map((g) => [g.name, g.attainment])).toEqual([
      ['Bookings', 0.5],
      ['Visits', 0.75],
    ]);
  });

  it('names rows of a time series by their time', () => {
    const [frame] = processFrames([
      frameOf([
        { name: 'time', type: FieldType.time, values: [Date.UTC(2026, 0, 1)] },
        { name: 'actual', values: [1] },
      ]),
    ]);
    expect(toGauges([frame], options()).gauges[0].name).toBe('2026-01-01 00:00:00');
  });

  it('reports a value that is not a number and leaves it out', () => {
    const [frame] = processFrames([
      frameOf([
        { name: 'rep', values: ['A', 'B'] },
        { name: 'actual', values: [10, 'n/a'], type: FieldType.number },
        { name: 'target', values: [20, 20] },
      ]),
    ]);
    const { gauges, warnings } = toGauges([frame], options());
    expect(gauges.map((g) => g.actual)).toEqual([10, null]);
    expect(warnings).toEqual([{ kind: 'not-a-number', field: 'actual', row: 2, value: 'n/a' }]);
  });

  it('reads numeric text (some SQL drivers send decimals as text)', () => {
    const [frame] = processFrames([frameOf([{ name: 'actual', values: ['12.5'], type: FieldType.number }])]);
    expect(toGauges([frame], options()).gauges[0].actual).toBe(12.5);
  });

  it('reports an unknown status value', () => {
    const [frame] = processFrames([
      frameOf([
        { name: 'rep', values: ['A'] },
        { name: 'actual', values: [95] },
        { name: 'target', values: [100] },
        { name: 'status', values: ['green'] },
      ]),
    ]);
    const { gauges, warnings } = toGauges([frame], options());
    expect(gauges[0].status).toBe('cautioned');
    expect(warnings).toEqual([{ kind: 'unknown-status', gauge: 'A', value: 'green' }]);
  });

  it('names the missing field and lists the ones there are', () => {
    const frames = processFrames([
      frameOf([
        { name: 'rep', values: ['A'] },
        { name: 'amount', values: [1] },
      ]),
    ]);
    expect(toGauges(frames, options({ actualField: 'bookings' })).error).toEqual({
      kind: 'field-not-found',
      role: 'actual',
      name: 'bookings',
      available: ['rep', 'amount'],
    });
    expect(toGauges(frames, options({ targetField: 'quota' })).error).toMatchObject({ role: 'target', name: 'quota' });
    expect(toGauges(processFrames([frameOf([{ name: 'rep', values: ['A'] }])]), options()).error).toEqual({
      kind: 'no-number-field',
      available: ['rep'],
    });
  });

  it('warns when the total lacks targets for some rows', () => {
    const [frame] = processFrames([
      frameOf([
        { name: 'rep', values: ['A', 'B', 'C'] },
        { name: 'actual', values: [1, 2, 3] },
        { name: 'target', values: [10, null, 10] },
      ]),
    ]);
    const { gauges, warnings } = toGauges([frame], options({ gauges: 'total' }));
    expect(gauges[0]).toMatchObject({ actual: 6, target: null });
    expect(warnings).toEqual([{ kind: 'total-without-target', gauges: ['B'] }]);
  });

  it('handles 30 rows', () => {
    const names = Array.from({ length: 30 }, (_, i) => `Rep ${i + 1}`);
    const [frame] = processFrames([
      frameOf([
        { name: 'rep', values: names },
        { name: 'actual', values: names.map((_, i) => i * 10) },
        { name: 'target', values: names.map(() => 200) },
      ]),
    ]);
    const { gauges } = toGauges([frame], options());
    expect(gauges).toHaveLength(30);
    // i × 10 ÷ 200: rows 0-17 below 0.9, 18-19 cautioned, 20-29 on track
    const counts = gauges.reduce<Record<string, number>>(
      (c, g) => ({ ...c, [g.status!]: (c[g.status!] ?? 0) + 1 }),
      {}
    );
    expect(counts).toEqual({ off_track: 18, cautioned: 2, on_track: 10 });
  });
});

describe('sortGauges', () => {
  const [frame] = processFrames([
    frameOf([
      { name: 'rep', values: ['rep 10', 'rep 2', 'rep 3', 'rep 4'] },
      { name: 'actual', values: [95, 120, 10, 5] },
      { name: 'target', values: [100, 100, 100, null] },
    ]),
  ]);
  const { gauges } = toGauges([frame], options());
  const names = (sorted: typeof gauges) => sorted.map((g) => g.name);

  it('keeps or reverses the data order', () => {
    expect(names(sortGauges(gauges, 'data', 'asc'))).toEqual(['rep 10', 'rep 2', 'rep 3', 'rep 4']);
    expect(names(sortGauges(gauges, 'data', 'desc'))).toEqual(['rep 4', 'rep 3', 'rep 2', 'rep 10']);
  });

  it('orders names naturally', () => {
    expect(names(sortGauges(gauges, 'name', 'asc'))).toEqual(['rep 2', 'rep 3', 'rep 4', 'rep 10']);
  });

  it('orders by attainment with gauges without one last', () => {
    expect(names(sortGauges(gauges, 'attainment', 'desc'))).toEqual(['rep 2', 'rep 10', 'rep 3', 'rep 4']);
    expect(names(sortGauges(gauges, 'attainment', 'asc'))).toEqual(['rep 3', 'rep 10', 'rep 2', 'rep 4']);
  });

  it('orders by status, worst first, gauges without a status last', () => {
    expect(names(sortGauges(gauges, 'status', 'asc'))).toEqual(['rep 3', 'rep 10', 'rep 2', 'rep 4']);
    expect(names(sortGauges(gauges, 'status', 'desc'))).toEqual(['rep 2', 'rep 10', 'rep 3', 'rep 4']);
  });
});
