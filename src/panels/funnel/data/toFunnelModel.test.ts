import { type DataFrame, FieldType, MappingType } from '@grafana/data';

import { dataSourceFunnelFrame, longFrame, prepare, snapshotFunnelFrame, wideFrame } from '../testing/frames';
import { DEFAULT_OPTIONS, type FunnelOptions } from '../types';
import type { Funnel, FunnelModel } from './model';
import { isComparisonFrame, MAX_FUNNELS, toFunnelModel } from './toFunnelModel';

const options = (overrides: Partial<FunnelOptions> = {}): FunnelOptions => ({ ...DEFAULT_OPTIONS, ...overrides });

function funnelsOf(model: FunnelModel): Funnel[] {
  if (model.status !== 'ok') {
    throw new Error(`expected funnels, got ${JSON.stringify(model)}`);
  }
  return model.funnels;
}

/** name, value, conversions and drop-off of every stage, rounded against float noise. */
function figures(funnel: Funnel) {
  const round = (x: number | null) => (x === null ? null : Math.round(x * 1e9) / 1e9);
  return funnel.stages.map((stage) => [
    stage.name,
    stage.value,
    round(stage.conversionFromPrevious),
    round(stage.conversionFromFirst),
    stage.dropOff,
  ]);
}

describe('toFunnelModel: the data source funnel frame', () => {
  it('reads stages in frame order with conversions and drop-off computed from value', () => {
    const [funnel] = funnelsOf(toFunnelModel(prepare([dataSourceFunnelFrame()]), options()));
    // 200 → 120 → 60 → 15: 120/200 = 0.6, 60/120 = 0.5, 15/60 = 0.25; of first 0.6, 0.3, 0.075.
    expect(figures(funnel)).toEqual([
      ['Lead', 200, null, 1, null],
      ['Qualified', 120, 0.6, 0.6, 80],
      ['Proposal', 60, 0.5, 0.3, 60],
      ['Won', 15, 0.25, 0.075, 45],
    ]);
    expect(funnel.title).toBe('');
    expect(funnel.problems).toEqual([]);
  });

  it('keeps count, amount and time in stage as details, not the derived figures or position', () => {
    const [funnel] = funnelsOf(toFunnelModel(prepare([dataSourceFunnelFrame()]), options()));
    expect(funnel.stages[1].details.map((detail) => detail.field.name)).toEqual([
      'count',
      'amount',
      'median_days_in_stage',
    ]);
    expect(funnel.stages[1].details.every((detail) => detail.rowIndex === 1)).toBe(true);
  });

  it('draws another measure when the value field is chosen', () => {
    const [funnel] = funnelsOf(toFunnelModel(prepare([dataSourceFunnelFrame()]), options({ valueField: 'amount' })));
    // 800 → 600 → 450 → 300
    expect(figures(funnel)).toEqual([
      ['Lead', 800, null, 1, null],
      ['Qualified', 600, 0.75, 0.75, 200],
      ['Proposal', 450, 0.75, 0.5625, 150],
      ['Won', 300, 0.666666667, 0.375, 150],
    ]);
  });

  it('makes one funnel per group, in order of first appearance, ignoring rep_id beside rep', () => {
    const frame = {
      refId: 'A',
      meta: { custom: { kind: 'funnel' } },
      fields: [
        { name: 'rep', type: FieldType.string, values: ['Zoe', 'Zoe', 'Adam', 'Adam'] },
        { name: 'rep_id', type: FieldType.string, values: ['r2', 'r2', 'r1', 'r1'] },
        { name: 'stage', type: FieldType.string, values: ['Lead', 'Won', 'Lead', 'Won'] },
        { name: 'value', type: FieldType.number, values: [10, 4, 8, 0] },
      ],
    };
    const funnels = funnelsOf(toFunnelModel(prepare([frame]), options()));
    expect(funnels.map((funnel) => funnel.title)).toEqual(['Zoe', 'Adam']);
    expect(figures(funnels[0])).toEqual([
      ['Lead', 10, null, 1, null],
      ['Won', 4, 0.4, 0.4, 6],
    ]);
    expect(figures(funnels[1])).toEqual([
      ['Lead', 8, null, 1, null],
      ['Won', 0, 0, 0, 8],
    ]);
  });

  it('draws a single funnel with grouping "none" and reports the stages repeated across groups', () => {
    const frame = {
      fields: [
        { name: 'region', type: FieldType.string, values: ['East', 'East', 'West', 'West'] },
        { name: 'stage', type: FieldType.string, values: ['Lead', 'Won', 'Lead', 'Won'] },
        { name: 'value', type: FieldType.number, values: [10, 4, 8, 2] },
      ],
    };
    const [funnel] = funnelsOf(toFunnelModel(prepare([frame]), options({ grouping: 'none' })));
    expect(funnel.problems).toEqual([
      { code: 'duplicate-stage', stage: 'Lead' },
      { code: 'duplicate-stage', stage: 'Won' },
    ]);
    expect(funnel.stages).toEqual([]);
  });

  it('groups by the chosen field', () => {
    const frame = {
      fields: [
        { name: 'region', type: FieldType.string, values: ['East', 'West'] },
        { name: 'team', type: FieldType.string, values: ['T1', 'T1'] },
        { name: 'stage', type: FieldType.string, values: ['Lead', 'Lead'] },
        { name: 'value', type: FieldType.number, values: [10, 8] },
      ],
    };
    const [funnel] = funnelsOf(toFunnelModel(prepare([frame]), options({ grouping: 'field', groupField: 'region' })));
    expect(funnel.title).toBe('East');
    const byTeam = funnelsOf(toFunnelModel(prepare([frame]), options({ grouping: 'field', groupField: 'team' })));
    expect(byTeam[0].problems).toEqual([{ code: 'duplicate-stage', stage: 'Lead' }]);
  });
});

