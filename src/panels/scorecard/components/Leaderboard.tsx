import { extent, scaleLinear } from 'd3';
import React, { useCallback, useMemo, useState } from 'react';
import { getScrollbarSize, List, useListRef } from 'react-window';

import { formattedValueToString, getValueFormat } from '@grafana/data';
import { t } from '@grafana/i18n';

import { unescaped } from '../../shared/i18n';
import { useStyles2, useTheme2 } from '@grafana/ui';

import { fitColumns, leaderboardColumns } from '../data/columns';
import { rowsPerPage } from '../data/paging';
import { coloursByPace } from '../data/targets';
import { bestFirstOrder, parseSortKey, sortRows, withRanks, type SortState } from '../data/ranking';
import type { ScorecardModel } from '../data/toScorecard';
import { usePaging } from '../hooks/usePaging';
import { problemMessage } from '../messages';
import { SIZE_TOKENS } from '../sizes';
import { getStyles } from '../styles';
import type { ScorecardOptions } from '../types';
import { Footer } from './Footer';
import { HeaderRow } from './HeaderRow';
import { LeaderboardRow, type RowData } from './LeaderboardRow';

interface Props {
  model: ScorecardModel;
  options: ScorecardOptions;
  width: number;
  height: number;
  title?: string;
}

export function Leaderboard({ model, options, width, height, title }: Props) {
  const tokens = SIZE_TOKENS[options.rowSize] ?? SIZE_TOKENS.normal;
  const styles = useStyles2(getStyles, tokens);
  const theme = useTheme2();
  const listRef = useListRef(null);

  // The sort the options ask for; a header click overrides it until the options change again.
  const optionsBasis = `${options.sortBy}|${options.sortOrder}`;
  const configuredSort = useMemo(() => configured(model, options), [model, options]);
  const [userSort, setUserSort] = useState<{ sort: SortState; basis: string }>();
  const sort =
    userSort?.basis === optionsBasis && parseSortKey(userSort.sort.key, model) ? userSort.sort : configuredSort;
  const onSort = useCallback(
    (key: string) =>
      setUserSort({
        basis: optionsBasis,
        sort: {
          key,
          order: key === sort.key ? (sort.order === 'asc' ? 'desc' : 'asc') : bestFirstOrder(key, model),
        },
      }),
    [optionsBasis, sort, model]
  );

  const ranked = useMemo(() => withRanks(model, sort.key, configuredSort.key), [model, sort.key, configuredSort.key]);
  const rows = useMemo(() => sortRows(ranked, model, sort), [ranked, model, sort]);
  const scoreFraction = useMemo(
    () =>
      scoreScale(
        model,
        rows.map((r) => r.score)
      ),
    [model, rows]
  );

  const paging = options.autoAdvance !== 'off';
  const warnings = model.warnings.map(problemMessage);
  const pacing = coloursByPace(model);
  const columns = useMemo(() => leaderboardColumns(model, options), [model, options]);
  // Whether a footer is needed depends on the columns that fit, which do not depend on the footer.
  const fitAtFullWidth = fitColumns(columns, width, tokens.scale);
  const hiddenAtFullWidth = fitAtFullWidth.hidden.length;
  // the legend explains the colours of the % of target columns shown, if any
  const shownPct = fitAtFullWidth.placed.flatMap((column) => (column.kind === 'pct' ? [column.metricIndex!] : []));
  const legend = pacing ? paceLegend(model, shownPct) : undefined;
  const hasFooter = paging || hiddenAtFullWidth > 0 || warnings.length > 0 || legend !== undefined;
  const listHeight = Math.max(tokens.rowHeight, height - tokens.headerHeight - (hasFooter ? tokens.footerHeight : 0));
  const perPage = rowsPerPage(listHeight, tokens.rowHeight);
  // A scrolling list loses its scrollbar's width; the header must lose it too to stay aligned.
  const scrolls = options.autoAdvance !== 'page' && rows.length * tokens.rowHeight > listHeight;
  const rowWidth = width - (scrolls ? getScrollbarSize() : 0);
  const { placed, hidden } = useMemo(
    () => fitColumns(columns, rowWidth, tokens.scale),
    [columns, rowWidth, tokens.scale]
  );

  const pageBasis = `${sort.key}|${sort.order}`;
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [userPaused, setUserPaused] = useState(false);
  const pausedByViewer = options.pauseOnHover && (hovered || focused);
  const { page, pages, onRowsRendered, next, previous } = usePaging({
    mode: options.autoAdvance,
    rowCount: rows.length,
    perPage,
    running: paging && rows.length > perPage && !userPaused && !pausedByViewer,
    intervalMs: options.advanceIntervalSeconds * 1000,
    resetKey: pageBasis,
    listRef,
  });

  const shownRows = useMemo(
    () => (options.autoAdvance === 'page' ? rows.slice(page * perPage, (page + 1) * perPage) : rows),
    [options.autoAdvance, rows, page, perPage]
  );
  const rowIndexOffset = options.autoAdvance === 'page' ? page * perPage : 0;
  const rowProps: RowData = useMemo(
    () => ({
      rows: shownRows,
      columns: placed,
      model,
      highlightTopThree: options.highlightTopThree,
      tokens,
      styles,
      theme,
      scoreFraction,
      rowIndexOffset,
      pacing,
    }),
    [shownRows, placed, model, options.highlightTopThree, tokens, styles, theme, scoreFraction, rowIndexOffset, pacing]
  );

  return (
    <div
      role="table"
      aria-label={title || t('leaderboard.label', 'Leaderboard')}
      aria-rowcount={rows.length + 1}
      className={styles.container}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) {
          setFocused(false);
        }
      }}
    >
      <HeaderRow columns={placed} model={model} sort={sort} onSort={onSort} styles={styles} />
      <List
        key={pageBasis}
        listRef={listRef}
        role="rowgroup"
        tabIndex={0}
        className={styles.list}
        style={{ height: listHeight, width }}
        rowComponent={LeaderboardRow}
        rowCount={shownRows.length}
        rowHeight={tokens.rowHeight}
        rowProps={rowProps}
        onRowsRendered={onRowsRendered}
        overscanCount={4}
      />
      {hasFooter && (
        <Footer
          styles={styles}
          hiddenColumns={hidden.length}
          warnings={warnings}
          legend={legend}
          pager={
            paging
              ? {
                  page,
                  pages,
                  paused: userPaused,
                  onPrevious: previous,
                  onNext: next,
                  onTogglePause: () => setUserPaused((paused) => !paused),
                }
              : undefined
          }
        />
      )}
    </div>
  );
}

