/**
 * The forecast benchmarks. Not tests: run them with `npm run bench:forecast`.
 *
 * Default (`--suite timing`): how long `auto` takes (every candidate backtested over rolling origins, ETS
 * chosen by AICc and refitted) on a 36-month and a 156-week series, against seasonal naive alone as the
 * baseline of the same run.
 *
 * `--suite public`: accuracy on the public suite (public-suite.json, made by public-suite.R: 20 monthly
 * business and economic series shipped with R packages, the last 12 months held out), per series and in
 * summary: the MASE of auto, of each candidate and of R's ets, auto.arima, thetaf and snaive; the
 * geometric-mean MASE ratio auto ÷ R's ets; how often auto beats seasonal naive; the coverage of auto's
 * 80 % and 95 % intervals; then the goals, each printed as pass or short, with the timing goal.
 */
import { readFileSync } from 'fs';
import { cpus, loadavg } from 'os';
import { DateTime } from 'luxon';
import { accuracy, forecast, naiveScale } from '../../src/sales/analytics/forecast';
import type { ForecastOptions, ForecastResult } from '../../src/sales/analytics/forecast';
import type { ForecastMethod, Grain } from '../../src/sales/types';
import { PUBLIC_SUITE, type PublicSuite } from './publicSuite';

let seed = 7;
const noise = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31 - 0.5;
/** trend + one sine season + noise, deterministic */
const series = (length: number, season: number, grain: 'month' | 'week') =>
  Array.from({ length }, (_, index) => ({
    time: DateTime.utc(2022, 1, grain === 'week' ? 3 : 1)
      .plus(grain === 'week' ? { weeks: index } : { months: index })
      .toMillis(),
    value: 1000 + 8 * index + 200 * Math.sin((2 * Math.PI * index) / season) + 80 * noise(),
  }));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

/**
 * Median time of auto on 36 months and 156 weeks; prints one line each and returns the 36-month CPU and
 * wall times. CPU time is the work auto does (what a browser tab spends on it); wall time on a machine
 * shared with other work also counts the waits for a core.
 */
function timing(): { cpu: number; wall: number } {
  const cases: Array<[string, ReturnType<typeof series>, Grain, number]> = [
    ['36 months', series(36, 12, 'month'), 'month', 12],
    ['156 weeks', series(156, 52, 'week'), 'week', 13],
  ];
  const times = cases.map(([name, history, grain, horizon]) => {
    const measure = (method: ForecastMethod) => {
      const wall: number[] = [];
      const cpu: number[] = [];
      let result = forecast(history, { method, grain, horizon }); // warm-up
      for (let run = 0; run < 7; run++) {
        const cpuBefore = process.cpuUsage();
        const wallBefore = performance.now();
        result = forecast(history, { method, grain, horizon });
        wall.push(performance.now() - wallBefore);
        const used = process.cpuUsage(cpuBefore);
        cpu.push((used.user + used.system) / 1000);
      }
      return { wall: median(wall), cpu: median(cpu), result };
    };
    const auto = measure('auto');
    const naive = measure('seasonal_naive');
    console.log(
      `${name}: auto ${auto.wall.toFixed(0)} ms wall, ${auto.cpu.toFixed(0)} ms CPU ` +
        `(${auto.result.backtests.length} methods × ${auto.result.backtest.origins} origins, chose ${auto.result.model}); ` +
        `seasonal_naive alone ${naive.cpu.toFixed(1)} ms CPU; auto ÷ seasonal_naive = ${(auto.cpu / naive.cpu).toFixed(0)}×`
    );
    return { cpu: auto.cpu, wall: auto.wall };
  });
  return times[0];
}

/** Our methods on the public suite, besides auto: each forecast by itself. */
const OWN: Array<{ label: string; options: Partial<ForecastOptions> }> = [
  { label: 'ets', options: { method: 'ets' } },
  { label: 'theta', options: { method: 'theta' } },
  { label: 'hw add', options: { method: 'holt_winters', seasonality: 'additive' } },
  { label: 'hw mult', options: { method: 'holt_winters', seasonality: 'multiplicative' } },
  { label: 'snaive', options: { method: 'seasonal_naive' } },
  { label: 'linear', options: { method: 'linear' } },
];

const geometricMean = (values: number[]) =>
  Math.exp(values.reduce((sum, value) => sum + Math.log(value), 0) / values.length);
const cell = (value: number | undefined, digits = 3) => (value === undefined ? '–' : value.toFixed(digits));