describe('toFunnelModel: a snapshot (open deals by current stage)', () => {
  it('reads the mode from the frame meta and gives no conversion or drop-off, even where a stage is larger', () => {
    const [funnel] = funnelsOf(toFunnelModel(prepare([snapshotFunnelFrame()]), options()));
    expect(funnel.snapshot).toEqual({ measure: 'count' });
    expect(figures(funnel)).toEqual([
      ['Prospecting', 33, null, null, null],
      ['Qualification', 38, null, null, null],
      ['Proposal', 21, null, null, null],
      ['Negotiation', 9, null, null, null],
    ]);
    const [amounts] = funnelsOf(toFunnelModel(prepare([snapshotFunnelFrame('amount')]), options()));
    expect(amounts.snapshot).toEqual({ measure: 'amount' });
  });

  it('is a funnel of stages reached in the other modes and in frames without the meta', () => {
    for (const frame of [dataSourceFunnelFrame(), longFrame()]) {
      const [funnel] = funnelsOf(toFunnelModel(prepare([frame]), options()));
      expect(funnel.snapshot).toBeNull();
      expect(funnel.stages[1].conversionFromPrevious).not.toBeNull();
    }
  });
});

describe('toFunnelModel: a long frame from SQL', () => {
  it('takes the last text field as the stage and the first number field as the value', () => {
    const [funnel] = funnelsOf(toFunnelModel(prepare([longFrame()]), options()));
    // 1000 → 400 → 100: 0.4, 0.25; of first 0.4, 0.1; drop-off 600, 300.
    expect(figures(funnel)).toEqual([
      ['Visit', 1000, null, 1, null],
      ['Signup', 400, 0.4, 0.4, 600],
      ['Purchase', 100, 0.25, 0.1, 300],
    ]);
  });

  it('uses the stage field value mappings for names', () => {
    const frame = longFrame();
    const prepared = prepare([
      {
        ...frame,
        fields: [
          {
            ...frame.fields[0],
            config: {
              mappings: [{ type: MappingType.ValueToText, options: { Visit: { text: 'Website visit' } } }],
            },
          },
          frame.fields[1],
        ],
      },
    ]);
    const [funnel] = funnelsOf(toFunnelModel(prepared, options()));
    expect(funnel.stages.map((stage) => stage.name)).toEqual(['Website visit', 'Signup', 'Purchase']);
  });

  it('names a missing stage name by its row', () => {
    const [funnel] = funnelsOf(toFunnelModel(prepare([longFrame([3, 2, 1], ['a', '', 'c'])]), options()));
    expect(funnel.problems).toEqual([{ code: 'missing-stage-name', row: 2, frame: 'A' }]);
  });
});

