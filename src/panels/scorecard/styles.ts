import { css } from '@emotion/css';

import type { GrafanaTheme2 } from '@grafana/data';

import type { SizeTokens } from './sizes';

/**
 * Metal colours of the top-three medals. Fixed rather than theme tokens: gold, silver and bronze
 * mean the same in light and dark themes, and the theme has no greys opaque enough for silver.
 */
export const MEDAL_COLORS: Record<1 | 2 | 3, string> = { 1: '#D4AF37', 2: '#A8A9AD', 3: '#B87333' };

export const getStyles = (theme: GrafanaTheme2, size: SizeTokens) => ({
  container: css({
    display: 'flex',
    flexDirection: 'column',
    height: '100%',
    width: '100%',
    fontSize: size.fontSize,
    fontVariantNumeric: 'tabular-nums',
    color: theme.colors.text.primary,
  }),
  header: css({
    display: 'flex',
    flex: '0 0 auto',
    height: size.headerHeight,
    borderBottom: `1px solid ${theme.colors.border.medium}`,
    color: theme.colors.text.secondary,
    fontSize: Math.max(12, Math.round(size.fontSize * 0.8)),
    fontWeight: theme.typography.fontWeightMedium,
  }),
  headerCell: css({
    display: 'flex',
    boxSizing: 'border-box',
    alignItems: 'center',
    padding: theme.spacing(0, 1),
    overflow: 'hidden',
  }),
  sortButton: css({
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    maxWidth: '100%',
    padding: 0,
    border: 'none',
    background: 'none',
    color: 'inherit',
    font: 'inherit',
    cursor: 'pointer',
    '&:focus-visible': {
      outline: `2px solid ${theme.colors.primary.main}`,
      outlineOffset: 2,
    },
  }),
  sortedButton: css({
    color: theme.colors.text.primary,
  }),
  headerText: css({
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  }),
  list: css({
    flex: '1 1 auto',
    '&:focus-visible': {
      outline: `2px solid ${theme.colors.primary.main}`,
      outlineOffset: -2,
    },
  }),
  row: css({
    display: 'flex',
    boxSizing: 'border-box',
    alignItems: 'stretch',
    borderBottom: `1px solid ${theme.colors.border.weak}`,
  }),
  topRow: css({
    background: theme.colors.background.secondary,
    fontWeight: theme.typography.fontWeightBold,
  }),
  cell: css({
    display: 'flex',
    boxSizing: 'border-box',
    alignItems: 'center',
    padding: theme.spacing(0, 1),
    overflow: 'hidden',
    whiteSpace: 'nowrap',
  }),
  end: css({
    justifyContent: 'flex-end',
    textAlign: 'right',
  }),
  center: css({
    justifyContent: 'center',
  }),
  ellipsis: css({
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    minWidth: 0,
  }),
  entityLink: css({
    color: theme.colors.text.link,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    '&:hover': { textDecoration: 'underline' },
  }),
  menuButton: css({
    padding: 0,
    border: 'none',
    background: 'none',
    font: 'inherit',
    color: theme.colors.text.link,
    cursor: 'pointer',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  }),
  muted: css({
    color: theme.colors.text.secondary,
  }),
  up: css({
    color: theme.colors.success.text,
  }),
  down: css({
    color: theme.colors.error.text,
  }),
  newBadge: css({
    padding: theme.spacing(0, 0.5),
    border: `1px solid ${theme.colors.info.border}`,
    borderRadius: theme.shape.radius.default,
    color: theme.colors.info.text,
    fontSize: '0.75em',
    textTransform: 'uppercase',
  }),
  scoreCell: css({
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    width: '100%',
  }),
  scoreTrack: css({
    flex: '1 1 auto',
    height: Math.max(6, Math.round(size.rowHeight * 0.22)),
    background: theme.colors.background.canvas,
    border: `1px solid ${theme.colors.border.weak}`,
    borderRadius: theme.shape.radius.default,
    overflow: 'hidden',
  }),
  scoreFill: css({
    height: '100%',
    background: theme.colors.primary.main,
  }),
  scoreText: css({
    flex: '0 0 auto',
    minWidth: '3.5em',
    textAlign: 'right',
  }),
  pctChip: css({
    padding: theme.spacing(0.25, 0.75),
    borderRadius: theme.shape.radius.default,
    fontWeight: theme.typography.fontWeightMedium,
  }),
  footer: css({
    display: 'flex',
    flex: '0 0 auto',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: theme.spacing(1),
    height: size.footerHeight,
    padding: theme.spacing(0, 1),
    borderTop: `1px solid ${theme.colors.border.weak}`,
    color: theme.colors.text.secondary,
    fontSize: Math.max(12, Math.round(size.fontSize * 0.8)),
  }),
  footerGroup: css({
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    minWidth: 0,
  }),
  // The colours' legend is a sentence that must be read whole: it wraps to a second line, in text
  // small enough for two lines to fit the footer (on the wall, beside the pager, one line is too short).
  legend: css({
    display: '-webkit-box',
    WebkitBoxOrient: 'vertical',
    WebkitLineClamp: 2,
    overflow: 'hidden',
    minWidth: 0,
    fontSize: Math.min(Math.max(12, Math.round(size.fontSize * 0.8)), Math.floor(size.footerHeight / 2.3)),
    lineHeight: 1.15,
  }),
  // the pager keeps its size; the notes beside it give way (they ellipsise)
  pager: css({
    flex: 'none',
    whiteSpace: 'nowrap',
  }),
  visuallyHidden: css({
    position: 'absolute',
    width: 1,
    height: 1,
    padding: 0,
    margin: -1,
    overflow: 'hidden',
    clip: 'rect(0, 0, 0, 0)',
    whiteSpace: 'nowrap',
    border: 0,
  }),
});

export type ScorecardStyles = ReturnType<typeof getStyles>;
