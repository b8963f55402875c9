import React, { useCallback, useMemo } from 'react';

import type { QueryEditorProps } from '@grafana/data';
import { t } from '@grafana/i18n';
import {
  Alert,
  Combobox,
  type ComboboxOption,
  InlineField,
  InlineFieldRow,
  InlineSwitch,
  Input,
  MultiCombobox,
  Stack,
  Text,
} from '@grafana/ui';

import {
  type AttainmentPeriod,
  type CommissionPeriodMode,
  type Compare,
  DEFAULT_FEEDBACK_ROWS,
  type DimensionId,
  type Filter,
  type ForecastMethod,
  type FunnelMeasure,
  type FunnelMode,
  getMetric,
  type Grain,
  MAX_FEEDBACK_ROWS,
  MAX_HORIZON,
  MAX_LOOKBACK,
  type Normalization,
  type PaceMode,
  type QueryKind,
  type ScorecardEntity,
  type ScorecardMetric,
  type TargetMetric,
} from '../../sales';
import type { DataSource } from '../DataSource';
import { changeKind } from '../queryModel';
import type { SalesDataQuery, SalesDataSourceOptions } from '../types';
import { allowedDimensions } from './dimensions';
import { FiltersEditor } from './FiltersEditor';
import {
  attainmentPeriodOptions,
  commissionPeriodOptions,
  compareOptions,
  dimensionOptions,
  entityOptions,
  forecastMethodOptions,
  funnelMeasureOptions,
  funnelModeOptions,
  grainOptions,
  intervalOptions,
  kindOptions,
  metricOptions,
  normalizationOptions,
  paceModeOptions,
  seasonalityOptions,
  targetMetricOptions,
} from './options';
import { ScorecardMetricsEditor } from './ScorecardMetricsEditor';
import { ShowSql } from './ShowSql';

type Props = QueryEditorProps<DataSource, SalesDataQuery, SalesDataSourceOptions>;

const LABEL_WIDTH = 16;

/** A query field by name, whatever its kind (the editor shows only the fields of the query's kind). */
type Fields = Record<string, unknown>;

const optionValues = (options: Array<ComboboxOption<string>>) => options.map((option) => String(option.value));

function forecastable(id: string): boolean {
  const metric = getMetric(id);
  return !metric.targetBased && metric.timeBehaviour !== 'snapshot';
}

/**
 * The query editor: the kind of query, then that kind's fields, each picked from the catalog. Every
 * change is checked by the engine's own compiler, so an invalid combination shows the engine's
 * message at once; a valid one runs.
 */