describe('toFunnelModel: a wide frame', () => {
  it('makes a stage of every number field, named by its display name', () => {
    const [funnel] = funnelsOf(toFunnelModel(prepare([wideFrame()]), options()));
    // 400 → 100 → 25: 0.25, 0.25; of first 0.25, 0.0625; drop-off 300, 75.
    expect(figures(funnel)).toEqual([
      ['leads', 400, null, 1, null],
      ['opportunities', 100, 0.25, 0.25, 300],
      ['Won deals', 25, 0.25, 0.0625, 75],
    ]);
    expect(funnel.stages.map((stage) => stage.source.rowIndex)).toEqual([0, 0, 0]);
  });

  it('makes one funnel per row of a grouped wide frame', () => {
    const frame = {
      fields: [
        { name: 'region', type: FieldType.string, values: ['East', 'West'] },
        { name: 'leads', type: FieldType.number, values: [50, 40] },
        { name: 'won', type: FieldType.number, values: [5, 10] },
      ],
    };
    const funnels = funnelsOf(toFunnelModel(prepare([frame]), options({ frameShape: 'wide' })));
    expect(funnels.map((funnel) => [funnel.title, figures(funnel)])).toEqual([
      [
        'East',
        [
          ['leads', 50, null, 1, null],
          ['won', 5, 0.1, 0.1, 45],
        ],
      ],
      [
        'West',
        [
          ['leads', 40, null, 1, null],
          ['won', 10, 0.25, 0.25, 30],
        ],
      ],
    ]);
  });

  it('reduces a wide frame with several rows and no group', () => {
    const frame = {
      fields: [
        { name: 'time', type: FieldType.time, values: [1, 2, 3] },
        { name: 'leads', type: FieldType.number, values: [10, 20, null] },
        { name: 'won', type: FieldType.number, values: [1, 3, 4] },
      ],
    };
    const last = funnelsOf(toFunnelModel(prepare([frame]), options()))[0];
    expect(figures(last)).toEqual([
      ['leads', 20, null, 1, null],
      ['won', 4, 0.2, 0.2, 16],
    ]);
    expect(last.stages[0].source.rowIndex).toBeUndefined();
    const total = funnelsOf(toFunnelModel(prepare([frame]), options({ reducer: 'sum' })))[0];
    expect(figures(total)).toEqual([
      ['leads', 30, null, 1, null],
      ['won', 8, 0.266666667, 0.266666667, 22],
    ]);
  });

  it('reports a group with two rows', () => {
    const frame = {
      fields: [
        { name: 'region', type: FieldType.string, values: ['East', 'East'] },
        { name: 'leads', type: FieldType.number, values: [1, 2] },
      ],
    };
    const [funnel] = funnelsOf(toFunnelModel(prepare([frame]), options({ frameShape: 'wide' })));
    expect(funnel.problems).toEqual([{ code: 'duplicate-group', group: 'East' }]);
  });
});

describe('toFunnelModel: edge values', () => {
  it('gives null conversions, never NaN or Infinity, when the first stage is zero', () => {
    const [funnel] = funnelsOf(toFunnelModel(prepare([longFrame([0, 0, 5])]), options()));
    expect(figures(funnel)).toEqual([
      ['Visit', 0, null, null, null],
      ['Signup', 0, null, null, 0],
      ['Purchase', 5, null, null, -5],
    ]);
  });

  it('draws a single stage', () => {
    const [funnel] = funnelsOf(toFunnelModel(prepare([longFrame([7], ['Only'])]), options()));
    expect(figures(funnel)).toEqual([['Only', 7, null, 1, null]]);
  });

  it('keeps 50 stages in frame order', () => {
    const names = Array.from({ length: 50 }, (_, i) => `Stage ${50 - i}`);
    const values = Array.from({ length: 50 }, (_, i) => 1000 - i * 20);
    const [funnel] = funnelsOf(toFunnelModel(prepare([longFrame(values, names)]), options()));
    expect(funnel.stages.map((stage) => stage.name)).toEqual(names);
    // 1000 - 49 × 20 = 20 at the end: 20 / 1000 of the first, 20 / 40 of the previous.
    expect(funnel.stages[49].conversionFromFirst).toBeCloseTo(0.02, 12);
    expect(funnel.stages[49].conversionFromPrevious).toBeCloseTo(0.5, 12);
  });

  it('reports a negative value with the stage and the value', () => {
    const [funnel] = funnelsOf(toFunnelModel(prepare([longFrame([10, -3, 1])]), options()));
    expect(funnel.problems).toEqual([{ code: 'negative-value', stage: 'Signup', value: -3, comparison: false }]);
    expect(funnel.stages).toEqual([]);
  });

  it('reports a null value with the stage', () => {
    const [funnel] = funnelsOf(toFunnelModel(prepare([longFrame([10, null, 1])]), options()));
    expect(funnel.problems).toEqual([{ code: 'missing-value', stage: 'Signup', comparison: false }]);
  });

  it('reports an infinite value', () => {
    const [funnel] = funnelsOf(toFunnelModel(prepare([longFrame([Infinity, 1, 1])]), options()));
    expect(funnel.problems).toEqual([{ code: 'not-finite', stage: 'Visit', value: Infinity, comparison: false }]);
  });
});

