import React from 'react';

import { t } from '@grafana/i18n';
import { Combobox, InlineField } from '@grafana/ui';

import type { Compare } from '../../../sales';
import { compareOptions } from '../options';
import { LABEL_WIDTH } from './layout';

interface Props {
  id: string;
  value: Compare | undefined;
  /** undefined: no comparison */
  onChange: (compare: Compare | undefined) => void;
}

/** The period a query's metrics are compared with: the previous period, the previous year, or none. */
export function CompareField({ id, value, onChange }: Props) {
  return (
    <InlineField label={t('query-editor.compare', 'Compare with')} htmlFor={`${id}-compare`} labelWidth={LABEL_WIDTH}>
      <Combobox
        id={`${id}-compare`}
        width={28}
        options={compareOptions()}
        value={value ?? 'none'}
        onChange={(option) => onChange(option.value === 'none' ? undefined : option.value)}
      />
    </InlineField>
  );
}