export function QueryEditor({ query, onChange, onRunQuery, datasource, range, data }: Props) {
  const fields = query as unknown as Fields;
  const kind = query.kind;
  const id = `salesperf-${query.refId}`;
  const problem = useMemo(
    () => (kind ? datasource.problemOf(query, range) : undefined),
    [datasource, query, range, kind]
  );
  const filters = (query.filters ?? []) as Filter[];
  const dimensions = allowedDimensions(query);

  const change = useCallback(
    (next: SalesDataQuery, run = true) => {
      onChange(next);
      const incomplete = (next.filters ?? []).some((filter) => !filter.values?.length);
      if (run && !incomplete && !datasource.problemOf(next, range)) {
        onRunQuery();
      }
    },
    [onChange, onRunQuery, datasource, range]
  );
  const set = (patch: Fields, run = true) => change({ ...query, ...patch } as SalesDataQuery, run);
  const loadValues = useCallback(
    async (dimension: DimensionId) =>
      (await datasource.metricFindQuery({ refId: 'values', kind: 'values', dimension })).map((value) => ({
        value: String(value.value),
        label: value.text,
      })),
    [datasource]
  );

  const groupByField = (label = t('query-editor.group-by', 'Group by')) => (
    <InlineField label={label} htmlFor={`${id}-group-by`} labelWidth={LABEL_WIDTH} grow>
      <MultiCombobox
        id={`${id}-group-by`}
        options={dimensionOptions(dimensions)}
        value={(fields.groupBy as string[] | undefined) ?? []}
        placeholder={t('query-editor.group-by-placeholder', 'No grouping: one total')}
        onChange={(options) => set({ groupBy: optionValues(options) })}
      />
    </InlineField>
  );

  const grainField = (label = t('query-editor.grain', 'Grain')) => (
    <InlineField label={label} htmlFor={`${id}-grain`} labelWidth={LABEL_WIDTH}>
      <Combobox
        id={`${id}-grain`}
        width={20}
        options={grainOptions()}
        value={(fields.grain as Grain) ?? 'month'}
        onChange={(option) => set({ grain: option.value })}
      />
    </InlineField>
  );

  const numberField = (
    name: 'horizon' | 'lookback' | 'limit',
    label: string,
    tooltip: string,
    min: number,
    max: number,
    fallback: number
  ) => {
    const value = fields[name] as number | undefined;
    const valid = value === undefined || (Number.isInteger(value) && value >= min && value <= max);
    return (
      <InlineField
        label={label}
        htmlFor={`${id}-${name}`}
        labelWidth={LABEL_WIDTH}
        tooltip={tooltip}
        invalid={!valid}
        error={t('query-editor.whole-number', 'Use a whole number from {{min}} to {{max}}.', { min, max })}
      >
        <Input
          id={`${id}-${name}`}
          type="number"
          width={12}
          min={min}
          max={max}
          value={value ?? fallback}
          onChange={(event) =>
            set({ [name]: event.currentTarget.value === '' ? undefined : Number(event.currentTarget.value) }, false)
          }
          onBlur={() => change(query)}
        />
      </InlineField>
    );
  };

  return (
    <Stack direction="column" gap={1}>
      <InlineFieldRow>
        <InlineField label={t('query-editor.kind', 'Query')} htmlFor={`${id}-kind`} labelWidth={LABEL_WIDTH}>
          <Combobox
            id={`${id}-kind`}
            width={28}
            options={kindOptions()}
            value={kind ?? null}
            placeholder={t('query-editor.kind-placeholder', 'Choose what to compute')}
            onChange={(option) => change(changeKind(query, option.value as QueryKind))}
          />
        </InlineField>
        <Stack alignItems="center" gap={1}>
          <ShowSql datasource={datasource} query={query} range={range ?? data?.request?.range} />
        </Stack>
      </InlineFieldRow>

      {(kind === 'metrics' || kind === 'timeseries') && (
        <>
          <InlineFieldRow>
            <InlineField
              label={t('query-editor.metrics', 'Metrics')}
              htmlFor={`${id}-metrics`}
              labelWidth={LABEL_WIDTH}
              grow
            >
              <MultiCombobox
                id={`${id}-metrics`}
                options={metricOptions()}
                value={(fields.metrics as string[] | undefined) ?? []}
                placeholder={t('query-editor.metrics-placeholder', 'Choose one or more metrics')}
                onChange={(options) => set({ metrics: optionValues(options) })}
              />
            </InlineField>
          </InlineFieldRow>
          <InlineFieldRow>
            {groupByField()}
            {kind === 'timeseries' && grainField()}
            <InlineField
              label={t('query-editor.compare', 'Compare with')}
              htmlFor={`${id}-compare`}
              labelWidth={LABEL_WIDTH}
            >
              <Combobox
                id={`${id}-compare`}
                width={28}
                options={compareOptions()}
                value={(fields.compare as Compare | undefined) ?? 'none'}
                onChange={(option) =>
                  set(
                    option.value === 'none'
                      ? { compare: undefined, compareToDate: undefined }
                      : { compare: option.value }
                  )
                }
              />
            </InlineField>
            {kind === 'metrics' && fields.compare !== undefined && (
              <InlineField
                label={t('query-editor.compare-to-date', 'To date')}
                htmlFor={`${id}-to-date`}
                tooltip={t(
                  'query-editor.compare-to-date-tooltip',
                  "When the range runs past now, both periods stop at now's point in them: this quarter so far against the previous one up to the same day."
                )}
              >
                <InlineSwitch
                  id={`${id}-to-date`}
                  value={fields.compareToDate === true}
                  onChange={() => set({ compareToDate: fields.compareToDate === true ? undefined : true })}
                />
              </InlineField>
            )}
          </InlineFieldRow>
        </>
      )}

      {kind === 'funnel' && (
        <InlineFieldRow>
          <InlineField label={t('query-editor.funnel-mode', 'Funnel')} htmlFor={`${id}-mode`} labelWidth={LABEL_WIDTH}>
            <Combobox
              id={`${id}-mode`}
              width={24}
              options={funnelModeOptions()}
              value={(fields.mode as FunnelMode) ?? 'reached'}
              onChange={(option) => set({ mode: option.value })}
            />
          </InlineField>
          <InlineField
            label={t('query-editor.funnel-measure', 'Measure')}
            htmlFor={`${id}-measure`}
            labelWidth={LABEL_WIDTH}
          >
            <Combobox
              id={`${id}-measure`}
              width={24}
              options={funnelMeasureOptions()}
              value={(fields.measure as FunnelMeasure) ?? 'count'}
              onChange={(option) => set({ measure: option.value })}
            />
          </InlineField>
          {groupByField()}
        </InlineFieldRow>
      )}

      {kind === 'attainment' && (
        <InlineFieldRow>
          <InlineField
            label={t('query-editor.target-metric', 'Target of')}
            htmlFor={`${id}-target`}
            labelWidth={LABEL_WIDTH}
          >
            <Combobox
              id={`${id}-target`}
              width={24}
              options={targetMetricOptions()}
              value={(fields.metric as TargetMetric) ?? 'bookings'}
              onChange={(option) => set({ metric: option.value })}
            />
          </InlineField>
          <InlineField label={t('query-editor.pace', 'Pace')} htmlFor={`${id}-pace`} labelWidth={LABEL_WIDTH}>
            <Combobox
              id={`${id}-pace`}
              width={24}
              options={paceModeOptions()}
              value={(fields.pace as PaceMode) ?? 'linear'}
              onChange={(option) => set({ pace: option.value })}
            />
          </InlineField>
          <InlineField
            label={t('query-editor.attainment-period', 'Against')}
            tooltip={t(
              'query-editor.attainment-period-tooltip',
              'The period the target, pace, days left and needed per day refer to: the time range, or the whole week, month, quarter or year that holds its start.'
            )}
            htmlFor={`${id}-period`}
            labelWidth={LABEL_WIDTH}
          >
            <Combobox
              id={`${id}-period`}
              width={24}
              options={attainmentPeriodOptions()}
              value={(fields.period as AttainmentPeriod) ?? 'range'}
              onChange={(option) => set({ period: option.value === 'range' ? undefined : option.value })}
            />
          </InlineField>
          {groupByField()}
        </InlineFieldRow>
      )}

      {kind === 'forecast' && (
        <>
          <InlineFieldRow>
            <InlineField label={t('query-editor.metric', 'Metric')} htmlFor={`${id}-metric`} labelWidth={LABEL_WIDTH}>
              <Combobox
                id={`${id}-metric`}
                width={32}
                options={metricOptions((metric) => forecastable(metric.id))}
                value={(fields.metric as string) ?? 'bookings'}
                onChange={(option) => set({ metric: option.value })}
              />
            </InlineField>
            {grainField()}
            <InlineField label={t('query-editor.method', 'Method')} htmlFor={`${id}-method`} labelWidth={LABEL_WIDTH}>
              <Combobox
                id={`${id}-method`}
                width={28}
                options={forecastMethodOptions()}
                value={(fields.method as ForecastMethod) ?? 'auto'}
                onChange={(option) => set({ method: option.value })}
              />
            </InlineField>
          </InlineFieldRow>
          <InlineFieldRow>
            {numberField(
              'horizon',
              t('query-editor.horizon', 'Horizon'),
              t('query-editor.horizon-tooltip', 'Periods to forecast after the current one.'),
              1,
              MAX_HORIZON,
              3
            )}
            {numberField(
              'lookback',
              t('query-editor.lookback', 'History'),
              t('query-editor.lookback-tooltip', 'Complete periods of history the forecast learns from.'),
              2,
              MAX_LOOKBACK,
              24
            )}
            <InlineField
              label={t('query-editor.interval', 'Interval')}
              htmlFor={`${id}-interval`}
              labelWidth={LABEL_WIDTH}
            >
              <Combobox
                id={`${id}-interval`}
                width={12}
                options={intervalOptions()}
                value={String(fields.interval ?? 0.8)}
                onChange={(option) => set({ interval: Number(option.value) })}
              />
            </InlineField>
            {fields.method === 'holt_winters' && (
              <InlineField
                label={t('query-editor.seasonality', 'Seasonality')}
                htmlFor={`${id}-seasonality`}
                labelWidth={LABEL_WIDTH}
              >
                <Combobox
                  id={`${id}-seasonality`}
                  width={20}
                  options={seasonalityOptions()}
                  value={(fields.seasonality as string) ?? 'additive'}
                  onChange={(option) => set({ seasonality: option.value })}
                />
              </InlineField>
            )}
            {fields.method === 'polynomial' && (
              <InlineField label={t('query-editor.order', 'Order')} htmlFor={`${id}-order`} labelWidth={LABEL_WIDTH}>
                <Combobox
                  id={`${id}-order`}
                  width={10}
                  options={[
                    { value: '2', label: '2' },
                    { value: '3', label: '3' },
                  ]}
                  value={String(fields.order ?? 2)}
                  onChange={(option) => set({ order: Number(option.value) })}
                />
              </InlineField>
            )}
            <InlineField
              label={t('query-editor.backtest', 'Backtest frame')}
              htmlFor={`${id}-backtest`}
              labelWidth={LABEL_WIDTH}
              tooltip={t(
                'query-editor.backtest-tooltip',
                'Also return the accuracy of every method tried, as a second frame.'
              )}
            >
              <InlineSwitch
                id={`${id}-backtest`}
                value={fields.backtestFrame === true}
                onChange={() => set({ backtestFrame: fields.backtestFrame !== true })}
              />
            </InlineField>
          </InlineFieldRow>
        </>
      )}

      {kind === 'scorecard' && (
        <>
          <InlineFieldRow>
            <InlineField label={t('query-editor.entity', 'Rank')} htmlFor={`${id}-entity`} labelWidth={LABEL_WIDTH}>
              <Combobox
                id={`${id}-entity`}
                width={20}
                options={entityOptions()}
                value={(fields.entity as ScorecardEntity) ?? 'rep'}
                onChange={(option) => set({ entity: option.value })}
              />
            </InlineField>
            <InlineField
              label={t('query-editor.normalize', 'Score by')}
              htmlFor={`${id}-normalize`}
              labelWidth={LABEL_WIDTH}
            >
              <Combobox
                id={`${id}-normalize`}
                width={24}
                options={normalizationOptions()}
                value={(fields.normalize as Normalization) ?? 'target'}
                onChange={(option) => set({ normalize: option.value })}
              />
            </InlineField>
            {grainField(t('query-editor.sparkline-grain', 'Sparkline by'))}
          </InlineFieldRow>
          <ScorecardMetricsEditor
            id={id}
            entity={(fields.entity as ScorecardEntity) ?? 'rep'}
            metrics={(fields.metrics as ScorecardMetric[] | undefined) ?? []}
            onChange={(metrics) =>
              set(
                { metrics },
                metrics.every((metric) => Number.isFinite(metric.weight))
              )
            }
            onCommit={() => change(query)}
          />
        </>
      )}

      {kind === 'commission' && (
        <>
          <InlineFieldRow>
            <InlineField
              label={t('query-editor.commission-period', 'Pay')}
              tooltip={t(
                'query-editor.commission-period-tooltip',
                'Whole plan periods (each month, quarter or year of the plan the time range touches), or only their part inside the time range.'
              )}
              htmlFor={`${id}-commission-period`}
              labelWidth={LABEL_WIDTH}
            >
              <Combobox
                id={`${id}-commission-period`}
                width={28}
                options={commissionPeriodOptions()}
                value={(fields.period as CommissionPeriodMode) ?? 'plan'}
                onChange={(option) => set({ period: option.value === 'plan' ? undefined : option.value })}
              />
            </InlineField>
            {groupByField(t('query-editor.commission-group-by', 'Payouts by'))}
          </InlineFieldRow>
          <InlineFieldRow>
            <InlineField
              label={t('query-editor.what-if', 'Next deal of')}
              tooltip={t(
                'query-editor.what-if-tooltip',
                'A deal amount (or a dashboard variable such as $deal): adds what a further deal of it would earn each rep in the same period.'
              )}
              htmlFor={`${id}-what-if`}
              labelWidth={LABEL_WIDTH}
            >
              <Input
                id={`${id}-what-if`}
                width={16}
                placeholder={t('query-editor.what-if-placeholder', 'e.g. 25000')}
                value={fields.whatIf === undefined ? '' : String(fields.whatIf)}
                onChange={(event) => {
                  const text = event.currentTarget.value.trim();
                  const number = Number(text);
                  set({ whatIf: text === '' ? undefined : Number.isFinite(number) ? number : text }, false);
                }}
                onBlur={() => change(query)}
              />
            </InlineField>
            <InlineField
              label={t('query-editor.curve', 'Payout curve')}
              tooltip={t(
                'query-editor.curve-tooltip',
                "Also return each rep's payout curve from 0 % to 250 % attainment, with the rep's point, for an XY chart."
              )}
              htmlFor={`${id}-curve`}
              labelWidth={LABEL_WIDTH}
            >
              <InlineSwitch
                id={`${id}-curve`}
                value={fields.curve === true}
                onChange={() => set({ curve: fields.curve === true ? undefined : true })}
              />
            </InlineField>
            <InlineField
              label={t('query-editor.adjustments', 'Adjustments')}
              tooltip={t(
                'query-editor.adjustments-tooltip',
                'Also return the SPIFs, bonuses, draws and clawbacks one by one, as the last frame.'
              )}
              htmlFor={`${id}-adjustments`}
              labelWidth={LABEL_WIDTH}
            >
              <InlineSwitch
                id={`${id}-adjustments`}
                value={fields.adjustments === true}
                onChange={() => set({ adjustments: fields.adjustments === true ? undefined : true })}
              />
            </InlineField>
          </InlineFieldRow>
        </>
      )}
      {kind === 'feedback' && (
        <InlineFieldRow>
          {numberField(
            'limit',
            t('query-editor.feedback-limit', 'Rows'),
            t('query-editor.feedback-limit-tooltip', 'At most this many rows, the latest first.'),
            1,
            MAX_FEEDBACK_ROWS,
            DEFAULT_FEEDBACK_ROWS
          )}
          <InlineField
            label={t('query-editor.open-issues', 'Open issues only')}
            htmlFor={`${id}-open-issues`}
            labelWidth={LABEL_WIDTH}
            tooltip={t(
              'query-editor.open-issues-tooltip',
              'Only issues (feedback with a severity) not resolved as of now, whenever reported, the longest open first.'
            )}
          >
            <InlineSwitch
              id={`${id}-open-issues`}
              value={fields.openIssues === true}
              onChange={() => set({ openIssues: fields.openIssues === true ? undefined : true })}
            />
          </InlineField>
          <InlineField
            label={t('query-editor.search', 'Text contains')}
            htmlFor={`${id}-search`}
            labelWidth={LABEL_WIDTH}
            grow
          >
            <Input
              id={`${id}-search`}
              value={(fields.search as string | undefined) ?? ''}
              placeholder={t('query-editor.search-placeholder', 'Any text (case-insensitive)')}
              onChange={(event) => set({ search: event.currentTarget.value || undefined }, false)}
              onBlur={() => change(query)}
            />
          </InlineField>
        </InlineFieldRow>
      )}

      {kind === 'values' && (
        <InlineFieldRow>
          <InlineField
            label={t('query-editor.dimension', 'Values of')}
            htmlFor={`${id}-dimension`}
            labelWidth={LABEL_WIDTH}
          >
            <Combobox
              id={`${id}-dimension`}
              width={28}
              options={dimensionOptions()}
              value={(fields.dimension as DimensionId) ?? 'rep'}
              onChange={(option) => set({ dimension: option.value })}
            />
          </InlineField>
        </InlineFieldRow>
      )}

      {kind && (
        <FiltersEditor
          id={id}
          filters={filters}
          dimensions={dimensions}
          loadValues={loadValues}
          onChange={(next) => set({ filters: next.length ? next : undefined })}
        />
      )}

      {problem && (
        <Alert severity="error" title={t('query-editor.problem', 'This query cannot run')}>
          {problem}
        </Alert>
      )}
      <Text variant="bodySmall" color="secondary">
        {t(
          'query-editor.alerting-note',
          'Alert rules cannot use this data source (it runs in the browser): use Show SQL and paste the SQL into an alert rule on the warehouse data source.'
        )}
      </Text>
    </Stack>
  );
}
