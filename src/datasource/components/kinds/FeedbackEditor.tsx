import React from 'react';

import { t } from '@grafana/i18n';
import { InlineField, InlineFieldRow, Input } from '@grafana/ui';

import { DEFAULT_FEEDBACK_ROWS, type FeedbackQuery, MAX_FEEDBACK_ROWS } from '../../../sales';
import { LABEL_WIDTH } from '../fields/layout';
import { SwitchField } from '../fields/SwitchField';
import { WholeNumberField } from '../fields/WholeNumberField';
import { type KindEditorProps, patcher } from './types';

/** Market feedback: the latest rows of the visit reports, or the open issues, optionally containing a text. */
export function FeedbackEditor({ id, query, onChange }: KindEditorProps<FeedbackQuery>) {
  const set = patcher({ query, onChange });
  return (
    <InlineFieldRow>
      <WholeNumberField
        id={`${id}-limit`}
        label={t('query-editor.feedback-limit', 'Rows')}
        tooltip={t('query-editor.feedback-limit-tooltip', 'At most this many rows, the latest first.')}
        min={1}
        max={MAX_FEEDBACK_ROWS}
        fallback={DEFAULT_FEEDBACK_ROWS}
        value={query.limit}
        onChange={(limit) => set({ limit }, false)}
        onBlur={() => onChange(query)}
      />
      <SwitchField
        id={`${id}-open-issues`}
        label={t('query-editor.open-issues', 'Open issues only')}
        tooltip={t(
          'query-editor.open-issues-tooltip',
          'Only issues (feedback with a severity) not resolved as of now, whenever reported, the longest open first.'
        )}
        value={query.openIssues === true}
        onToggle={() => set({ openIssues: query.openIssues === true ? undefined : true })}
      />
      <InlineField
        label={t('query-editor.search', 'Text contains')}
        htmlFor={`${id}-search`}
        labelWidth={LABEL_WIDTH}
        grow
      >
        <Input
          id={`${id}-search`}
          value={query.search ?? ''}
          placeholder={t('query-editor.search-placeholder', 'Any text (case-insensitive)')}
          onChange={(event) => set({ search: event.currentTarget.value || undefined }, false)}
          onBlur={() => onChange(query)}
        />
      </InlineField>
    </InlineFieldRow>
  );
}
