import { cx } from '@emotion/css';
import React from 'react';

import { t } from '@grafana/i18n';
import { Icon, IconButton, Tooltip } from '@grafana/ui';

import type { ScorecardStyles } from '../styles';

interface PagerState {
  page: number;
  pages: number;
  paused: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onTogglePause: () => void;
}

interface Props {
  pager?: PagerState;
  hiddenColumns: number;
  warnings: string[];
  /** What the colours mean, where they do not mean the obvious (pace while the period runs). */
  legend?: string;
  styles: ScorecardStyles;
}

/** Page position and controls in wall-display mode, plus the colours' legend and notes on hidden columns and data warnings. */
export function Footer({ pager, hiddenColumns, warnings, legend, styles }: Props) {
  return (
    <div className={styles.footer}>
      <div className={styles.footerGroup}>
        {legend && (
          <span className={styles.legend} title={legend} data-testid="scorecard-legend">
            {legend}
          </span>
        )}
        {warnings.length > 0 && (
          <Tooltip content={warnings.join('\n')}>
            <span className={styles.footerGroup} data-testid="scorecard-warnings">
              <Icon name="exclamation-triangle" />
              <span className={styles.ellipsis}>{warnings[0]}</span>
            </span>
          </Tooltip>
        )}
        {hiddenColumns > 0 && (
          <span className={styles.ellipsis}>
            {t('footer.hidden-columns', 'Columns hidden for lack of width: {{hidden}}', { hidden: hiddenColumns })}
          </span>
        )}
      </div>
      {pager && (
        <div className={cx(styles.footerGroup, styles.pager)}>
          <IconButton
            name="angle-left"
            size="lg"
            onClick={pager.onPrevious}
            tooltip={t('footer.previous-page', 'Previous page')}
          />
          <span aria-live="polite" data-testid="scorecard-page">
            {t('footer.page', 'Page {{page}} / {{pages}}', { page: pager.page + 1, pages: pager.pages })}
          </span>
          <IconButton
            name="angle-right"
            size="lg"
            onClick={pager.onNext}
            tooltip={t('footer.next-page', 'Next page')}
          />
          <IconButton
            name={pager.paused ? 'play' : 'pause'}
            size="lg"
            onClick={pager.onTogglePause}
            tooltip={pager.paused ? t('footer.resume', 'Resume paging') : t('footer.pause', 'Pause paging')}
          />
        </div>
      )}
    </div>
  );
}
