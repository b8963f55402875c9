import type { GrafanaTheme2, LinkModel, Field } from '@grafana/data';

import type { FunnelStage } from '../data/model';
import { displayOf } from './format';

export function stageHasLinks(stage: FunnelStage): boolean {
  return (stage.source.field.config.links?.length ?? 0) > 0 && Boolean(stage.source.field.getLinks);
}

/**
 * The data links of a stage's value, interpolated for its row (so that `${__data.fields.stage}` and
 * `${__value.raw}` name this stage), or for the reduced value of a wide frame with several rows.
 */
export function stageLinks(stage: FunnelStage, theme: GrafanaTheme2): Array<LinkModel<Field>> {
  const { field, rowIndex } = stage.source;
  if (!field.getLinks) {
    return [];
  }
  return rowIndex !== undefined
    ? field.getLinks({ valueRowIndex: rowIndex })
    : field.getLinks({ calculatedValue: displayOf(field, theme)(stage.value) });
}
