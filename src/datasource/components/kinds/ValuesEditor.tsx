import React from 'react';

import { t } from '@grafana/i18n';
import { Combobox, InlineField, InlineFieldRow } from '@grafana/ui';

import type { ValuesQuery } from '../../../sales';
import { LABEL_WIDTH } from '../fields/layout';
import { dimensionOptions } from '../options';
import { type KindEditorProps, patcher } from './types';

/** Values: the values one dimension takes in the warehouse (what a dashboard variable offers). */
export function ValuesEditor({ id, query, onChange }: KindEditorProps<ValuesQuery>) {
  const set = patcher({ query, onChange });
  return (
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
          value={query.dimension ?? 'rep'}
          onChange={(option) => set({ dimension: option.value })}
        />
      </InlineField>
    </InlineFieldRow>
  );
}