describe('toFunnelModel: the comparison series', () => {
  it('reads value_previous beside the value', () => {
    const frame = {
      fields: [
        { name: 'stage', type: FieldType.string, values: ['Lead', 'Won'] },
        { name: 'value', type: FieldType.number, values: [10, 4] },
        { name: 'value_previous', type: FieldType.number, values: [8, null] },
      ],
    };
    const [funnel] = funnelsOf(toFunnelModel(prepare([frame]), options()));
    expect(funnel.stages.map((stage) => stage.comparison?.value ?? null)).toEqual([8, null]);
    // The comparison field is neither the value nor a detail.
    expect(funnel.stages[0].details).toEqual([]);
    const hidden = funnelsOf(toFunnelModel(prepare([frame]), options({ showComparison: false })))[0];
    expect(hidden.stages.map((stage) => stage.comparison)).toEqual([null, null]);
  });

  it('reads <stage>_previous fields of a wide frame, which are not stages', () => {
    const frame = {
      fields: [
        { name: 'leads', type: FieldType.number, values: [10] },
        { name: 'leads_previous', type: FieldType.number, values: [12] },
        { name: 'leads_change', type: FieldType.number, values: [-0.1666] },
        { name: 'won', type: FieldType.number, values: [2] },
      ],
    };
    const [funnel] = funnelsOf(toFunnelModel(prepare([frame]), options()));
    expect(funnel.stages.map((stage) => [stage.name, stage.comparison?.value ?? null])).toEqual([
      ['leads', 12],
      ['won', null],
    ]);
  });

  it('matches a second query marked "previous" by group and stage name', () => {
    const current = {
      refId: 'A',
      fields: [
        { name: 'region', type: FieldType.string, values: ['East', 'East', 'West', 'West'] },
        { name: 'stage', type: FieldType.string, values: ['Lead', 'Won', 'Lead', 'Won'] },
        { name: 'value', type: FieldType.number, values: [10, 4, 8, 2] },
      ],
    };
    const previous = {
      refId: 'previous',
      fields: [
        { name: 'region', type: FieldType.string, values: ['West', 'East'] },
        { name: 'stage', type: FieldType.string, values: ['Won', 'Lead'] },
        { name: 'value', type: FieldType.number, values: [3, 9] },
      ],
    };
    const funnels = funnelsOf(toFunnelModel(prepare([current, previous]), options()));
    expect(funnels.map((funnel) => funnel.stages.map((stage) => stage.comparison?.value ?? null))).toEqual([
      [9, null],
      [null, 3],
    ]);
    expect(funnels.map((funnel) => funnel.title)).toEqual(['East', 'West']);
  });

  it('takes the comparison query named in the options', () => {
    const current = { ...longFrame([5, 1], ['Visit', 'Signup']), refId: 'A' };
    const other = { ...longFrame([6, 2], ['Visit', 'Signup']), refId: 'B' };
    expect(isComparisonFrame(prepare([other])[0], { comparisonQuery: 'B' })).toBe(true);
    expect(isComparisonFrame(prepare([other])[0], { comparisonQuery: '' })).toBe(false);
    const [funnel] = funnelsOf(toFunnelModel(prepare([current, other]), options({ comparisonQuery: 'B' })));
    expect(funnel.stages.map((stage) => stage.comparison?.value)).toEqual([6, 2]);
    // Without the option, B is a second funnel, titled by its frame.
    const both = funnelsOf(toFunnelModel(prepare([current, other]), options()));
    expect(both.map((f) => f.title)).toEqual(['A', 'B']);
  });

  it('reports a negative comparison value', () => {
    const frame = {
      fields: [
        { name: 'stage', type: FieldType.string, values: ['Lead'] },
        { name: 'value', type: FieldType.number, values: [10] },
        { name: 'value_previous', type: FieldType.number, values: [-1] },
      ],
    };
    const [funnel] = funnelsOf(toFunnelModel(prepare([frame]), options()));
    expect(funnel.problems).toEqual([{ code: 'negative-value', stage: 'Lead', value: -1, comparison: true }]);
  });

  it('reports data that holds only the comparison series', () => {
    const model = toFunnelModel(prepare([{ ...longFrame(), refId: 'previous' }]), options());
    expect(model).toEqual({ status: 'unsupported', problems: [{ code: 'only-comparison' }] });
  });
});

