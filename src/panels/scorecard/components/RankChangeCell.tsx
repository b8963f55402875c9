import { cx } from '@emotion/css';
import React from 'react';

import { t } from '@grafana/i18n';

import type { ScorecardRow } from '../data/toScorecard';
import type { ScorecardStyles } from '../styles';

/** ▲ n / ▼ n / = / New: the arrow shape carries the direction, the colour only repeats it. */
export function RankChangeCell({ row, styles }: { row: ScorecardRow; styles: ScorecardStyles }) {
  const change = row.rankChange;
  if (row.isNew) {
    return <span className={styles.newBadge}>{t('cell.new-entry', 'New')}</span>;
  }
  if (change === null) {
    return null;
  }
  const spoken =
    change > 0
      ? t('cell.moved-up', 'Moved up {{places}}', { places: change })
      : change < 0
        ? t('cell.moved-down', 'Moved down {{places}}', { places: -change })
        : t('cell.unchanged', 'No change');
  return (
    <span
      title={spoken}
      className={cx(change > 0 && styles.up, change < 0 && styles.down, change === 0 && styles.muted)}
    >
      <span aria-hidden>{change > 0 ? `▲ ${change}` : change < 0 ? `▼ ${-change}` : '='}</span>
      <span className={styles.visuallyHidden}>{spoken}</span>
    </span>
  );
}
