import React from 'react';

import type { Field } from '@grafana/data';

import type { ScorecardStyles } from '../styles';
import { formatValue, noValueText } from './format';

interface Props {
  field: Field;
  score: number | null;
  /** The score's position between the range's ends, 0..1. */
  fraction: number;
  styles: ScorecardStyles;
}

export function ScoreCell({ field, score, fraction, styles }: Props) {
  if (score === null) {
    return <span className={styles.muted}>{noValueText(field)}</span>;
  }
  return (
    <div className={styles.scoreCell}>
      <div className={styles.scoreTrack} aria-hidden>
        <div
          className={styles.scoreFill}
          style={{ width: `${(fraction * 100).toFixed(1)}%` }}
          data-testid="score-bar"
        />
      </div>
      <span className={styles.scoreText}>{formatValue(field, score)}</span>
    </div>
  );
}
