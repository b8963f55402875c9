import React, { useCallback } from 'react';

import type { QueryEditorProps } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Alert, Combobox, InlineField, InlineFieldRow, InlineSwitch, Input, Stack, Text } from '@grafana/ui';

import { DEFAULT_FEEDBACK_ROWS, MAX_FEEDBACK_ROWS } from '../../sales/sql/feedback';
import type { CommissionPeriodMode, DimensionId, Filter, QueryKind } from '../../sales/types';
import type { DataSource } from '../DataSource';
import { changeKind } from '../queryModel';
import type { SalesDataQuery, SalesDataSourceOptions } from '../types';
import { allowedDimensions } from './dimensions';
import { FiltersEditor } from './FiltersEditor';
import { commissionPeriodOptions, dimensionOptions, kindOptions } from './options';
import { GroupByField } from './fields/GroupByField';
import { LABEL_WIDTH } from './fields/layout';
import { WholeNumberField } from './fields/WholeNumberField';
import { AttainmentEditor } from './kinds/AttainmentEditor';
import { ForecastEditor } from './kinds/ForecastEditor';
import { FunnelEditor } from './kinds/FunnelEditor';
import { MetricsEditor } from './kinds/MetricsEditor';
import { ScorecardEditor } from './kinds/ScorecardEditor';
import { TimeseriesEditor } from './kinds/TimeseriesEditor';
import { ShowSql } from './ShowSql';
import { useQueryValidation } from './useQueryValidation';

type Props = QueryEditorProps<DataSource, SalesDataQuery, SalesDataSourceOptions>;

/** A query field by name, whatever its kind (the editor shows only the fields of the query's kind). */
type Fields = Record<string, unknown>;

/**
 * The query editor: the kind of query, then that kind's fields, each picked from the catalog. Every
 * change is checked by the engine's own compiler, so an invalid combination shows the engine's
 * message at once; a valid one runs.
 */
export function QueryEditor({ query, onChange, onRunQuery, datasource, range, data }: Props) {
  const fields = query as unknown as Fields;
  const kind = query.kind;
  const id = `salesperf-${query.refId}`;
  const { problem, problemOf } = useQueryValidation(datasource, query, range);
  const filters = (query.filters ?? []) as Filter[];
  const dimensions = allowedDimensions(query);

  const change = useCallback(
    (next: SalesDataQuery, run = true) => {
      onChange(next);
      const incomplete = (next.filters ?? []).some((filter) => !filter.values?.length);
      if (run && !incomplete && !problemOf(next)) {
        onRunQuery();
      }
    },
    [onChange, onRunQuery, problemOf]
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

      {query.kind === 'metrics' && <MetricsEditor id={id} query={query} dimensions={dimensions} onChange={change} />}
      {query.kind === 'timeseries' && (
        <TimeseriesEditor id={id} query={query} dimensions={dimensions} onChange={change} />
      )}

      {query.kind === 'funnel' && <FunnelEditor id={id} query={query} dimensions={dimensions} onChange={change} />}
      {query.kind === 'attainment' && (
        <AttainmentEditor id={id} query={query} dimensions={dimensions} onChange={change} />
      )}

      {query.kind === 'forecast' && <ForecastEditor id={id} query={query} dimensions={dimensions} onChange={change} />}
      {query.kind === 'scorecard' && (
        <ScorecardEditor id={id} query={query} dimensions={dimensions} onChange={change} />
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
            <GroupByField
              id={id}
              label={t('query-editor.commission-group-by', 'Payouts by')}
              dimensions={dimensions}
              value={query.groupBy}
              onChange={(groupBy) => set({ groupBy })}
            />
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
          <WholeNumberField
            id={`${id}-limit`}
            label={t('query-editor.feedback-limit', 'Rows')}
            tooltip={t('query-editor.feedback-limit-tooltip', 'At most this many rows, the latest first.')}
            min={1}
            max={MAX_FEEDBACK_ROWS}
            fallback={DEFAULT_FEEDBACK_ROWS}
            value={fields.limit as number | undefined}
            onChange={(limit) => set({ limit }, false)}
            onBlur={() => change(query)}
          />
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
