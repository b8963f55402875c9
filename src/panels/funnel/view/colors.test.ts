import { createTheme, type FieldConfig, FieldColorModeId, ThresholdsMode } from '@grafana/data';

import { dataSourceFunnelFrame, longFrame, prepare } from '../testing/frames';
import { valueDomain } from '../data/domain';
import type { Funnel } from '../data/model';
import { toFunnelModel } from '../data/toFunnelModel';
import { DEFAULT_OPTIONS } from '../types';
import { stageColors } from './colors';

const theme = createTheme();
const named = (name: string) => theme.visualization.getColorByName(name);

/** The data source frame (values 200, 120, 60, 15; amounts up to 800) with this config on `value`. */
function funnelWith(config: FieldConfig): Funnel {
  const frame = dataSourceFunnelFrame();
  frame.fields[2] = { ...frame.fields[2], config: { ...frame.fields[2].config, ...config } };
  const model = toFunnelModel(prepare([frame]), DEFAULT_OPTIONS);
  if (model.status !== 'ok') {
    throw new Error('no funnel');
  }
  return model.funnels[0];
}

const thresholds = (mode: ThresholdsMode, steps: Array<[number, string]>) => ({
  mode,
  steps: steps.map(([value, color]) => ({ value, color })),
});

describe('stageColors by stage', () => {
  it('gives each stage the next colour of a palette', () => {
    const funnel = funnelWith({ color: { mode: FieldColorModeId.PaletteClassic } });
    const palette = theme.visualization.palette.map(named);
    expect(stageColors(funnel.stages, 'stage', valueDomain([funnel]), theme)).toEqual(palette.slice(0, 4));
  });

  it('paints every stage in a fixed colour', () => {
    const funnel = funnelWith({ color: { mode: FieldColorModeId.Fixed, fixedColor: 'purple' } });
    expect(new Set(stageColors(funnel.stages, 'stage', valueDomain([funnel]), theme))).toEqual(
      new Set([named('purple')])
    );
  });

  it('colours by value with absolute thresholds', () => {
    const funnel = funnelWith({
      color: { mode: FieldColorModeId.Thresholds },
      thresholds: thresholds(ThresholdsMode.Absolute, [
        [-Infinity, 'green'],
        [100, 'red'],
      ]),
    });
    // 200 and 120 reach 100; 60 and 15 do not.
    expect(stageColors(funnel.stages, 'stage', valueDomain([funnel]), theme)).toEqual(
      ['red', 'red', 'green', 'green'].map(named)
    );
  });

  it('reads percentage thresholds from 0 to the largest stage, not from the range of every field', () => {
    const funnel = funnelWith({
      color: { mode: FieldColorModeId.Thresholds },
      thresholds: thresholds(ThresholdsMode.Percentage, [
        [-Infinity, 'blue'],
        [50, 'orange'],
      ]),
    });
    // Domain 0..200: 100 %, 60 %, 30 %, 7.5 %. Grafana's own range (15..800 over value, count and
    // amount) would put 120 at 13 % and colour it blue.
    expect(valueDomain([funnel])).toEqual([0, 200]);
    expect(stageColors(funnel.stages, 'stage', valueDomain([funnel]), theme)).toEqual(
      ['orange', 'orange', 'blue', 'blue'].map(named)
    );
  });

  it('honours a configured min and max', () => {
    const funnel = funnelWith({
      min: 100,
      max: 400,
      color: { mode: FieldColorModeId.Thresholds },
      thresholds: thresholds(ThresholdsMode.Percentage, [
        [-Infinity, 'blue'],
        [25, 'orange'],
      ]),
    });
    // 100..400: 200 is 33 %, 120 is 6.7 %.
    expect(valueDomain([funnel])).toEqual([100, 400]);
    expect(stageColors(funnel.stages, 'stage', valueDomain([funnel]), theme).slice(0, 2)).toEqual(
      ['orange', 'blue'].map(named)
    );
  });
});

describe('stageColors by conversion', () => {
  it('applies absolute thresholds to the conversion from the previous stage', () => {
    const funnel = funnelWith({
      color: { mode: FieldColorModeId.Thresholds },
      thresholds: thresholds(ThresholdsMode.Absolute, [
        [-Infinity, 'red'],
        [0.5, 'green'],
      ]),
    });
    // Conversions: (first: 100 %), 60 %, 50 %, 25 %.
    expect(stageColors(funnel.stages, 'conversion', valueDomain([funnel]), theme)).toEqual(
      ['green', 'green', 'green', 'red'].map(named)
    );
  });

  it('reads percentage thresholds as 0–100 % of conversion', () => {
    const funnel = funnelWith({
      color: { mode: FieldColorModeId.Thresholds },
      thresholds: thresholds(ThresholdsMode.Percentage, [
        [-Infinity, 'red'],
        [55, 'green'],
      ]),
    });
    expect(stageColors(funnel.stages, 'conversion', valueDomain([funnel]), theme)).toEqual(
      ['green', 'green', 'red', 'red'].map(named)
    );
  });

  it('falls back to red–yellow–green for a palette, and greys a stage without a conversion', () => {
    const model = toFunnelModel(prepare([longFrame([10, 0, 5, 5], ['a', 'b', 'c', 'd'])]), DEFAULT_OPTIONS);
    if (model.status !== 'ok') {
      throw new Error('no funnel');
    }
    const [first, afterSome, afterZero, full] = stageColors(model.funnels[0].stages, 'conversion', [0, 10], theme);
    // Conversions: 100 %, 0 %, none (after an empty stage), 100 %.
    expect(afterZero).toBe(theme.colors.text.disabled);
    expect(first).toBe(full);
    expect(afterSome).not.toBe(first);
  });
});
