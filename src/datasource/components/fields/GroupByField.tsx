import React from 'react';

import { t } from '@grafana/i18n';
import { InlineField, MultiCombobox } from '@grafana/ui';

import type { DimensionId } from '../../../sales';
import { dimensionOptions, optionValues } from '../options';
import { LABEL_WIDTH } from './layout';

interface Props {
  id: string;
  /** the dimensions offered: those the query allows */
  dimensions: DimensionId[];
  value: DimensionId[] | undefined;
  onChange: (groupBy: DimensionId[]) => void;
  label?: string;
}

/** The dimensions a query's rows are grouped by; none gives one total. */
export function GroupByField({
  id,
  dimensions,
  value,
  onChange,
  label = t('query-editor.group-by', 'Group by'),
}: Props) {
  return (
    <InlineField label={label} htmlFor={`${id}-group-by`} labelWidth={LABEL_WIDTH} grow>
      <MultiCombobox
        id={`${id}-group-by`}
        options={dimensionOptions(dimensions)}
        value={value ?? []}
        placeholder={t('query-editor.group-by-placeholder', 'No grouping: one total')}
        onChange={(options) => onChange(optionValues(options))}
      />
    </InlineField>
  );
}