function publicSuite(): void {
  const suite = JSON.parse(readFileSync(PUBLIC_SUITE, 'utf8')) as PublicSuite;
  console.log(
    `Public suite: ${suite.series.length} monthly series, the last ${suite.holdout} months held out, at most ` +
      `${suite.maxTraining} before them fitted; R references from ${suite.r}, forecast ${suite.forecastPackage}.`
  );
  const header = [
    'series',
    'auto model',
    'auto',
    ...OWN.map((own) => own.label),
    'R ets',
    'R arima',
    'R theta',
    'R snaive',
  ];
  const rows: string[][] = [header];
  const ratios: number[] = [];
  let beatsNaive = 0;
  const covered = { 80: 0, 95: 0 };
  let points = 0;
  const ownMase = new Map<string, number[]>();
  for (const entry of suite.series) {
    const train = entry.values.slice(0, entry.values.length - suite.holdout);
    const test = entry.values.slice(entry.values.length - suite.holdout);
    const first = DateTime.utc(entry.start[0], entry.start[1], 1);
    const history = train.map((value, index) => ({ time: first.plus({ months: index }).toMillis(), value }));
    const scale = naiveScale(train, 12);
    const mase = (result: ForecastResult) =>
      accuracy(
        result.points
          .slice(-suite.holdout)
          .map((point, index) => ({ actual: test[index], forecast: point.forecast!, scale })),
        1
      ).mase!;
    const run = (options: Partial<ForecastOptions>) => {
      try {
        return forecast(history, { method: 'auto', grain: 'month', horizon: suite.holdout, ...options });
      } catch {
        return undefined;
      }
    };
    const auto = run({ method: 'auto' })!;
    const autoMase = mase(auto);
    ratios.push(autoMase / entry.ets.mase);
    if (autoMase < entry.snaive.mase) {
      beatsNaive++;
    }
    auto.points.slice(-suite.holdout).forEach((point, index) => {
      covered[80] += Number(point.lower80! <= test[index] && test[index] <= point.upper80!);
      covered[95] += Number(point.lower95! <= test[index] && test[index] <= point.upper95!);
      points++;
    });
    const own = OWN.map(({ label, options }) => {
      const result = run(options);
      const value = result ? mase(result) : undefined;
      if (value !== undefined) {
        ownMase.set(label, [...(ownMase.get(label) ?? []), value / entry.ets.mase]);
      }
      return cell(value);
    });
    rows.push([
      entry.id,
      auto.model,
      cell(autoMase),
      ...own,
      `${cell(entry.ets.mase)} ${entry.ets.model}`,
      cell(entry.arima.mase),
      cell(entry.theta.mase),
      cell(entry.snaive.mase),
    ]);
  }
  const widths = header.map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  console.log(`\nHold-out MASE (scaled by the in-sample seasonal naive MAE, as R's accuracy())`);
  rows.forEach((row) => console.log(row.map((value, column) => value.padEnd(widths[column])).join('  ')));

  const n = suite.series.length;
  const ratio = geometricMean(ratios);
  const share = beatsNaive / n;
  const coverage80 = covered[80] / points;
  const coverage95 = covered[95] / points;
  const rRatio = (key: 'arima' | 'theta' | 'snaive') =>
    geometricMean(suite.series.map((entry) => entry[key].mase / entry.ets.mase));
  console.log('\nSummary');
  console.log(`geometric-mean MASE ratio to R's ets: auto ${ratio.toFixed(3)}`);
  console.log(
    `  ours: ${OWN.map(({ label }) => `${label} ${cell(ownMase.has(label) ? geometricMean(ownMase.get(label)!) : undefined)}${(ownMase.get(label)?.length ?? n) < n ? ` (${ownMase.get(label)!.length} series)` : ''}`).join(', ')}`
  );
  console.log(
    `  R:    arima ${rRatio('arima').toFixed(3)}, theta ${rRatio('theta').toFixed(3)}, snaive ${rRatio('snaive').toFixed(3)}`
  );
  console.log(`auto beats R's seasonal naive on ${beatsNaive} of ${n} series (${(100 * share).toFixed(0)} %)`);
  console.log(
    `auto's intervals cover ${(100 * coverage80).toFixed(1)} % (80 %) and ${(100 * coverage95).toFixed(1)} % (95 %) of ${points} hold-out points`
  );

  console.log('\nTiming');
  const time = timing();

  console.log('\nGoals');
  const goal = (met: boolean, text: string) => console.log(`${met ? 'pass ' : 'short'}  ${text}`);
  goal(ratio <= 0.95, `geometric-mean MASE auto ÷ R's ets ≤ 0.95: ${ratio.toFixed(3)}`);
  goal(
    share >= 0.85,
    `auto beats seasonal naive on ≥ 85 % of series: ${(100 * share).toFixed(0)} % (${beatsNaive} of ${n})`
  );
  goal(
    coverage80 >= 0.75 && coverage80 <= 0.85,
    `80 % intervals cover 75–85 % of hold-out points: ${(100 * coverage80).toFixed(1)} %`
  );
  goal(
    coverage95 >= 0.9 && coverage95 <= 0.97,
    `95 % intervals cover 90–97 % of hold-out points: ${(100 * coverage95).toFixed(1)} %`
  );
  goal(
    time.cpu <= 250,
    `auto's time on 36 monthly points ≤ 250 ms: ${time.cpu.toFixed(0)} ms CPU ` +
      `(${time.wall.toFixed(0)} ms wall, load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)`
  );
}

const suiteArgument = process.argv.indexOf('--suite');
const suiteName = suiteArgument >= 0 ? process.argv[suiteArgument + 1] : 'timing';
if (suiteName === 'public') {
  publicSuite();
} else if (suiteName === 'timing') {
  timing();
} else {
  console.error(`Unknown suite ${JSON.stringify(suiteName)}: use --suite timing (the default) or --suite public.`);
  process.exitCode = 1;
}
