/**
 * Frames as a Grafana panel receives them, through @grafana/data's own code: localized by the data
 * source, then with Grafana's field overrides applied (in New York, the hand-made fixture's zone).
 */
import {
  applyFieldOverrides,
  createTheme,
  type DataFrame,
  dataFrameFromJSON,
  type FieldDisplay,
  getFieldDisplayValues,
} from '@grafana/data';

import { localizeFrame } from '../../../src/datasource/frames/localize';
import type { runQuery } from '../../../src/sales/engine';

export const theme = createTheme();
export const replaceVariables = (text: string) => text;

export function asPanelData(frames: Awaited<ReturnType<typeof runQuery>>): DataFrame[] {
  return applyFieldOverrides({
    data: frames.map((frame) => dataFrameFromJSON(localizeFrame(frame) as Parameters<typeof dataFrameFromJSON>[0])),
    fieldConfig: { defaults: {}, overrides: [] },
    replaceVariables,
    theme,
    timeZone: 'America/New_York',
  });
}

/** What a stat or bar gauge showing all values (reduceOptions.values = true) displays, one per value. */
export function allValuesDisplays(data: DataFrame[]): FieldDisplay[] {
  return getFieldDisplayValues({
    data,
    reduceOptions: { values: true, calcs: [] },
    fieldConfig: { defaults: {}, overrides: [] },
    replaceVariables,
    theme,
    timeZone: 'America/New_York',
  });
}
