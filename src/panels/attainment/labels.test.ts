import { ThresholdsMode } from '@grafana/data';

import { gaugeColor, statusColor } from './colors';
import { toGauges } from './data/toGauges';
import { gaugeDetails, gaugeTexts, labelBook } from './labels';
import { attainmentFrame, darkTheme, frameOf, lightTheme, processFrames, withPeriod } from './testing/frames';
import { type AttainmentOptions, defaultOptions } from './types';

const options = (changes: Partial<AttainmentOptions> = {}): AttainmentOptions => ({ ...defaultOptions, ...changes });
/** The demo's now, 2026-05-14 15:00 UTC, in the middle of May and of Q2. */
const clock = { now: Date.UTC(2026, 4, 14, 15), timeZone: 'utc' };

describe('labelBook', () => {
  it('fills the placeholders of its texts, leaving replacement patterns in values alone', () => {
    const book = labelBook();
    expect(book.ofTarget({ target: '$1.2K' })).toBe('of $1.2K');
    expect(book.summary({ name: "$& $' $`", percent: '5%', actual: '1', ofTarget: 'of 2', status: 'Off track' })).toBe(
      "$& $' $`: 5% of target, 1 of 2, Off track"
    );
    expect(book.daysLeft({})).toBe('Days left: ');
  });
});

