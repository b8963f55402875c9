import { cx } from '@emotion/css';
import React from 'react';
import type { RowComponentProps } from 'react-window';

import type { GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';

import { unescaped } from '../../shared/i18n';

import type { PlacedColumn } from '../data/columns';
import type { ScorecardModel, ScorecardRow } from '../data/toScorecard';
import type { SizeTokens } from '../sizes';
import type { ScorecardStyles } from '../styles';
import { EntityCell } from './EntityCell';
import { formatValue } from './format';
import { PctOfTargetCell, ValueCell } from './MetricCells';
import { RankCell } from './RankCell';
import { RankChangeCell } from './RankChangeCell';
import { ScoreCell } from './ScoreCell';
import { Sparkline } from './Sparkline';

export interface RowData {
  rows: ScorecardRow[];
  columns: PlacedColumn[];
  model: ScorecardModel;
  highlightTopThree: boolean;
  tokens: SizeTokens;
  styles: ScorecardStyles;
  theme: GrafanaTheme2;
  /** Where a score sits on the score bar, 0..1. */
  scoreFraction: (score: number) => number;
  /** Rows before the first one rendered (earlier pages in page mode), for aria-rowindex. */
  rowIndexOffset: number;
  /** % of target is coloured by pace (the period runs: coloursByPace). */
  pacing: boolean;
}

export function LeaderboardRow(props: RowComponentProps<RowData>) {
  const { index, style, rows, columns, highlightTopThree, styles, rowIndexOffset } = props;
  const row = rows[index];
  const top = highlightTopThree && row.rank !== null && row.rank <= 3;
  return (
    <div
      role="row"
      aria-rowindex={rowIndexOffset + index + 2}
      style={style}
      className={cx(styles.row, top && styles.topRow)}
      data-testid="scorecard-row"
    >
      {columns.map((column) => (
        <div
          role="cell"
          key={column.id}
          className={cx(styles.cell, alignment(column, styles))}
          style={{ width: column.width, flex: `0 0 ${column.width}px` }}
        >
          <Cell column={column} row={row} data={props} />
        </div>
      ))}
    </div>
  );
}

export function alignment(column: PlacedColumn, styles: ScorecardStyles): string | undefined {
  switch (column.kind) {
    case 'value':
    case 'pct':
      return styles.end;
    case 'rank':
    case 'change':
      return styles.center;
    default:
      return undefined;
  }
}

function Cell({ column, row, data }: { column: PlacedColumn; row: ScorecardRow; data: RowData }) {
  const { model, styles, theme, tokens, pacing } = data;
  const metric = column.metricIndex === undefined ? undefined : model.metrics[column.metricIndex];
  switch (column.kind) {
    case 'rank':
      return (
        <RankCell rank={row.rank} highlight={data.highlightTopThree} badgeSize={tokens.badgeSize} styles={styles} />
      );
    case 'change':
      return <RankChangeCell row={row} styles={styles} />;
    case 'entity':
      return <EntityCell model={model} row={row} styles={styles} />;
    case 'score':
      return model.score ? (
        <ScoreCell
          field={model.score}
          score={row.score}
          fraction={row.score === null ? 0 : data.scoreFraction(row.score)}
          styles={styles}
        />
      ) : null;
    case 'value':
      return metric ? <ValueCell metric={metric} value={row.values[column.metricIndex!]} styles={styles} /> : null;
    case 'pct':
      return metric ? (
        <PctOfTargetCell
          metric={metric}
          pct={row.pctOfTarget[column.metricIndex!]}
          value={row.values[column.metricIndex!]}
          target={row.targets[column.metricIndex!]}
          pacing={
            // a metric without pace (no `<id>_pace` field) keeps its % of target colours
            pacing && metric.pace
              ? { pace: row.pace[column.metricIndex!], expected: row.expectedToDate[column.metricIndex!] }
              : null
          }
          styles={styles}
          theme={theme}
        />
      ) : null;
    case 'trend': {
      const points = row.sparklines[column.metricIndex!];
      if (!metric || !points) {
        return null;
      }
      const known = points.filter((p) => p !== null);
      return (
        <Sparkline
          points={points}
          width={column.width - 16}
          height={Math.round(tokens.rowHeight * 0.6)}
          color={theme.colors.primary.text}
          label={t(
            'cell.trend',
            '{{metric}} trend: {{first}} to {{last}}',
            unescaped({
              metric: metric.label,
              first: formatValue(metric.value, known[0]),
              last: formatValue(metric.value, known[known.length - 1]),
            })
          )}
        />
      );
    }
  }
}
