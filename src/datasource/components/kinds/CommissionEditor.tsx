import React from 'react';

import { t } from '@grafana/i18n';
import { Combobox, InlineField, InlineFieldRow, Input } from '@grafana/ui';

import type { CommissionQuery } from '../../../sales';
import { GroupByField } from '../fields/GroupByField';
import { LABEL_WIDTH } from '../fields/layout';
import { SwitchField } from '../fields/SwitchField';
import { commissionPeriodOptions } from '../options';
import { type KindEditorProps, patcher } from './types';

/** A typed deal amount: a number, or the text itself (a dashboard variable such as $deal); empty: none. */
function whatIfOf(typed: string): CommissionQuery['whatIf'] {
  const text = typed.trim();
  const number = Number(text);
  return text === '' ? undefined : Number.isFinite(number) ? number : text;
}

/** Commission: each rep's payout in the plan periods the range touches, with a what-if, curves and adjustments. */
export function CommissionEditor({ id, query, dimensions, onChange }: KindEditorProps<CommissionQuery>) {
  const set = patcher({ query, onChange });
  return (
    <>
      <InlineFieldRow>
        <InlineField
          label={t('query-editor.commission-period', 'Pay')}
          tooltip={t(
            'query-editor.commission-period-tooltip',
            'Whole plan periods (each month, quarter or year of the plan the time range touches), or only their part inside the time range.'
          )}
          htmlFor={`${id}-commission-period`}
          labelWidth={LABEL_WIDTH}
        >
          <Combobox
            id={`${id}-commission-period`}
            width={28}
            options={commissionPeriodOptions()}
            value={query.period ?? 'plan'}
            onChange={(option) => set({ period: option.value === 'plan' ? undefined : option.value })}
          />
        </InlineField>
        <GroupByField
          id={id}
          label={t('query-editor.commission-group-by', 'Payouts by')}
          dimensions={dimensions}
          value={query.groupBy}
          onChange={(groupBy) => set({ groupBy })}
        />
      </InlineFieldRow>
      <InlineFieldRow>
        <InlineField
          label={t('query-editor.what-if', 'Next deal of')}
          tooltip={t(
            'query-editor.what-if-tooltip',
            'A deal amount (or a dashboard variable such as $deal): adds what a further deal of it would earn each rep in the same period.'
          )}
          htmlFor={`${id}-what-if`}
          labelWidth={LABEL_WIDTH}
        >
          <Input
            id={`${id}-what-if`}
            width={16}
            placeholder={t('query-editor.what-if-placeholder', 'e.g. 25000')}
            value={query.whatIf === undefined ? '' : String(query.whatIf)}
            onChange={(event) => set({ whatIf: whatIfOf(event.currentTarget.value) }, false)}
            onBlur={() => onChange(query)}
          />
        </InlineField>
        <SwitchField
          id={`${id}-curve`}
          label={t('query-editor.curve', 'Payout curve')}
          tooltip={t(
            'query-editor.curve-tooltip',
            "Also return each rep's payout curve from 0 % to 250 % attainment, with the rep's point, for an XY chart."
          )}
          value={query.curve === true}
          onToggle={() => set({ curve: query.curve === true ? undefined : true })}
        />
        <SwitchField
          id={`${id}-adjustments`}
          label={t('query-editor.adjustments', 'Adjustments')}
          tooltip={t(
            'query-editor.adjustments-tooltip',
            'Also return the SPIFs, bonuses, draws and clawbacks one by one, as the last frame.'
          )}
          value={query.adjustments === true}
          onToggle={() => set({ adjustments: query.adjustments === true ? undefined : true })}
        />
      </InlineFieldRow>
    </>
  );
}
