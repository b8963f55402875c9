import React from 'react';

import { t } from '@grafana/i18n';
import { Combobox, InlineField, InlineFieldRow } from '@grafana/ui';

import type { AttainmentQuery } from '../../../sales';
import { GroupByField } from '../fields/GroupByField';
import { LABEL_WIDTH } from '../fields/layout';
import { attainmentPeriodOptions, paceModeOptions, targetMetricOptions } from '../options';
import { type KindEditorProps, patcher } from './types';

/** Attainment: a metric against its targets, with the pace, over the range or the calendar unit holding it. */
export function AttainmentEditor({ id, query, dimensions, onChange }: KindEditorProps<AttainmentQuery>) {
  const set = patcher({ query, onChange });
  return (
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
          value={query.metric ?? 'bookings'}
          onChange={(option) => set({ metric: option.value })}
        />
      </InlineField>
      <InlineField label={t('query-editor.pace', 'Pace')} htmlFor={`${id}-pace`} labelWidth={LABEL_WIDTH}>
        <Combobox
          id={`${id}-pace`}
          width={24}
          options={paceModeOptions()}
          value={query.pace ?? 'linear'}
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
          value={query.period ?? 'range'}
          onChange={(option) => set({ period: option.value === 'range' ? undefined : option.value })}
        />
      </InlineField>
      <GroupByField id={id} dimensions={dimensions} value={query.groupBy} onChange={(groupBy) => set({ groupBy })} />
    </InlineFieldRow>
  );
}
