/**
 * How long `auto` takes to fit (every candidate backtested over rolling origins, then the chosen one refitted)
 * on a 36-month and a 156-week series, against seasonal naive alone as the baseline of the same run.
 * Not a test: run it with `npm run bench:forecast`.
 */
import { DateTime } from 'luxon';
import { forecast } from '../../src/sales/analytics/forecast';
import type { ForecastMethod, Grain } from '../../src/sales/types';

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

const cases: Array<[string, ReturnType<typeof series>, Grain, number]> = [
  ['36 months', series(36, 12, 'month'), 'month', 12],
  ['156 weeks', series(156, 52, 'week'), 'week', 13],
];
for (const [name, history, grain, horizon] of cases) {
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
  const chosen = `${auto.result.chosenMethod}${auto.result.chosenVariant ? ` (${auto.result.chosenVariant})` : ''}`;
  console.log(
    `${name}: auto ${auto.wall.toFixed(0)} ms wall, ${auto.cpu.toFixed(0)} ms CPU ` +
      `(${auto.result.backtests.length} methods × ${auto.result.backtest.origins} origins, chose ${chosen}); ` +
      `seasonal_naive alone ${naive.cpu.toFixed(1)} ms CPU; auto ÷ seasonal_naive = ${(auto.cpu / naive.cpu).toFixed(0)}×`
  );
}
