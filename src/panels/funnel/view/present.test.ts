import { createTheme, FieldType } from '@grafana/data';

import { longFrame, prepare } from '../testing/frames';
import { toFunnelModel } from '../data/toFunnelModel';
import { DEFAULT_OPTIONS, type FunnelOptions } from '../types';
import { formatChange, formatPercent } from './format';
import { describeStage, presentFunnel } from './present';

const theme = createTheme();

function views(values: Array<number | null>, options: Partial<FunnelOptions> = {}, previous?: Array<number | null>) {
  const frame = longFrame(
    values,
    values.map((_, i) => `S${i + 1}`)
  );
  const fields = previous
    ? [...frame.fields, { name: 'n_previous', type: FieldType.number, values: previous, config: { decimals: 0 } }]
    : frame.fields;
  const model = toFunnelModel(prepare([{ ...frame, fields }]), { ...DEFAULT_OPTIONS, ...options });
  if (model.status !== 'ok') {
    throw new Error('no funnel');
  }
  return presentFunnel(model.funnels[0], { ...DEFAULT_OPTIONS, ...options }, [0, 100], theme);
}

describe('formatting', () => {
  it('formats percentages and signed changes', () => {
    expect(formatPercent(0.0625, 2)).toBe('6.25%');
    expect(formatPercent(1, 0)).toBe('100%');
    // (12 − 8) ÷ 8 = +50 %; (6 − 8) ÷ 8 = −25 %.
    expect(formatChange(12, 8, 1)).toBe('+50.0%');
    expect(formatChange(6, 8, 1)).toBe('-25.0%');
    expect(formatChange(6, 0, 1)).toBeNull();
  });
});

describe('presentFunnel', () => {
  it('puts conversions, drop-off and the comparison on the chart, most important first', () => {
    const [first, second] = views([80, 20], { percentDecimals: 0 }, [100, 10]);
    // First: 80 of previous-period 100 is −20 %; second: 25 %, 25 %, 60 dropped, +100 % on 10.
    expect(first.lines).toEqual(['100% of first', '-20% vs previous period']);
    expect(second.lines).toEqual(['25% of previous', '25% of first', '60 dropped', '+100% vs previous period']);
  });

  it('says "gained" when a stage grows, and names the previous value when the change has no base', () => {
    const [, second] = views([10, 15], { percentDecimals: 0 }, [null, 0]);
    expect(second.lines).toEqual(['150% of previous', '150% of first', '5 gained', 'previous period 0']);
  });

  it('lists every figure for the tooltip, with a dash where there is none', () => {
    const [first] = views([0, 0]);
    expect(describeStage(first)).toBe(
      'S1; Value: 0; Conversion from previous stage: –; Conversion from first stage: –; Drop-off from previous stage: –'
    );
  });
});