describe('gaugeTexts', () => {
  const [frame] = processFrames([attainmentFrame()]);
  const gauges = toGauges([frame], options()).gauges;

  it("formats values with the fields' display processors (unit currencyUSD)", () => {
    const bob = gaugeTexts(gauges[1], options(), darkTheme, labelBook(), clock);
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
    expect(gaugeDetails(gauges[1], darkTheme, clock)).toEqual(
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
    expect(gaugeTexts(gauges[0], options(), darkTheme, labelBook(), clock)).toMatchObject({
      headline: '120%',
      neededPerDay: 'Target reached',
    });
  });

  it('leaves out the sub-labels that are switched off', () => {
    const texts = gaugeTexts(
      gauges[1],
      options({ showDaysLeft: false, showNeededPerDay: false }),
      darkTheme,
      labelBook(),
      clock
    );
    expect(texts).toMatchObject({ daysLeft: null, neededPerDay: null });
  });

  it('explains a computed status', () => {
    const computed = toGauges([frame], options({ statusSource: 'thresholds' })).gauges[2];
    expect(gaugeDetails(computed, darkTheme, clock)).toContainEqual(['Status', 'Off track (by pace)']);
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
    const texts = toGauges([generic], options()).gauges.map((g) =>
      gaugeTexts(g, options(), darkTheme, labelBook(), clock)
    );
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
    const texts = gaugeTexts(toGauges([generic], options()).gauges[0], options(), darkTheme, labelBook(), clock);
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
    expect(gaugeTexts(toGauges([generic], options()).gauges[0], options(), darkTheme, labelBook(), clock).summary).toBe(
      'R&D <East>: 50% of target, 1 of 2, Off track'
    );
  });

  it('labels the total', () => {
    const total = toGauges([frame], options({ gauges: 'total' })).gauges[0];
    expect(gaugeTexts(total, options(), darkTheme, labelBook(), clock)).toMatchObject({
      name: 'Total',
      headline: '70%',
      actual: '$195K',
    });
  });
});

describe('the period the target belongs to (meta.custom.period)', () => {
  const MAY = [Date.UTC(2026, 4, 1), Date.UTC(2026, 5, 1)] as const;
  const textsOf = (frame: ReturnType<typeof frameOf>, changes: Partial<AttainmentOptions> = {}) =>
    toGauges(processFrames([frame]), options(changes)).gauges.map((gauge) =>
      gaugeTexts(gauge, options(changes), darkTheme, labelBook(), clock)
    );

  it('names the current period in the target, the days left and the summary', () => {
    const [, bob] = textsOf(withPeriod(attainmentFrame(), 'month', ...MAY));
    expect(bob).toMatchObject({
      ofTarget: 'of $100K this month',
      daysLeft: 'Days left this month: 15',
      summary: 'Bob: 45% of target, $45K of $100K this month, Cautioned',
    });
    const quarter = textsOf(withPeriod(attainmentFrame(), 'quarter', Date.UTC(2026, 3, 1), Date.UTC(2026, 6, 1)));
    expect(quarter[1]).toMatchObject({ ofTarget: 'of $100K this quarter', daysLeft: 'Days left this quarter: 15' });
  });

  it('names a period that does not hold now by its dates, and the tooltip names it too', () => {
    const april = withPeriod(attainmentFrame(), 'month', Date.UTC(2026, 3, 1), Date.UTC(2026, 4, 1));
    expect(textsOf(april)[1]).toMatchObject({ ofTarget: 'of $100K for April 2026', daysLeft: 'Days left: 15' });
    const q1 = withPeriod(attainmentFrame(), 'quarter', Date.UTC(2026, 0, 1), Date.UTC(2026, 3, 1));
    expect(textsOf(q1)[1].ofTarget).toBe('of $100K for Jan 1 – Mar 31, 2026');
    const gauge = toGauges(processFrames([withPeriod(attainmentFrame(), 'month', ...MAY)]), options()).gauges[1];
    expect(gaugeDetails(gauge, darkTheme, clock)).toContainEqual(['Target period', 'May 2026']);
  });

  it('says "of $X" alone for the query\'s range or without a period (a generic frame)', () => {
    expect(textsOf(withPeriod(attainmentFrame(), 'range', ...MAY))[1].ofTarget).toBe('of $100K');
    expect(textsOf(attainmentFrame())[1].ofTarget).toBe('of $100K');
    // not understood: ignored
    expect(textsOf(withPeriod(attainmentFrame(), 'fortnight', ...MAY))[1].ofTarget).toBe('of $100K');
  });

  it('never says "Target reached" short of the whole period\'s target, however far ahead of pace', () => {
    // 54 % of the month's target at 45 % of the month: ahead of pace (expected 45,000), not reached
    const ahead = withPeriod(
      frameOf([
        { name: 'actual', values: [54000], unit: 'currencyUSD' },
        { name: 'target', values: [100000], unit: 'currencyUSD' },
        { name: 'expected_to_date', values: [45000], unit: 'currencyUSD' },
        { name: 'required_run_rate', values: [46000 / 17], unit: 'currencyUSD' },
        { name: 'remaining_days', values: [17] },
      ]),
      'month',
      ...MAY
    );
    const [texts] = textsOf(ahead);
    expect(texts).toMatchObject({ headline: '54%', status: 'On track', ofTarget: 'of $100K this month' });
    expect(texts.neededPerDay).toBe('Needed per day: $2.71K');
    const [reached] = textsOf(
      withPeriod(
        frameOf([
          { name: 'actual', values: [100000], unit: 'currencyUSD' },
          { name: 'target', values: [100000], unit: 'currencyUSD' },
          { name: 'remaining_days', values: [17] },
        ]),
        'month',
        ...MAY
      )
    );
    expect(reached.neededPerDay).toBe('Target reached');
  });
});

describe('counts', () => {
  /** new customers as the data source sends them: unit none, one decimal (for 1.5 a day) */
  const customers = (actual: number[], target: number[], remaining: number, runRate: number[]) =>
    withPeriod(
      frameOf([
        { name: 'team', values: actual.map((_, i) => `Team ${i + 1}`) },
        { name: 'actual', values: actual, unit: 'none', decimals: 1 },
        { name: 'target', values: target, unit: 'none', decimals: 1 },
        { name: 'required_run_rate', values: runRate, unit: 'none', decimals: 1 },
        { name: 'remaining_days', values: actual.map(() => remaining), decimals: 1 },
      ]),
      'month',
      Date.UTC(2026, 4, 1),
      Date.UTC(2026, 5, 1)
    );
  const textsOf = (frame: ReturnType<typeof frameOf>) =>
    toGauges(processFrames([frame]), options()).gauges.map((gauge) =>
      gaugeTexts(gauge, options(), darkTheme, labelBook(), clock)
    );

  it("shows whole counts without decimals, and a fraction with the field's decimals", () => {
    const [two, prorated] = textsOf(customers([2, 1], [3, 1.45], 17, [1 / 17, 0.45 / 17]));
    expect(two).toMatchObject({ headline: '67%', actual: '2', ofTarget: 'of 3 this month' });
    expect(two.summary).toBe('Team 1: 67% of target, 2 of 3 this month, Off track');
    expect(prorated).toMatchObject({ actual: '1', ofTarget: 'of 1.5 this month' });
  });

  it('says how many more are needed when less than one a day is, never "Needed per day: 0.0"', () => {
    const texts = textsOf(customers([2, 1, 10], [3, 1.45, 40], 17, [1 / 17, 0.45 / 17, 30 / 17]));
    // 1 more; 0.45 of a customer is one more customer; 30 in 17 days is 1.8 a day
    expect(texts.map((x) => x.neededPerDay)).toEqual(['Still needed: 1', 'Still needed: 1', 'Needed per day: 1.8']);
    expect(JSON.stringify(texts)).not.toContain('0.0');
    const gauge = toGauges(processFrames([customers([2], [3], 17, [1 / 17])]), options()).gauges[0];
    expect(gaugeDetails(gauge, darkTheme, clock)).toEqual(
      expect.arrayContaining([
        ['Actual', '2'],
        ['Target', '3'],
        ['Still needed', '1'],
      ])
    );
  });

  it('says "Needed per day" without decimals for a whole number a day', () => {
    const [texts] = textsOf(customers([10], [40], 15, [2]));
    expect(texts.neededPerDay).toBe('Needed per day: 2');
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
