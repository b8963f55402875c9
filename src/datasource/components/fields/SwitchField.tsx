import React from 'react';

import { InlineField, InlineSwitch } from '@grafana/ui';

import { LABEL_WIDTH } from './layout';

interface Props {
  /** the switch's id */
  id: string;
  label: string;
  tooltip: string;
  value: boolean;
  onToggle: () => void;
}

/** An option of a query that is on or off. */
export function SwitchField({ id, label, tooltip, value, onToggle }: Props) {
  return (
    <InlineField label={label} htmlFor={id} labelWidth={LABEL_WIDTH} tooltip={tooltip}>
      <InlineSwitch id={id} value={value} onChange={onToggle} />
    </InlineField>
  );
}
