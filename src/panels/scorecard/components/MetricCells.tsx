import React from 'react';

import type { GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';

import { unescaped } from '../../shared/i18n';

import { achievement } from '../data/targets';
import type { ScorecardMetric } from '../data/toScorecard';
import type { ScorecardStyles } from '../styles';
import { formatPctOfTarget, formatValue, noValueText } from './format';

export function ValueCell({
  metric,
  value,
  styles,
}: {
  metric: ScorecardMetric;
  value: number | null;
  styles: ScorecardStyles;
}) {
  if (value === null) {
    return <span className={styles.muted}>{noValueText(metric.value)}</span>;
  }
  return <span className={styles.ellipsis}>{formatValue(metric.value, value)}</span>;
}

interface PctProps {
  metric: ScorecardMetric;
  pct: number | null;
  value: number | null;
  target: number | null;
  /** Set while the period runs (coloursByPace): actual ÷ expected to date, and that expected value. */
  pacing: { pace: number | null; expected: number | null } | null;
  styles: ScorecardStyles;
  theme: GrafanaTheme2;
}

/**
 * % of target as a chip coloured by the % field's thresholds (its field config; overridable per
 * metric): on pace while the period runs, on % of target once it is over. Lower-is-better metrics are
 * coloured on target ÷ actual, so under target reads as good.
 */
export function PctOfTargetCell({ metric, pct, value, target, pacing, styles, theme }: PctProps) {
  const field = metric.pctOfTarget;
  if (field && pct === null && target !== null) {
    return <span className={styles.muted}>{noValueText(field)}</span>;
  }
  if (!field || pct === null) {
    return (
      <span className={styles.muted} title={t('cell.no-target', 'No target')}>
        <span aria-hidden>–</span>
        <span className={styles.visuallyHidden}>{t('cell.no-target', 'No target')}</span>
      </span>
    );
  }
  // while the period runs, a row without pace (a period not begun) has nothing to be coloured by
  const measure = pacing ? pacing.pace : pct;
  const color = measure === null ? theme.colors.background.secondary : pctColor(metric, measure, theme);
  const values = unescaped({
    value: formatValue(metric.value, value),
    target: formatValue(metric.target ?? metric.value, target),
  });
  let title: string | undefined;
  if (target !== null && pacing?.pace !== null && pacing?.pace !== undefined && pacing.expected !== null) {
    title = t('cell.pct-title-pace', '{{value}} of a {{target}} target; {{expected}} expected by now, pace {{pace}}', {
      ...values,
      expected: formatValue(metric.expectedToDate ?? metric.value, pacing.expected),
      pace: formatValue(metric.pace ?? metric.pctOfTarget, pacing.pace),
    });
  } else if (target !== null) {
    title = t('cell.pct-title', '{{value}} of a {{target}} target', values);
  }
  return (
    <span
      className={styles.pctChip}
      style={{ background: color, color: theme.colors.getContrastText(color) }}
      title={title}
      data-color={color}
    >
      {formatPctOfTarget(field, pct)}
    </span>
  );
}

export function pctColor(metric: ScorecardMetric, pct: number, theme: GrafanaTheme2): string {
  const display = metric.pctOfTarget?.display;
  const color = display ? display(achievement(pct, metric.lowerIsBetter)).color : undefined;
  return color ?? theme.colors.background.secondary;
}
