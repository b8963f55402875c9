import { cx } from '@emotion/css';
import React from 'react';

import { t } from '@grafana/i18n';

import { unescaped } from '../../shared/i18n';

import type { PlacedColumn } from '../data/columns';
import type { SortState } from '../data/ranking';
import type { ScorecardModel } from '../data/toScorecard';
import type { ScorecardStyles } from '../styles';
import { columnLabel } from './columnLabel';
import { alignment } from './LeaderboardRow';

const SORT_ARROWS = { asc: '↑', desc: '↓' };

interface Props {
  columns: PlacedColumn[];
  model: ScorecardModel;
  sort: SortState;
  onSort: (key: string) => void;
  styles: ScorecardStyles;
}

/** Column headers; each sortable one is a button, so Tab + Enter/Space sorts without a mouse. */
export function HeaderRow({ columns, model, sort, onSort, styles }: Props) {
  return (
    <div role="row" aria-rowindex={1} className={styles.header}>
      {columns.map((column) => {
        const { text, spoken, title } = columnLabel(column, model);
        const sorted = column.sortKey !== undefined && column.sortKey === sort.key;
        return (
          <div
            role="columnheader"
            key={column.id}
            aria-sort={sorted ? (sort.order === 'asc' ? 'ascending' : 'descending') : undefined}
            className={cx(styles.headerCell, alignment(column, styles))}
            style={{ width: column.width, flex: `0 0 ${column.width}px` }}
            title={title}
          >
            {column.sortKey === undefined ? (
              <span className={styles.headerText} aria-label={spoken}>
                {text}
              </span>
            ) : (
              <button
                type="button"
                className={cx(styles.sortButton, sorted && styles.sortedButton)}
                aria-label={sortLabel(spoken, sorted ? sort.order : undefined)}
                onClick={() => onSort(column.sortKey!)}
              >
                <span className={styles.headerText}>{text}</span>
                {sorted && <span aria-hidden>{SORT_ARROWS[sort.order]}</span>}
              </button>
            )}
          </div>
        );
      })}
    </div>
  );
}

function sortLabel(spoken: string, order: 'asc' | 'desc' | undefined): string {
  if (order === 'asc') {
    return t(
      'header.sorted-ascending',
      '{{column}}, sorted ascending; activate to reverse',
      unescaped({ column: spoken })
    );
  }
  if (order === 'desc') {
    return t(
      'header.sorted-descending',
      '{{column}}, sorted descending; activate to reverse',
      unescaped({ column: spoken })
    );
  }
  return t('header.sort-by', 'Sort by {{column}}', unescaped({ column: spoken }));
}
