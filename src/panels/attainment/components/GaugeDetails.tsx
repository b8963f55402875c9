import { css } from '@emotion/css';
import React from 'react';

import { type GrafanaTheme2 } from '@grafana/data';
import { useStyles2, useTheme2 } from '@grafana/ui';

import { type Clock } from '../data/period';
import { type Gauge } from '../data/toGauges';
import { gaugeDetails } from '../labels';

/** The tooltip of a gauge: every value behind it, formatted. Rendered only while the tooltip shows. */
export function GaugeDetails({ gauge, name, clock }: { gauge: Gauge; name: string; clock: Clock }) {
  const theme = useTheme2();
  const styles = useStyles2(getStyles);
  return (
    <table className={styles.details}>
      <caption>{name}</caption>
      <tbody>
        {gaugeDetails(gauge, theme, clock).map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  details: css({
    // Grafana's global styles put captions under their tables
    caption: {
      captionSide: 'top',
      textAlign: 'left',
      fontWeight: theme.typography.fontWeightMedium,
      paddingBottom: theme.spacing(0.5),
    },
    th: {
      fontWeight: theme.typography.fontWeightRegular,
      color: theme.colors.text.secondary,
      paddingRight: theme.spacing(2),
    },
    td: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  }),
});
