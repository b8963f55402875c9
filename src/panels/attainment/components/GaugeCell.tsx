import { css } from '@emotion/css';
import React from 'react';

import { type GrafanaTheme2 } from '@grafana/data';
import { DataLinksContextMenu, Tooltip, useStyles2, useTheme2 } from '@grafana/ui';

import { gaugeColor } from '../colors';
import { type Gauge } from '../data/toGauges';
import { gaugeRatios } from '../geometry/ratios';
import { gaugeTexts } from '../labels';
import { gaugeLinks } from '../links';
import { type AttainmentOptions } from '../types';
import { ArcGauge, type GaugeDrawingProps } from './ArcGauge';
import { BulletGauge } from './BulletGauge';
import { gaugePalette } from './palette';

interface Props {
  gauge: Gauge;
  width: number;
  height: number;
  options: AttainmentOptions;
}

/** One gauge in its cell: the drawing, its details on hover and its data links on click. */
export function GaugeCell({ gauge, width, height, options }: Props) {
  const theme = useTheme2();
  const styles = useStyles2(getStyles);
  const texts = gaugeTexts(gauge, options, theme);
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

  const details = (
    <table className={styles.details}>
      <caption>{texts.name}</caption>
      <tbody>
        {texts.details.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  const body = (
    <Tooltip content={details} placement="top">
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
  details: css({
    caption: { textAlign: 'left', fontWeight: theme.typography.fontWeightMedium, paddingBottom: theme.spacing(0.5) },
    th: {
      fontWeight: theme.typography.fontWeightRegular,
      color: theme.colors.text.secondary,
      paddingRight: theme.spacing(2),
    },
    td: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  }),
});
