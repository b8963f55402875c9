import React, { useMemo } from 'react';

import { useStyles2, useTheme2 } from '@grafana/ui';

import type { Funnel } from '../data/model';
import { fitLabel, MIN_FONT_SIZE } from '../layout/text';
import { getFunnelStyles } from '../styles';
import type { FunnelOptions } from '../types';
import { describeProblems } from '../view/messages';
import { presentFunnel, type StageTexts, type StageView } from '../view/present';
import { FunnelChart } from './FunnelChart';
import { type Pointer } from '../../shared/pointer';

interface Props {
  funnel: Funnel;
  showTitle: boolean;
  width: number;
  height: number;
  domain: [number, number];
  options: FunnelOptions;
  texts: StageTexts;
  onHover: (funnel: Funnel, views: StageView[], pointer: Pointer | null) => void;
}

/** Height of a small multiple's title: it scales with the cell, as the stage labels do. */
function titleFontSize(title: string, width: number, height: number, textScale: number): number {
  const ideal = Math.min(height * 0.07 * textScale, height * 0.15);
  return Math.max(MIN_FONT_SIZE, fitLabel(title, width * 0.95, Math.max(ideal, MIN_FONT_SIZE)));
}

/** One small multiple: the group's title and its funnel, or what is wrong with the group's data. */
export function FunnelCell({ funnel, showTitle, width, height, domain, options, texts, onHover }: Props) {
  const styles = useStyles2(getFunnelStyles);
  const theme = useTheme2();
  const views = useMemo(
    () => presentFunnel(funnel, options, domain, theme, texts),
    [funnel, options, domain, theme, texts]
  );
  // a snapshot is drawn as bars: trapezoids joining one stage to the next would draw a flow it does not have
  const chartOptions = useMemo(
    () => (funnel.snapshot && options.shape !== 'bar' ? { ...options, shape: 'bar' as const } : options),
    [funnel.snapshot, options]
  );
  const fontSize = showTitle ? titleFontSize(funnel.title || '–', width, height, options.textScale) : 0;
  const titleHeight = showTitle ? Math.ceil(fontSize * 1.3) : 0;

  return (
    <div className={styles.cell} style={{ width, height }} data-testid="funnel-cell">
      {showTitle && (
        <div className={styles.title} style={{ fontSize, height: titleHeight }} title={funnel.title}>
          {funnel.title || '–'}
        </div>
      )}
      {funnel.problems.length > 0 ? (
        <div className={styles.cellMessage} role="alert">
          {describeProblems(funnel.problems)}
        </div>
      ) : (
        <FunnelChart
          title={funnel.title}
          views={views}
          width={width}
          height={Math.max(0, height - titleHeight)}
          domain={domain}
          options={chartOptions}
          onHover={(pointer) => onHover(funnel, views, pointer)}
        />
      )}
    </div>
  );
}
