import { css } from '@emotion/css';
import React, { type KeyboardEvent, memo, useMemo } from 'react';

import { type GrafanaTheme2 } from '@grafana/data';
import { DataLinksContextMenu, useStyles2, useTheme2 } from '@grafana/ui';

import { gaugeColor } from '../colors';
import { type Clock } from '../data/period';
import { type Gauge } from '../data/toGauges';
import { gaugeRatios } from '../geometry/ratios';
import { gaugeTexts, type LabelBook } from '../labels';
import { gaugeHasLinks, gaugeLinks } from '../links';
import { type AttainmentOptions } from '../types';
import { type Pointer, pointerHandlers } from '../../shared/pointer';
import { ArcGauge, type GaugeDrawingProps } from './ArcGauge';
import { BulletGauge } from './BulletGauge';
import { gaugePalette } from './palette';

interface Props {
  gauge: Gauge;
  book: LabelBook;
  width: number;
  height: number;
  options: AttainmentOptions;
  clock: Clock;
  index: number;
  /** Reports the pointer or the keyboard focus on this gauge (the panel draws its details). */
  onPoint: (pointer: Pointer | null) => void;
  /** The id of the tooltip when it shows this gauge's details. */
  describedBy?: string;
}

/**
 * One gauge in its cell: the drawing, the pointer and focus that show its details, and its data links on
 * click. Memoised: the panel re-renders when the pointer moves, the gauges only when their data change.
 */
export const GaugeCell = memo(function GaugeCell({
  gauge,
  book,
  width,
  height,
  options,
  clock,
  index,
  onPoint,
  describedBy,
}: Props) {
  const theme = useTheme2();
  const styles = useStyles2(getStyles);
  const texts = gaugeTexts(gauge, options, theme, book, clock);
  const drawing: GaugeDrawingProps = {
    width,
    height,
    texts,
    ratios: gaugeRatios(gauge, { pace: options.showPaceMarker, projection: options.showProjection }),
    palette: gaugePalette(theme, gaugeColor(theme, gauge, options.colorBy), gauge.status),
    hasTarget: gauge.targetProblem === null,
    show: {
      name: options.showName,
      actualTarget: options.showActualTarget,
      daysLeft: options.showDaysLeft,
      neededPerDay: options.showNeededPerDay,
    },
  };
  const Drawing = options.gaugeStyle === 'bullet' ? BulletGauge : ArcGauge;

  // the same handlers from one refresh to the next
  const handlers = useMemo(
    () => ({
      onKeyDown: (event: KeyboardEvent) => event.key === 'Escape' && onPoint(null),
      ...pointerHandlers<HTMLDivElement>(index, onPoint),
    }),
    [index, onPoint]
  );
  const size = useMemo(() => ({ width, height }), [width, height]);

  const body = (
    <div
      className={styles.cell}
      style={size}
      data-testid="attainment-gauge"
      tabIndex={0}
      aria-describedby={describedBy}
      {...handlers}
    >
      <Drawing {...drawing} />
    </div>
  );
  if (!gaugeHasLinks(gauge)) {
    return body;
  }
  return (
    <DataLinksContextMenu links={() => gaugeLinks(gauge)} style={{ width, height }}>
      {(api) => (
        <div onClick={api.openMenu} className={api.targetClassName}>
          {body}
        </div>
      )}
    </DataLinksContextMenu>
  );
});

const getStyles = (theme: GrafanaTheme2) => ({
  cell: css({
    overflow: 'hidden',
    fontFamily: theme.typography.fontFamily,
    fontVariantNumeric: 'tabular-nums',
  }),
});
