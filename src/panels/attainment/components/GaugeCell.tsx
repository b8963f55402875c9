import { css } from '@emotion/css';
import React from 'react';

import { type GrafanaTheme2 } from '@grafana/data';
import { DataLinksContextMenu, Tooltip, useStyles2, useTheme2 } from '@grafana/ui';

import { gaugeColor } from '../colors';
import { type Clock } from '../data/period';
import { type Gauge } from '../data/toGauges';
import { gaugeRatios } from '../geometry/ratios';
import { gaugeTexts, type LabelBook } from '../labels';
import { gaugeLinks } from '../links';
import { type AttainmentOptions } from '../types';
import { ArcGauge, type GaugeDrawingProps } from './ArcGauge';
import { BulletGauge } from './BulletGauge';
import { GaugeDetails } from './GaugeDetails';
import { gaugePalette } from './palette';

interface Props {
  gauge: Gauge;
  book: LabelBook;
  width: number;
  height: number;
  options: AttainmentOptions;
  clock: Clock;
}

/** One gauge in its cell: the drawing, its details on hover and its data links on click. */
export function GaugeCell({ gauge, book, width, height, options, clock }: Props) {
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
  const links = gaugeLinks(gauge);

  const body = (
    // the details are worked out only when the tooltip shows (GaugeDetails renders then)
    <Tooltip content={<GaugeDetails gauge={gauge} name={texts.name} clock={clock} />} placement="top">
      <div className={styles.cell} style={{ width, height }} data-testid="attainment-gauge">
        <Drawing {...drawing} />
      </div>
    </Tooltip>
  );
  if (!links.length) {
    return body;
  }
  return (
    <DataLinksContextMenu links={() => links} style={{ width, height }}>
      {(api) => (
        <div onClick={api.openMenu} className={api.targetClassName}>
          {body}
        </div>
      )}
    </DataLinksContextMenu>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  cell: css({
    overflow: 'hidden',
    fontFamily: theme.typography.fontFamily,
    fontVariantNumeric: 'tabular-nums',
  }),
});
