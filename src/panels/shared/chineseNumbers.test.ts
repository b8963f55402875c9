import {
  applyFieldOverrides,
  createDataFrame,
  createTheme,
  type DataFrame,
  type FieldConfig,
  FieldType,
  formattedValueToString,
  getDisplayProcessor,
  MappingType,
} from '@grafana/data';

import { CNY_UNIT, listMetrics, TARGET_ACTUALS, WAN_YUAN_UNIT } from '../../sales';
import {
  chineseNumbersOn,
  COUNT_METRICS,
  COUNTED_TARGETS,
  inChineseStyle,
  wanYi,
  withChineseNumbers,
} from './chineseNumbers';

const theme = createTheme();

function frame(
  fields: Array<{ name: string; values: unknown[]; config?: FieldConfig; type?: FieldType }>,
  custom?: object
): DataFrame {
  const [processed] = applyFieldOverrides({
    data: [
      createDataFrame({
        meta: custom ? { custom } : undefined,
        fields: fields.map((field) => ({ type: FieldType.number, config: {}, ...field })),
      }),
    ],
    fieldConfig: { defaults: {}, overrides: [] },
    replaceVariables: (text) => text,
    theme,
  });
  return processed;
}

/** A field's values as a panel shows them, with Chinese numbers. */
function shown(data: DataFrame, name: string): string[] {
  const [styled] = withChineseNumbers([data], true, theme);
  const field = styled.fields.find((candidate) => candidate.name === name)!;
  return field.values.map((value) => formattedValueToString(field.display!(value)));
}

describe('wanYi: numbers in 万 and 亿', () => {
  it.each([
    [0, '0'],
    [8600, '8600'],
    [86.25, '86.25'],
    [12_345, '1.23万'],
    [123_450, '12.35万'],
    [3666.67, '3667'],
    [4_782_345, '478.2万'],
    [5_000_000, '500万'],
    [12_345_678, '1235万'],
    [123_000_000, '1.23亿'],
    [1_234_567_890, '12.35亿'],
    // 9,999.96万 rounds to 10,000万: it is 1亿
    [99_999_600, '1亿'],
    [1.2e12, '1.2万亿'],
  ])('%d reads %s', (value, text) => {
    const result = wanYi(value);
    expect(result.text + result.unit).toBe(text);
  });

  it('with decimals: that many after the scaled number, as Grafana does for K and M', () => {
    expect(wanYi(4_782_345, 0)).toEqual({ text: '478', unit: '万' });
    expect(wanYi(123_000_000, 3)).toEqual({ text: '1.230', unit: '亿' });
    expect(wanYi(5_000_000, 1)).toEqual({ text: '500.0', unit: '万' });
  });
});

describe('when panels write Chinese numbers', () => {
  it('on auto, for a user reading Simplified Chinese', () => {
    expect(
      ['zh-Hans', 'zh-CN', 'zh', 'en-US', 'zh-Hant', 'ja-JP'].map((lang) => chineseNumbersOn('auto', lang))
    ).toEqual([true, true, true, false, false, false]);
    expect(chineseNumbersOn(undefined, 'zh-Hans')).toBe(true);
  });

  it('always with on, never with off', () => {
    expect(chineseNumbersOn('on', 'en-US')).toBe(true);
    expect(chineseNumbersOn('off', 'zh-Hans')).toBe(false);
  });
});

