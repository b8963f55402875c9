import React from 'react';

import { t } from '@grafana/i18n';
import { InlineField, MultiCombobox } from '@grafana/ui';

import { metricOptions, optionValues } from '../options';
import { LABEL_WIDTH } from './layout';

interface Props {
  id: string;
  /** metric ids of the catalog */
  value: string[] | undefined;
  onChange: (metrics: string[]) => void;
}

/** The catalog's metrics a query computes, by family, each with its description and unit. */
export function MetricsField({ id, value, onChange }: Props) {
  return (
    <InlineField label={t('query-editor.metrics', 'Metrics')} htmlFor={`${id}-metrics`} labelWidth={LABEL_WIDTH} grow>
      <MultiCombobox
        id={`${id}-metrics`}
        options={metricOptions()}
        value={value ?? []}
        placeholder={t('query-editor.metrics-placeholder', 'Choose one or more metrics')}
        onChange={(options) => onChange(optionValues(options))}
      />
    </InlineField>
  );
}
