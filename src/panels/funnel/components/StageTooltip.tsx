import React from 'react';

import { t } from '@grafana/i18n';
import { Portal, useStyles2, VizTooltipContainer } from '@grafana/ui';

import { getFunnelStyles } from '../styles';
import type { StageView } from '../view/present';
import { unescaped } from '../../shared/i18n';

export interface HoveredStage {
  view: StageView;
  funnelTitle: string;
  linkTitles: string[];
  /** Viewport coordinates of the pointer (or of the focused stage). */
  x: number;
  y: number;
}

/** Every figure of the hovered (or focused) stage, and the links a click on it opens. */
export function StageTooltip({ hovered }: { hovered: HoveredStage }) {
  const styles = useStyles2(getFunnelStyles);
  const { view, funnelTitle, linkTitles } = hovered;
  return (
    <Portal>
      <VizTooltipContainer position={{ x: hovered.x, y: hovered.y }} offset={{ x: 12, y: 12 }}>
        <div className={styles.tooltip} data-testid="funnel-tooltip">
          <div className={styles.tooltipHeader}>
            <span className={styles.swatch} style={{ background: view.color }} />
            {funnelTitle ? `${funnelTitle} · ${view.name}` : view.name}
          </div>
          <table className={styles.tooltipTable}>
            <tbody>
              {view.figures.map((figure) => (
                <tr key={figure.label}>
                  <th scope="row">{figure.label}</th>
                  <td>{figure.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {linkTitles.length > 0 && (
            <div className={styles.tooltipLinks}>
              {t('tooltip.links', 'Click the stage to open: {{links}}', unescaped({ links: linkTitles.join(', ') }))}
            </div>
          )}
        </div>
      </VizTooltipContainer>
    </Portal>
  );
}
