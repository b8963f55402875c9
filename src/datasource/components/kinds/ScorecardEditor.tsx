import React from 'react';

import { t } from '@grafana/i18n';
import { Combobox, InlineField, InlineFieldRow } from '@grafana/ui';

import type { ScorecardQuery } from '../../../sales';
import { GrainField } from '../fields/GrainField';
import { LABEL_WIDTH } from '../fields/layout';
import { entityOptions, normalizationOptions } from '../options';
import { ScorecardMetricsEditor } from '../ScorecardMetricsEditor';
import { type KindEditorProps, patcher } from './types';

/** Scorecard: reps, teams or regions ranked by a weighted score of metrics, with a sparkline each. */
export function ScorecardEditor({ id, query, onChange }: KindEditorProps<ScorecardQuery>) {
  const set = patcher({ query, onChange });
  return (
    <>
      <InlineFieldRow>
        <InlineField label={t('query-editor.entity', 'Rank')} htmlFor={`${id}-entity`} labelWidth={LABEL_WIDTH}>
          <Combobox
            id={`${id}-entity`}
            width={20}
            options={entityOptions()}
            value={query.entity ?? 'rep'}
            onChange={(option) => set({ entity: option.value })}
          />
        </InlineField>
        <InlineField
          label={t('query-editor.normalize', 'Score by')}
          htmlFor={`${id}-normalize`}
          labelWidth={LABEL_WIDTH}
        >
          <Combobox
            id={`${id}-normalize`}
            width={24}
            options={normalizationOptions()}
            value={query.normalize ?? 'target'}
            onChange={(option) => set({ normalize: option.value })}
          />
        </InlineField>
        <GrainField
          id={id}
          label={t('query-editor.sparkline-grain', 'Sparkline by')}
          value={query.grain}
          onChange={(grain) => set({ grain })}
        />
      </InlineFieldRow>
      <ScorecardMetricsEditor
        id={id}
        entity={query.entity ?? 'rep'}
        metrics={query.metrics ?? []}
        onChange={(metrics) =>
          set(
            { metrics },
            metrics.every((metric) => Number.isFinite(metric.weight))
          )
        }
        onCommit={() => onChange(query)}
      />
    </>
  );
}