describe('toFunnelModel: no data and unsupported shapes', () => {
  it('has no data without frames or rows', () => {
    expect(toFunnelModel([], options())).toEqual({ status: 'no-data' });
    expect(toFunnelModel(prepare([longFrame([], [])]), options())).toEqual({ status: 'no-data' });
  });

  it('names a frame without a number field', () => {
    const frame = { refId: 'Q', fields: [{ name: 'stage', type: FieldType.string, values: ['a'] }] };
    expect(toFunnelModel(prepare([frame]), options())).toEqual({
      status: 'unsupported',
      problems: [{ code: 'no-number-field', frame: 'Q' }],
    });
  });

  it('names a long frame without a text field', () => {
    const model = toFunnelModel(prepare([wideFrame()]), options({ frameShape: 'long' }));
    expect(model).toEqual({ status: 'unsupported', problems: [{ code: 'no-stage-field', frame: 'A' }] });
  });

  it('names a chosen field that is missing or not a number', () => {
    expect(toFunnelModel(prepare([longFrame()]), options({ valueField: 'amount' }))).toEqual({
      status: 'unsupported',
      problems: [{ code: 'field-not-found', option: 'valueField', name: 'amount', frame: 'A' }],
    });
    expect(toFunnelModel(prepare([longFrame()]), options({ valueField: 'step' }))).toEqual({
      status: 'unsupported',
      problems: [{ code: 'field-not-number', option: 'valueField', name: 'step', frame: 'A' }],
    });
    expect(toFunnelModel(prepare([longFrame()]), options({ grouping: 'field', groupField: 'region' }))).toEqual({
      status: 'unsupported',
      problems: [{ code: 'field-not-found', option: 'groupField', name: 'region', frame: 'A' }],
    });
  });

  it('refuses more funnels than can be read', () => {
    const groups = MAX_FUNNELS + 1;
    const frame = {
      fields: [
        { name: 'rep', type: FieldType.string, values: Array.from({ length: groups }, (_, i) => `rep ${i}`) },
        { name: 'stage', type: FieldType.string, values: Array.from({ length: groups }, () => 'Lead') },
        { name: 'value', type: FieldType.number, values: Array.from({ length: groups }, () => 1) },
      ],
    };
    expect(toFunnelModel(prepare([frame]), options())).toEqual({
      status: 'unsupported',
      problems: [{ code: 'too-many-groups', count: groups, limit: MAX_FUNNELS }],
    });
  });

  it('works on frames without field overrides applied', () => {
    const raw = [
      {
        name: 'x',
        length: 2,
        fields: prepare([longFrame([2, 1], ['a', 'b'])])[0].fields.map((f) => ({ ...f, display: undefined })),
      },
    ] as DataFrame[];
    const [funnel] = funnelsOf(toFunnelModel(raw, options()));
    expect(figures(funnel)).toEqual([
      ['a', 2, null, 1, null],
      ['b', 1, 0.5, 0.5, 1],
    ]);
  });
});
