import React from 'react';

import { t } from '@grafana/i18n';

import { MEDAL_COLORS, type ScorecardStyles } from '../styles';

interface Props {
  rank: number | null;
  highlight: boolean;
  badgeSize: number;
  styles: ScorecardStyles;
}

export function RankCell({ rank, highlight, badgeSize, styles }: Props) {
  if (rank === null) {
    return (
      <>
        <span aria-hidden className={styles.muted}>
          –
        </span>
        <span className={styles.visuallyHidden}>{t('cell.unranked', 'Not ranked')}</span>
      </>
    );
  }
  if (highlight && rank <= 3) {
    return (
      <>
        <MedalBadge rank={rank as 1 | 2 | 3} size={badgeSize} />
        <span className={styles.visuallyHidden}>{t('cell.rank-top', 'Rank {{rank}}, top three', { rank })}</span>
      </>
    );
  }
  return <span>{rank}</span>;
}

/** A medal (ribbon and disc) with the rank on it: the top three stand out by shape, not colour alone. */
function MedalBadge({ rank, size }: { rank: 1 | 2 | 3; size: number }) {
  const color = MEDAL_COLORS[rank];
  return (
    <svg aria-hidden width={size} height={size} viewBox="0 0 32 32" data-testid={`medal-${rank}`}>
      <polygon points="7,0 14,0 19,12 12,14" fill="#3D71D9" />
      <polygon points="25,0 18,0 13,12 20,14" fill="#C4162A" />
      <circle cx="16" cy="20.5" r="11" fill={color} stroke="rgba(0,0,0,0.35)" strokeWidth="1.5" />
      <text x="16" y="25" textAnchor="middle" fontSize="13" fontWeight="700" fill="#1F1F1F">
        {rank}
      </text>
    </svg>
  );
}
