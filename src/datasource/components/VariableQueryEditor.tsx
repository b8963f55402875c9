import React, { useCallback } from 'react';

import { t } from '@grafana/i18n';
import { Alert, Combobox, InlineField, Stack, Text } from '@grafana/ui';

import type { DimensionId, Filter } from '../../sales';
import type { DataSource } from '../DataSource';
import type { SalesDataQuery } from '../types';
import { dimensionText, filterOpText } from '../catalogLabels';
import { FiltersEditor } from './FiltersEditor';
import { dimensionOptions } from './options';

export interface VariableQueryEditorProps {
  query: SalesDataQuery | string | undefined;
  onChange: (query: SalesDataQuery, definition?: string) => void;
  datasource: DataSource;
}

/** A variable's query as saved: a values query (an older variable may hold only a dimension id). */
function valuesQuery(query: VariableQueryEditorProps['query']): SalesDataQuery {
  if (typeof query === 'string' && query.trim()) {
    return { refId: 'variable', kind: 'values', dimension: query.trim() as DimensionId };
  }
  if (query && typeof query === 'object' && query.kind === 'values') {
    return query;
  }
  return { refId: 'variable', kind: 'values', dimension: 'rep' };
}

/** The text Grafana shows for the variable's query in the variables list. */
export function variableDefinition(query: SalesDataQuery): string {
  const dimension = query.kind === 'values' ? (query.dimension ?? 'rep') : 'rep';
  const filters = (query.filters ?? []) as Filter[];
  const where = filters.map(
    (filter) => `${dimensionText(filter.dimension).label} ${filterOpText(filter.op)} ${filter.values.join(', ')}`
  );
  return where.length ? `${dimensionText(dimension).label} (${where.join('; ')})` : dimensionText(dimension).label;
}

/**
 * Variables offer the values of one dimension: rep names shown with rep ids as values. Filters make
 * variables cascade: teams of `$region`, reps of `$team`.
 */
export function VariableQueryEditor({ query, onChange, datasource }: VariableQueryEditorProps) {
  const current = valuesQuery(query);
  const emit = (next: SalesDataQuery) => onChange(next, variableDefinition(next));
  const dimension = current.kind === 'values' ? (current.dimension ?? 'rep') : 'rep';
  const problem = datasource.problemOf(current);
  const loadValues = useCallback(
    async (of: DimensionId) =>
      (await datasource.metricFindQuery({ refId: 'values', kind: 'values', dimension: of })).map((value) => ({
        value: String(value.value),
        label: value.text,
      })),
    [datasource]
  );

  return (
    <Stack direction="column" gap={1}>
      <InlineField
        label={t('variable-editor.dimension', 'Values of')}
        htmlFor="salesperf-variable-dimension"
        labelWidth={16}
      >
        <Combobox
          id="salesperf-variable-dimension"
          width={28}
          options={dimensionOptions()}
          value={dimension}
          onChange={(option) => emit({ ...current, kind: 'values', dimension: option.value as DimensionId })}
        />
      </InlineField>
      <Text variant="bodySmall" color="secondary">
        {t(
          'variable-editor.cascade-help',
          'Filter by another variable to cascade, for example the teams of $region or the reps of $team. Reps show their names and use their ids as values.'
        )}
      </Text>
      <FiltersEditor
        id="salesperf-variable"
        filters={(current.filters ?? []) as Filter[]}
        dimensions={dimensionOptions().map((option) => option.value as DimensionId)}
        loadValues={loadValues}
        onChange={(filters) => emit({ ...current, filters: filters.length ? filters : undefined } as SalesDataQuery)}
      />
      {problem && (
        <Alert severity="error" title={t('variable-editor.problem', 'This variable query cannot run')}>
          {problem}
        </Alert>
      )}
    </Stack>
  );
}
