import React from 'react';

import { t } from '@grafana/i18n';
import { Combobox, InlineField, InlineFieldRow } from '@grafana/ui';

import type { FunnelQuery } from '../../../sales';
import { GroupByField } from '../fields/GroupByField';
import { LABEL_WIDTH } from '../fields/layout';
import { funnelMeasureOptions, funnelModeOptions } from '../options';
import { type KindEditorProps, patcher } from './types';

/** Funnel: the deals at each stage, counted or summed, reached, strictly in order or as a snapshot. */
export function FunnelEditor({ id, query, dimensions, onChange }: KindEditorProps<FunnelQuery>) {
  const set = patcher({ query, onChange });
  return (
    <InlineFieldRow>
      <InlineField label={t('query-editor.funnel-mode', 'Funnel')} htmlFor={`${id}-mode`} labelWidth={LABEL_WIDTH}>
        <Combobox
          id={`${id}-mode`}
          width={24}
          options={funnelModeOptions()}
          value={query.mode ?? 'reached'}
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
          value={query.measure ?? 'count'}
          onChange={(option) => set({ measure: option.value })}
        />
      </InlineField>
      <GroupByField id={id} dimensions={dimensions} value={query.groupBy} onChange={(groupBy) => set({ groupBy })} />
    </InlineFieldRow>
  );
}
