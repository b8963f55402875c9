import React from 'react';

import { t } from '@grafana/i18n';
import { InlineField, Input } from '@grafana/ui';

import { LABEL_WIDTH } from './layout';

interface Props {
  /** the input's id */
  id: string;
  label: string;
  tooltip: string;
  min: number;
  max: number;
  /** shown when the query has no value (the engine's default) */
  fallback: number;
  value: number | undefined;
  /** a keystroke: the number typed, or undefined when the field is emptied */
  onChange: (value: number | undefined) => void;
  /** the field is left: the time to run the query */
  onBlur: () => void;
}

/** A whole number from min to max, marked invalid outside them. */
export function WholeNumberField({ id, label, tooltip, min, max, fallback, value, onChange, onBlur }: Props) {
  const valid = value === undefined || (Number.isInteger(value) && value >= min && value <= max);
  return (
    <InlineField
      label={label}
      htmlFor={id}
      labelWidth={LABEL_WIDTH}
      tooltip={tooltip}
      invalid={!valid}
      error={t('query-editor.whole-number', 'Use a whole number from {{min}} to {{max}}.', { min, max })}
    >
      <Input
        id={id}
        type="number"
        width={12}
        min={min}
        max={max}
        value={value ?? fallback}
        onChange={(event) => onChange(event.currentTarget.value === '' ? undefined : Number(event.currentTarget.value))}
        onBlur={onBlur}
      />
    </InlineField>
  );
}
