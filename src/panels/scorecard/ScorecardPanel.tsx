import React from 'react';

import type { PanelProps } from '@grafana/data';
import { t } from '@grafana/i18n';
import { PanelDataErrorView } from '@grafana/runtime';

export function ScorecardPanel({ data, id, fieldConfig }: PanelProps) {
  return (
    <PanelDataErrorView
      panelId={id}
      data={data}
      fieldConfig={fieldConfig}
      message={t('panel.not-ready', 'This build of the panel does not draw data yet.')}
    />
  );
}
