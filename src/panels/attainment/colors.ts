import { getActiveThreshold, type GrafanaTheme2, ThresholdsMode } from '@grafana/data';

import { type Gauge } from './data/toGauges';
import { type ColorBy, type Status } from './types';

/** The theme's colour for a status; gauges without a status use the secondary text colour. */
export function statusColor(theme: GrafanaTheme2, status: Status | null): string {
  switch (status) {
    case 'on_track':
      return theme.colors.success.main;
    case 'cautioned':
      return theme.colors.warning.main;
    case 'off_track':
      return theme.colors.error.main;
    default:
      return theme.colors.text.secondary;
  }
}

/**
 * The colour a gauge is drawn in. By default its status's theme colour; with "colour by thresholds",
 * the field config thresholds of the actual field, read as in Grafana's gauge with the target as the
 * maximum: percentage steps compare the percent of target, absolute steps the actual itself.
 * The status label is shown either way, so the colour is never the only carrier of the status.
 */
export function gaugeColor(theme: GrafanaTheme2, gauge: Gauge, colorBy: ColorBy): string {
  const thresholds = gauge.source.actual.config.thresholds;
  if (colorBy !== 'thresholds' || !thresholds?.steps?.length || gauge.actual === null) {
    return statusColor(theme, gauge.status);
  }
  const value = thresholds.mode === ThresholdsMode.Percentage ? (gauge.attainment ?? null) : gauge.actual;
  if (value === null) {
    return statusColor(theme, null);
  }
  const compared = thresholds.mode === ThresholdsMode.Percentage ? value * 100 : value;
  return theme.visualization.getColorByName(getActiveThreshold(compared, thresholds.steps).color);
}
