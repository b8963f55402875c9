import React from 'react';

import { t } from '@grafana/i18n';
import { Combobox, InlineField, InlineFieldRow } from '@grafana/ui';

import { type ForecastQuery, MAX_HORIZON, MAX_LOOKBACK, type MetricDef } from '../../../sales';
import { GrainField } from '../fields/GrainField';
import { LABEL_WIDTH } from '../fields/layout';
import { SwitchField } from '../fields/SwitchField';
import { WholeNumberField } from '../fields/WholeNumberField';
import { forecastMethodOptions, intervalOptions, metricOptions, seasonalityOptions } from '../options';
import { type KindEditorProps, patcher } from './types';

/** A metric can be forecast when it is a flow of its own (not a target-based or snapshot metric). */
function forecastable(metric: MetricDef): boolean {
  return !metric.targetBased && metric.timeBehaviour !== 'snapshot';
}

const ORDERS = [
  { value: '2', label: '2' },
  { value: '3', label: '3' },
];

/** Forecast: a metric's next periods by a method (or the best of them), with an interval and a backtest. */
export function ForecastEditor({ id, query, onChange }: KindEditorProps<ForecastQuery>) {
  const set = patcher({ query, onChange });
  return (
    <>
      <InlineFieldRow>
        <InlineField label={t('query-editor.metric', 'Metric')} htmlFor={`${id}-metric`} labelWidth={LABEL_WIDTH}>
          <Combobox
            id={`${id}-metric`}
            width={32}
            options={metricOptions(forecastable)}
            value={query.metric ?? 'bookings'}
            onChange={(option) => set({ metric: option.value })}
          />
        </InlineField>
        <GrainField id={id} value={query.grain} onChange={(grain) => set({ grain })} />
        <InlineField label={t('query-editor.method', 'Method')} htmlFor={`${id}-method`} labelWidth={LABEL_WIDTH}>
          <Combobox
            id={`${id}-method`}
            width={28}
            options={forecastMethodOptions()}
            value={query.method ?? 'auto'}
            onChange={(option) => set({ method: option.value })}
          />
        </InlineField>
      </InlineFieldRow>
      <InlineFieldRow>
        <WholeNumberField
          id={`${id}-horizon`}
          label={t('query-editor.horizon', 'Horizon')}
          tooltip={t('query-editor.horizon-tooltip', 'Periods to forecast after the current one.')}
          min={1}
          max={MAX_HORIZON}
          fallback={3}
          value={query.horizon}
          onChange={(horizon) => set({ horizon }, false)}
          onBlur={() => onChange(query)}
        />
        <WholeNumberField
          id={`${id}-lookback`}
          label={t('query-editor.lookback', 'History')}
          tooltip={t('query-editor.lookback-tooltip', 'Complete periods of history the forecast learns from.')}
          min={2}
          max={MAX_LOOKBACK}
          fallback={24}
          value={query.lookback}
          onChange={(lookback) => set({ lookback }, false)}
          onBlur={() => onChange(query)}
        />
        <InlineField label={t('query-editor.interval', 'Interval')} htmlFor={`${id}-interval`} labelWidth={LABEL_WIDTH}>
          <Combobox
            id={`${id}-interval`}
            width={12}
            options={intervalOptions()}
            value={String(query.interval ?? 0.8)}
            onChange={(option) => set({ interval: Number(option.value) as ForecastQuery['interval'] })}
          />
        </InlineField>
        {query.method === 'holt_winters' && (
          <InlineField
            label={t('query-editor.seasonality', 'Seasonality')}
            htmlFor={`${id}-seasonality`}
            labelWidth={LABEL_WIDTH}
          >
            <Combobox
              id={`${id}-seasonality`}
              width={20}
              options={seasonalityOptions()}
              value={query.seasonality ?? 'additive'}
              onChange={(option) => set({ seasonality: option.value })}
            />
          </InlineField>
        )}
        {query.method === 'polynomial' && (
          <InlineField label={t('query-editor.order', 'Order')} htmlFor={`${id}-order`} labelWidth={LABEL_WIDTH}>
            <Combobox
              id={`${id}-order`}
              width={10}
              options={ORDERS}
              value={String(query.order ?? 2)}
              onChange={(option) => set({ order: Number(option.value) })}
            />
          </InlineField>
        )}
        <SwitchField
          id={`${id}-backtest`}
          label={t('query-editor.backtest', 'Backtest frame')}
          tooltip={t(
            'query-editor.backtest-tooltip',
            'Also return the accuracy of every method tried, as a second frame.'
          )}
          value={query.backtestFrame === true}
          onToggle={() => set({ backtestFrame: query.backtestFrame !== true })}
        />
      </InlineFieldRow>
    </>
  );
}
