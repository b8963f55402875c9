import React, { useMemo } from 'react';

import type { LinkModel } from '@grafana/data';
import { DataLinksContextMenu } from '@grafana/ui';

import type { ScorecardModel, ScorecardRow } from '../data/toScorecard';
import type { ScorecardStyles } from '../styles';
import { formatValue } from './format';

/**
 * The entity's name, linked through the data links configured on its field (or on `rep_id`), e.g.
 * to the rep drill-down dashboard with `var-rep=${__data.fields.rep_id}`. Links are resolved for the
 * row's index in the frame, so they stay right whatever the sort order.
 */
export function EntityCell({
  model,
  row,
  styles,
}: {
  model: ScorecardModel;
  row: ScorecardRow;
  styles: ScorecardStyles;
}) {
  const name = formatValue(model.entity, model.entity.values[row.index]) || row.name;
  const links = useMemo(() => rowLinks(model, row.index), [model, row.index]);
  if (links.length === 0) {
    return (
      <span className={styles.ellipsis} title={name}>
        {name}
      </span>
    );
  }
  return (
    <DataLinksContextMenu links={() => links} style={{ minWidth: 0 }}>
      {(api) =>
        api.openMenu ? (
          <button type="button" className={styles.menuButton} onClick={api.openMenu} title={name}>
            {name}
          </button>
        ) : (
          <span className={styles.entityLink}>{name}</span>
        )
      }
    </DataLinksContextMenu>
  );
}

export function rowLinks(model: ScorecardModel, rowIndex: number): Array<LinkModel<unknown>> {
  for (const field of [model.entity, model.entityKey]) {
    const links = field?.getLinks?.({ valueRowIndex: rowIndex }) ?? [];
    if (links.length > 0) {
      return links;
    }
  }
  return [];
}
