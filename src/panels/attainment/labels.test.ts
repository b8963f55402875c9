import { ThresholdsMode } from '@grafana/data';

import { gaugeColor, statusColor } from './colors';
import { toGauges } from './data/toGauges';
import { gaugeDetails, gaugeTexts, labelBook, percentText } from './labels';
import { attainmentFrame, darkTheme, frameOf, lightTheme, processFrames } from './testing/frames';
import { type AttainmentOptions, defaultOptions } from './types';

const options = (changes: Partial<AttainmentOptions> = {}): AttainmentOptions => ({ ...defaultOptions, ...changes });

describe('percentText', () => {
  it.each([
    [0.45, '45%'],
    [0.375, '38%'],
    [1.35, '135%'],
    [-0.2, '-20%'],
    [0, '0%'],
    [1, '100%'],
    // never "100%" for a gauge short of its target
    [0.996, '99.6%'],
    [0.9999, '99.9%'],
  ])('%p is %p', (ratio, text) => {
    expect(percentText(ratio)).toBe(text);
  });
});

describe('labelBook', () => {
  it('fills the placeholders of its texts, leaving replacement patterns in values alone', () => {
    const book = labelBook();
    expect(book.ofTarget({ target: '$1.2K' })).toBe('of $1.2K');
    expect(book.summary({ name: "$& $' $`", percent: '5%', actual: '1', target: '2', status: 'Off track' })).toBe(
      "$& $' $`: 5% of target, 1 of 2, Off track"
    );
    expect(book.daysLeft({})).toBe('Days left: ');
  });
});

describe('gaugeTexts', () => {
  const [frame] = processFrames([attainmentFrame()]);
  const gauges = toGauges([frame], options()).gauges;

  it("formats values with the fields' display processors (unit currencyUSD)", () => {
    const bob = gaugeTexts(gauges[1], options(), darkTheme, labelBook());
    expect(bob).toMatchObject({
      name: 'Bob',
      headline: '45%',
      actual: '$45K',
      ofTarget: 'of $100K',
      status: 'Cautioned',
      statusSymbol: '!',
      daysLeft: 'Days left: 15',
      // 55 000 ÷ 15
      neededPerDay: 'Needed per day: $3.67K',
      summary: 'Bob: 45% of target, $45K of $100K, Cautioned',
    });
    expect(gaugeDetails(gauges[1], darkTheme)).toEqual(
      expect.arrayContaining([
        ['Expected to date', '$50K'],
        ['Pace', '90%'],
        ['Projected', '$90K'],
        ['Gap to target', '$55K'],
        ['Status', 'Cautioned'],
      ])
    );
  });

  it('says the target is reached instead of needing nothing per day', () => {
    expect(gaugeTexts(gauges[0], options(), darkTheme, labelBook())).toMatchObject({
      headline: '120%',
      neededPerDay: 'Target reached',
    });
  });

  it('leaves out the sub-labels that are switched off', () => {
    const texts = gaugeTexts(
      gauges[1],
      options({ showDaysLeft: false, showNeededPerDay: false }),
      darkTheme,
      labelBook()
    );
    expect(texts).toMatchObject({ daysLeft: null, neededPerDay: null });
  });

  it('explains a computed status', () => {
    const computed = toGauges([frame], options({ statusSource: 'thresholds' })).gauges[2];
    expect(gaugeDetails(computed, darkTheme)).toContainEqual(['Status', 'Off track (by pace)']);
  });

  it('shows the actual and "No target" without a target, never NaN or Infinity', () => {
    const [generic] = processFrames([
      frameOf([
        { name: 'rep', values: ['A', 'B', 'C'] },
        { name: 'actual', values: [5000, 5000, 5000], unit: 'currencyUSD' },
        { name: 'target', values: [null, 0, -100], unit: 'currencyUSD' },
        { name: 'remaining_days', values: [3, 3, 3] },
      ]),
    ]);
    const texts = toGauges([generic], options()).gauges.map((g) => gaugeTexts(g, options(), darkTheme, labelBook()));
    expect(texts.map((x) => [x.headline, x.ofTarget, x.status, x.neededPerDay])).toEqual([
      ['$5K', null, 'No target', null],
      ['$5K', null, 'No target', null],
      ['$5K', 'of -$100', 'Target below zero', null],
    ]);
    expect(JSON.stringify(texts)).not.toMatch(/NaN|Infinity/);
    expect(texts[0].summary).toBe('A: $5K, No target');
  });

  it('uses the "no value" text of the field config for an empty actual', () => {
    const [generic] = processFrames(
      [
        frameOf([
          { name: 'actual', values: [null] },
          { name: 'target', values: [10] },
        ]),
      ],
      {
        defaults: { noValue: 'n/a' },
        overrides: [],
      }
    );
    const texts = gaugeTexts(toGauges([generic], options()).gauges[0], options(), darkTheme, labelBook());
    expect(texts).toMatchObject({ headline: 'n/a', status: 'No value' });
  });

  it('keeps names with markup characters as they are', () => {
    const [generic] = processFrames([
      frameOf([
        { name: 'team', values: ['R&D <East>'] },
        { name: 'actual', values: [1] },
        { name: 'target', values: [2] },
      ]),
    ]);
    expect(gaugeTexts(toGauges([generic], options()).gauges[0], options(), darkTheme, labelBook()).summary).toBe(
      'R&D <East>: 50% of target, 1 of 2, Off track'
    );
  });

  it('labels the total', () => {
    const total = toGauges([frame], options({ gauges: 'total' })).gauges[0];
    expect(gaugeTexts(total, options(), darkTheme, labelBook())).toMatchObject({
      name: 'Total',
      headline: '70%',
      actual: '$195K',
    });
  });
});

