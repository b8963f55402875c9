import { forecast } from '../analytics/forecast/forecast';
import { elapsedShare } from '../analytics/pacing';
import type { CompiledForecast } from '../sql/forecast';
import type { DataFrameJSON, FrameField } from '../types';
import { type DisplayOptions, metricFieldConfig } from './fieldConfig';
import { columnOf, rowCount, toNumberOrNull } from './rows';

/** The forecast frame (time, actual, forecast, lower, upper) and, when asked, the backtest frame. */
export function forecastFrames(
  compiled: CompiledForecast,
  result: DataFrameJSON,
  timeZone: string,
  display: DisplayOptions,
  withBacktest: boolean,
  refId?: string
): DataFrameJSON[] {
  const count = rowCount(result);
  const numbers = (name: string) => (columnOf(result, name) ?? new Array(count).fill(null)).map(toNumberOrNull);
  const periods = numbers('period');
  const buckets = numbers('bucket');
  const values = numbers(compiled.metric.id);
  const byBucket = new Map<number, number | null>();
  let pipelineRow = -1;
  for (let row = 0; row < count; row++) {
    if (periods[row] === 0 && buckets[row] !== null) {
      byBucket.set(buckets[row]!, values[row]);
    } else if (periods[row] === null) {
      pipelineRow = row;
    }
  }
  const valueOf = (key: number) => byBucket.get(key) ?? (compiled.metric.additive ? 0 : null);
  const history = compiled.history.map((bucket) => ({ time: bucket.start, value: valueOf(bucket.key) as number }));
  const actualToDate = valueOf(compiled.current.key) ?? 0;
  const share = elapsedShare({ from: compiled.current.start, to: compiled.currentEnd, timeZone }, compiled.now, {
    mode: 'linear',
  }).share;
  const pipelineValue = (name: string) => (pipelineRow < 0 ? 0 : (numbers(name)[pipelineRow] ?? 0));

  const output = forecast(history, {
    method: compiled.method,
    grain: compiled.grain,
    horizon: compiled.horizon,
    interval: compiled.interval,
    seasonality: compiled.seasonality,
    order: compiled.order,
    timeZone,
    start: compiled.current.start,
    runRate: compiled.method === 'run_rate' ? { actualToDate, elapsedShare: share ?? 0 } : undefined,
    pipeline:
      compiled.method === 'pipeline'
        ? {
            closedWon: actualToDate,
            commit: pipelineValue('commit'),
            bestCase: pipelineValue('best_case'),
            openExpected: pipelineValue('open_expected'),
            openVariance: pipelineValue('open_variance'),
          }
        : undefined,
  });

  const config = metricFieldConfig(compiled.metric, display);
  const level = `${Math.round(compiled.interval * 100)} %`;
  const fields: FrameField[] = [
    { name: 'time', type: 'time', config: {} },
    { name: 'actual', type: 'number', config: { ...config, displayNameFromDS: compiled.metric.label } },
    { name: 'forecast', type: 'number', config: { ...config, displayNameFromDS: 'Forecast' } },
    { name: 'lower', type: 'number', config: { ...config, displayNameFromDS: `Lower (${level})` } },
    { name: 'upper', type: 'number', config: { ...config, displayNameFromDS: `Upper (${level})` } },
  ];
  const frame: DataFrameJSON = {
    schema: {
      refId,
      name: 'forecast',
      meta: {
        custom: {
          kind: 'forecast',
          metric: compiled.metric.id,
          method: output.method,
          chosenMethod: output.chosenMethod,
          chosenVariant: output.chosenVariant,
          model: output.model,
          interval: output.interval,
          seasonLength: output.seasonLength,
          backtest: output.backtest,
          parameters: output.parameters,
          skipped: output.skipped,
        },
      },
      fields,
    },
    data: {
      values: [
        output.points.map((point) => point.time),
        output.points.map((point) => point.actual),
        output.points.map((point) => point.forecast),
        output.points.map((point) => point.lower),
        output.points.map((point) => point.upper),
      ],
    },
  };
  if (!withBacktest) {
    return [frame];
  }
  const ratio = { unit: 'percentunit', decimals: 1 };
  return [
    frame,
    {
      schema: {
        refId,
        name: 'backtest',
        meta: { custom: { kind: 'forecast_backtest', chosenMethod: output.chosenMethod, model: output.model } },
        fields: [
          { name: 'method', type: 'string', config: { displayNameFromDS: 'Method' } },
          { name: 'mase', type: 'number', config: { displayNameFromDS: 'MASE', decimals: 3 } },
          { name: 'mape', type: 'number', config: { displayNameFromDS: 'MAPE', ...ratio } },
          { name: 'smape', type: 'number', config: { displayNameFromDS: 'sMAPE', ...ratio } },
          { name: 'origins', type: 'number', config: { displayNameFromDS: 'Origins', decimals: 0 } },
        ],
      },
      data: {
        values: [
          output.backtests.map((entry) => entry.label),
          output.backtests.map((entry) => entry.mase),
          output.backtests.map((entry) => entry.mape),
          output.backtests.map((entry) => entry.smape),
          output.backtests.map((entry) => entry.origins),
        ],
      },
    },
  ];
}
