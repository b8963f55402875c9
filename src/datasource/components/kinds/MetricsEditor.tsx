import React from 'react';

import { t } from '@grafana/i18n';
import { InlineField, InlineFieldRow, InlineSwitch } from '@grafana/ui';

import type { MetricsQuery } from '../../../sales';
import { CompareField } from '../fields/CompareField';
import { GroupByField } from '../fields/GroupByField';
import { MetricsField } from '../fields/MetricsField';
import { type KindEditorProps, patcher } from './types';

/** Metrics: one value per metric (and group) over the time range, optionally against an earlier period. */
export function MetricsEditor({ id, query, dimensions, onChange }: KindEditorProps<MetricsQuery>) {
  const set = patcher({ query, onChange });
  return (
    <>
      <InlineFieldRow>
        <MetricsField id={id} value={query.metrics} onChange={(metrics) => set({ metrics })} />
      </InlineFieldRow>
      <InlineFieldRow>
        <GroupByField id={id} dimensions={dimensions} value={query.groupBy} onChange={(groupBy) => set({ groupBy })} />
        <CompareField
          id={id}
          value={query.compare}
          onChange={(compare) => set(compare ? { compare } : { compare: undefined, compareToDate: undefined })}
        />
        {query.compare !== undefined && (
          <InlineField
            label={t('query-editor.compare-to-date', 'To date')}
            htmlFor={`${id}-to-date`}
            tooltip={t(
              'query-editor.compare-to-date-tooltip',
              "When the range runs past now, both periods stop at now's point in them: this quarter so far against the previous one up to the same day."
            )}
          >
            <InlineSwitch
              id={`${id}-to-date`}
              value={query.compareToDate === true}
              onChange={() => set({ compareToDate: query.compareToDate === true ? undefined : true })}
            />
          </InlineField>
        )}
      </InlineFieldRow>
    </>
  );
}
