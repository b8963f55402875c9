import React, { useCallback } from 'react';

import type { QueryEditorProps } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Alert, Combobox, InlineField, InlineFieldRow, Stack, Text } from '@grafana/ui';

import type { QueryKind } from '../../sales';
import type { DataSource } from '../DataSource';
import { changeKind } from '../queryModel';
import type { SalesDataQuery, SalesDataSourceOptions } from '../types';
import { allowedDimensions } from './dimensions';
import { LABEL_WIDTH } from './fields/layout';
import { FiltersEditor } from './FiltersEditor';
import { KindEditor } from './kinds/KindEditor';
import { kindOptions } from './options';
import { ShowSql } from './ShowSql';
import { useDimensionValues } from './useDimensionValues';
import { useQueryValidation } from './useQueryValidation';

type Props = QueryEditorProps<DataSource, SalesDataQuery, SalesDataSourceOptions>;

/**
 * The query editor: the kind of query, then that kind's own editor with its fields, each picked from
 * the catalog, then the filters. Every change is validated, so an invalid combination shows its message
 * at once and does not run; a valid one runs.
 */
export function QueryEditor({ query, onChange, onRunQuery, datasource, range, data }: Props) {
  const id = `salesperf-${query.refId}`;
  const { problem, problemOf } = useQueryValidation(datasource, query, range);
  const dimensions = allowedDimensions(query);
  const loadValues = useDimensionValues(datasource);

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

  return (
    <Stack direction="column" gap={1}>
      <InlineFieldRow>
        <InlineField label={t('query-editor.kind', 'Query')} htmlFor={`${id}-kind`} labelWidth={LABEL_WIDTH}>
          <Combobox
            id={`${id}-kind`}
            width={28}
            options={kindOptions()}
            value={query.kind ?? null}
            placeholder={t('query-editor.kind-placeholder', 'Choose what to compute')}
            onChange={(option) => change(changeKind(query, option.value as QueryKind))}
          />
        </InlineField>
        <Stack alignItems="center" gap={1}>
          <ShowSql datasource={datasource} query={query} range={range ?? data?.request?.range} />
        </Stack>
      </InlineFieldRow>

      <KindEditor id={id} query={query} dimensions={dimensions} onChange={change} />

      {query.kind && (
        <FiltersEditor
          id={id}
          filters={query.filters ?? []}
          dimensions={dimensions}
          loadValues={loadValues}
          onChange={(filters) => change({ ...query, filters: filters.length ? filters : undefined })}
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
