import React from 'react';

import { t } from '@grafana/i18n';
import { Combobox, InlineField } from '@grafana/ui';

import type { Grain } from '../../../sales';
import { grainOptions } from '../options';
import { LABEL_WIDTH } from './layout';

interface Props {
  id: string;
  /** month when unset */
  value: Grain | undefined;
  onChange: (grain: Grain) => void;
  label?: string;
}

/** The length of a query's periods: day, week, month, quarter or year. */
export function GrainField({ id, value, onChange, label = t('query-editor.grain', 'Grain') }: Props) {
  return (
    <InlineField label={label} htmlFor={`${id}-grain`} labelWidth={LABEL_WIDTH}>
      <Combobox
        id={`${id}-grain`}
        width={20}
        options={grainOptions()}
        value={value ?? 'month'}
        onChange={(option) => onChange(option.value)}
      />
    </InlineField>
  );
}