describe('colours', () => {
  it.each([
    ['dark', darkTheme],
    ['light', lightTheme],
  ])("come from the %s theme's status tokens", (_mode, theme) => {
    expect(statusColor(theme, 'on_track')).toBe(theme.colors.success.main);
    expect(statusColor(theme, 'cautioned')).toBe(theme.colors.warning.main);
    expect(statusColor(theme, 'off_track')).toBe(theme.colors.error.main);
    expect(statusColor(theme, null)).toBe(theme.colors.text.secondary);
  });

  it('differ between dark and light themes', () => {
    expect(statusColor(darkTheme, 'on_track')).not.toBe(statusColor(lightTheme, 'on_track'));
  });

  it('follow the field thresholds when asked: percentage steps against percent of target', () => {
    const thresholds = {
      mode: ThresholdsMode.Percentage,
      steps: [
        { value: -Infinity, color: 'purple' },
        { value: 50, color: 'blue' },
      ],
    };
    const [frame] = processFrames(
      [
        frameOf([
          { name: 'actual', values: [40, 60] },
          { name: 'target', values: [100, 100] },
        ]),
      ],
      {
        defaults: { thresholds },
        overrides: [],
      }
    );
    const gauges = toGauges([frame], options()).gauges;
    expect(gauges.map((g) => gaugeColor(darkTheme, g, 'thresholds'))).toEqual([
      darkTheme.visualization.getColorByName('purple'),
      darkTheme.visualization.getColorByName('blue'),
    ]);
    // the status colour otherwise (60 % is off track)
    expect(gaugeColor(darkTheme, gauges[1], 'status')).toBe(darkTheme.colors.error.main);
  });

  it('follow absolute threshold steps against the actual', () => {
    const thresholds = {
      mode: ThresholdsMode.Absolute,
      steps: [
        { value: -Infinity, color: 'red' },
        { value: 50, color: 'green' },
      ],
    };
    const [frame] = processFrames(
      [
        frameOf([
          { name: 'actual', values: [40, 60] },
          { name: 'target', values: [1000, 1000] },
        ]),
      ],
      {
        defaults: { thresholds },
        overrides: [],
      }
    );
    const gauges = toGauges([frame], options()).gauges;
    expect(gauges.map((g) => gaugeColor(lightTheme, g, 'thresholds'))).toEqual([
      lightTheme.visualization.getColorByName('red'),
      lightTheme.visualization.getColorByName('green'),
    ]);
  });
});