describe('withChineseNumbers', () => {
  it('writes amounts in 万/亿 with the symbol of their unit, whatever the unit scales', () => {
    const data = frame([
      { name: 'cny', values: [4_782_345, 123_000_000, -12_300, null], config: { unit: CNY_UNIT } },
      { name: 'usd', values: [4_782_345, 8600, 0, 5], config: { unit: 'currencyUSD' } },
      { name: 'wan', values: [478.2345, 12_300, 0.85, 0.00004], config: { unit: WAN_YUAN_UNIT } },
      { name: 'fixed', values: [4_782_345, 0, 0, 0], config: { unit: CNY_UNIT, decimals: 2 } },
    ]);
    expect(shown(data, 'cny')).toEqual(['¥478.2万', '¥1.23亿', '-¥1.23万', '']);
    expect(shown(data, 'usd')).toEqual(['$478.2万', '$8600', '$0', '$5']);
    // 万元 fields hold amounts ÷ 10,000
    expect(shown(data, 'wan')).toEqual(['¥478.2万', '¥1.23亿', '¥8500', '¥0.4']);
    expect(shown(data, 'fixed')).toEqual(['¥478.23万', '¥0.00', '¥0.00', '¥0.00']);
  });

  it('keeps Grafana’s colours and a value mapping’s text', () => {
    const data = frame([
      {
        name: 'amount',
        values: [0, 2_000_000],
        config: {
          unit: CNY_UNIT,
          mappings: [{ type: MappingType.ValueToText, options: { 0: { text: 'None yet' } } }],
          color: { mode: 'fixed', fixedColor: 'red' },
        },
      },
    ]);
    const [styled] = withChineseNumbers([data], true, theme);
    const display = styled.fields[0].display!;
    expect(formattedValueToString(display(0))).toBe('None yet');
    expect(display(2_000_000)).toMatchObject({
      prefix: '¥',
      text: '200',
      suffix: '万',
      color: data.fields[0].display!(2_000_000).color,
    });
  });

  it('gives the data source’s counts their measure word: deals, customers, leads, visits', () => {
    const funnel = frame(
      [
        { name: 'stage', type: FieldType.string, values: ['Prospect', 'Won'] },
        { name: 'value', values: [15, 6], config: { unit: 'none', decimals: 0 } },
        { name: 'drop_off', values: [null, 9], config: { unit: 'none', decimals: 0 } },
        { name: 'conversion_from_previous', values: [null, 0.4], config: { unit: 'percentunit', decimals: 1 } },
      ],
      { kind: 'funnel', measure: 'count' }
    );
    expect(shown(funnel, 'value')).toEqual(['15 笔', '6 笔']);
    expect(shown(funnel, 'drop_off')).toEqual(['', '9 笔']);
    expect(shown(funnel, 'conversion_from_previous')).toEqual(['', '40.0%']);

    const visits = frame(
      [
        { name: 'actual', values: [12], config: { unit: 'none', decimals: 0 } },
        { name: 'required_run_rate', values: [0.4], config: { unit: 'none', decimals: 1 } },
        { name: 'attainment', values: [0.6], config: { unit: 'percentunit' } },
      ],
      { kind: 'attainment', metric: 'visits' }
    );
    expect(shown(visits, 'actual')).toEqual(['12 次']);
    expect(shown(visits, 'required_run_rate')).toEqual(['0.4 次']);
    expect(shown(visits, 'attainment')).toEqual(['60%']);

    const scorecard = frame(
      [
        { name: 'new_customers', values: [3], config: { unit: 'none', decimals: 0 } },
        { name: 'new_customers_target', values: [5], config: { unit: 'none', decimals: 0 } },
        { name: 'leads_created_previous', values: [40], config: { unit: 'none', decimals: 0 } },
        { name: 'new_customers_rank', values: [1], config: { decimals: 0 } },
        { name: 'win_rate', values: [0.5], config: { unit: 'percentunit', decimals: 1 } },
      ],
      { kind: 'scorecard' }
    );
    expect(
      ['new_customers', 'new_customers_target', 'leads_created_previous'].map((name) => shown(scorecard, name))
    ).toEqual([['3 家'], ['5 家'], ['40 条']]);
    expect(shown(scorecard, 'new_customers_rank')).toEqual(['1']);
  });

  it('leaves counts of frames from elsewhere, and every frame when off, as they are', () => {
    const generic = frame([{ name: 'won_deals', values: [3], config: { unit: 'none' } }]);
    expect(withChineseNumbers([generic], true, theme)[0]).toBe(generic);
    const amounts = frame([{ name: 'amount', values: [3], config: { unit: CNY_UNIT } }]);
    const frames = [amounts];
    expect(withChineseNumbers(frames, false, theme)).toBe(frames);
  });

  it('restyles a display processor a panel makes for a styled field', () => {
    const data = frame([{ name: 'actual', values: [12], config: { unit: 'none', decimals: 1 } }], {
      kind: 'attainment',
      metric: 'new_customers',
    });
    const [styled] = withChineseNumbers([data], true, theme);
    const whole = getDisplayProcessor({
      field: { ...styled.fields[0], config: { ...styled.fields[0].config, decimals: 0 } },
      theme,
    });
    expect(formattedValueToString(inChineseStyle(styled.fields[0], whole)(12))).toBe('12 家');
    expect(formattedValueToString(inChineseStyle(data.fields[0], whole)(12))).toBe('12');
  });
});

describe('the counts it knows are the catalog’s', () => {
  it('every count metric of the catalog, and only those', () => {
    const counts = listMetrics()
      .filter((metric) => metric.unit === 'count')
      .map((metric) => metric.id);
    expect(Object.keys(COUNT_METRICS).sort()).toEqual(counts.sort());
  });

  it('every target metric whose actual counts', () => {
    const counted = Object.entries(TARGET_ACTUALS)
      .filter(([, actual]) => actual in COUNT_METRICS)
      .map(([target, actual]) => [target, COUNT_METRICS[actual]]);
    expect(Object.entries(COUNTED_TARGETS)).toEqual(counted);
  });
});