/**
 * What the colours of % of target mean while the period runs: pace against the share of the period
 * gone; naming the metrics when others' % of target (without pace) keep their own colours.
 */
function paceLegend(model: ScorecardModel, shownPct: number[]): string | undefined {
  const elapsed = formattedValueToString(getValueFormat('percentunit')(model.elapsedShare!, 0));
  // metrics whose % of target shows in a column (the data source sends the field, empty, for every metric)
  const withTarget = shownPct
    .filter((index) => model.rows.some((row) => row.pctOfTarget[index] !== null))
    .map((index) => model.metrics[index]);
  const paced = withTarget.filter((metric) => metric.pace);
  if (paced.length === 0) {
    // no % of target shown is coloured by pace
    return undefined;
  }
  if (paced.length === withTarget.length) {
    return t(
      'legend.pace',
      'Colours show pace: % of target against the {{elapsed}} of the period gone',
      unescaped({ elapsed })
    );
  }
  return t(
    'legend.pace-of',
    'Colours of {{metrics}} show pace: % of target against the {{elapsed}} of the period gone',
    unescaped({ elapsed, metrics: paced.map((metric) => metric.label).join(', ') })
  );
}

function configured(model: ScorecardModel, options: ScorecardOptions): SortState {
  const key = parseSortKey(options.sortBy, model) ? options.sortBy : 'rank';
  return { key, order: options.sortOrder === 'auto' ? bestFirstOrder(key, model) : options.sortOrder };
}

/** Score bar scale: the score field's min/max when set, else the data's range (from 0 when all are positive). */
function scoreScale(model: ScorecardModel, scores: Array<number | null>): (score: number) => number {
  const [dataMin, dataMax] = extent(scores.filter((s): s is number => s !== null));
  const config = model.score?.config;
  const lo = config?.min ?? Math.min(0, dataMin ?? 0);
  const hi = config?.max ?? dataMax ?? 1;
  const scale = scaleLinear()
    .domain([lo, hi > lo ? hi : lo + 1])
    .range([0, 1])
    .clamp(true);
  return (score: number) => scale(score);
}
