/*
 * Grafana registers its PanelDataErrorView with @grafana/runtime at start-up; without it the package's
 * placeholder prints "Unable to render data: …". This is what Grafana's view
 * (public/app/features/panel/components/PanelDataErrorView.tsx) shows on a dashboard, outside the panel
 * editor: the panel's message, else the no-value text or "No data", else what the data lacks.
 */
import { css } from '@emotion/css';
import React from 'react';

import { getPanelDataSummary, type GrafanaTheme2 } from '@grafana/data';
import { selectors } from '@grafana/e2e-selectors';
import type { PanelDataErrorViewProps } from '@grafana/runtime';
import { useStyles2 } from '@grafana/ui';

function messageFor(props: PanelDataErrorViewProps): string {
  const { data, fieldConfig, message, needsNumberField, needsTimeField, needsStringField } = props;
  if (message) {
    return message;
  }
  if (!data.series || data.series.length === 0 || data.series.every((frame) => frame.length === 0)) {
    return fieldConfig?.defaults.noValue ?? 'No data';
  }
  const dataSummary = getPanelDataSummary(data.series);
  if (needsStringField && !dataSummary.hasStringField) {
    return 'Data is missing a string field';
  }
  if (needsNumberField && !dataSummary.hasNumberField) {
    return 'Data is missing a number field';
  }
  if (needsTimeField && !dataSummary.hasTimeField) {
    return 'Data is missing a time field';
  }
  return 'Cannot visualize data';
}

const getStyles = (theme: GrafanaTheme2) => ({
  wrapper: css({
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'center',
    alignItems: 'center',
    height: '100%',
    width: '100%',
  }),
  message: css({
    textAlign: 'center',
    color: theme.colors.text.secondary,
    fontSize: theme.typography.size.lg,
    width: '100%',
  }),
});

export function PanelDataErrorView(props: PanelDataErrorViewProps) {
  const styles = useStyles2(getStyles);
  return (
    <div className={styles.wrapper}>
      <div className={styles.message} data-testid={selectors.components.Panels.Panel.PanelDataErrorMessage}>
        {messageFor(props)}
      </div>
    </div>
  );
}
