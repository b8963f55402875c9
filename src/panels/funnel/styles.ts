import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';

export const getFunnelStyles = (theme: GrafanaTheme2) => ({
  panel: css({
    display: 'grid',
    overflow: 'hidden',
    fontFamily: theme.typography.fontFamily,
  }),
  caption: css({
    color: theme.colors.text.secondary,
    lineHeight: 1.4,
    textAlign: 'center',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  }),
  cell: css({
    display: 'flex',
    flexDirection: 'column',
    overflow: 'hidden',
    minWidth: 0,
    minHeight: 0,
  }),
  title: css({
    color: theme.colors.text.primary,
    fontWeight: theme.typography.fontWeightMedium,
    lineHeight: 1.2,
    textAlign: 'center',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    flex: 'none',
  }),
  cellMessage: css({
    color: theme.colors.warning.text,
    padding: theme.spacing(1),
    overflow: 'auto',
    flex: 1,
  }),
  svg: css({
    display: 'block',
    overflow: 'visible',
  }),
  stage: css({
    outline: 'none',
    '&:focus-visible .funnel-stage-band': {
      stroke: theme.colors.primary.border,
      strokeWidth: 2,
    },
    '&:hover .funnel-stage-shape': {
      opacity: 0.85,
    },
  }),
  band: css({
    fill: 'transparent',
  }),
  ghost: css({
    fill: 'none',
    stroke: theme.colors.text.primary,
    strokeOpacity: 0.7,
    strokeWidth: 1.5,
    strokeDasharray: '6 4',
    pointerEvents: 'none',
  }),
  name: css({
    fill: theme.colors.text.primary,
    fontWeight: theme.typography.fontWeightMedium,
  }),
  value: css({
    fill: theme.colors.text.primary,
    fontWeight: theme.typography.fontWeightBold,
    // A halo in the panel's background keeps the number legible on any stage colour.
    stroke: theme.colors.background.primary,
    strokeLinejoin: 'round',
    paintOrder: 'stroke',
    pointerEvents: 'none',
  }),
  metric: css({
    fill: theme.colors.text.secondary,
    pointerEvents: 'none',
  }),
  tooltip: css({
    minWidth: 220,
    maxWidth: 420,
  }),
  tooltipHeader: css({
    fontWeight: theme.typography.fontWeightMedium,
    marginBottom: theme.spacing(0.5),
  }),
  tooltipTable: css({
    borderCollapse: 'collapse',
    width: '100%',
    'th, td': { padding: theme.spacing(0.25, 0) },
    th: { fontWeight: theme.typography.fontWeightRegular, color: theme.colors.text.secondary, textAlign: 'left' },
    td: { textAlign: 'right', paddingLeft: theme.spacing(2), fontVariantNumeric: 'tabular-nums' },
  }),
  tooltipLinks: css({
    borderTop: `1px solid ${theme.colors.border.weak}`,
    marginTop: theme.spacing(0.5),
    paddingTop: theme.spacing(0.5),
    color: theme.colors.text.link,
  }),
  swatch: css({
    display: 'inline-block',
    width: 10,
    height: 10,
    borderRadius: theme.shape.radius.default,
    marginRight: theme.spacing(0.75),
  }),
});
