/*
 * The render benchmark's side of the page (scripts/bench-render.ts drives it): a panel loaded as the
 * dashboards load it, then drawn again and again with new data the way a dashboard refresh draws it:
 * the frames through applyFieldOverrides, then the panel component in its chrome.
 */
import React from 'react';

import {
  applyFieldOverrides,
  dataFrameFromJSON,
  type DataFrameJSON,
  type FieldConfigSource,
  getDefaultTimeRange,
  LoadingState,
  type PanelPlugin,
} from '@grafana/data';

import type { SavedPanel } from './panelModel';
import { PanelView } from './views';

export interface BenchPanel {
  key: string;
  plugin: PanelPlugin;
  saved: SavedPanel;
  options: Record<string, unknown>;
  fieldConfig: FieldConfigSource;
  frames: DataFrameJSON[];
  width: number;
  height: number;
}

const ORDER_FIELDS = /(^|_)rank$|^rank_change$|^position$/;

/**
 * The frames of refresh number `variant`: every measure of the original scaled by a factor that changes
 * with each refresh (between 0.8 and 1.2), so that each render gets new values, as a live wall does.
 */
export function refreshedFrames(frames: DataFrameJSON[], variant: number): DataFrameJSON[] {
  return frames.map((frame) => ({
    ...frame,
    data: {
      values: (frame.data?.values ?? []).map((column, index) => {
        const field = frame.schema?.fields[index];
        // ranks and positions stay whole: they order the rows
        if (field?.type !== 'number' || ORDER_FIELDS.test(field.name)) {
          return column;
        }
        return column.map((value, row) =>
          typeof value === 'number' ? value * (1 + 0.2 * Math.sin(variant * 1.7 + row * 0.3 + index)) : value
        );
      }),
    },
  }));
}

export function benchElement(
  bench: BenchPanel,
  variant: number,
  theme: Parameters<typeof applyFieldOverrides>[0]['theme']
): React.ReactElement {
  const replaceVariables = (text: string) => text;
  const series = applyFieldOverrides({
    data: refreshedFrames(bench.frames, variant).map((frame) => dataFrameFromJSON(frame)),
    fieldConfig: bench.fieldConfig,
    fieldConfigRegistry: bench.plugin.fieldConfigRegistry,
    replaceVariables,
    theme,
    timeZone: 'utc',
  });
  const timeRange = getDefaultTimeRange();
  return (
    <PanelView
      panel={{
        saved: bench.saved,
        plugin: bench.plugin,
        options: bench.options,
        fieldConfig: bench.fieldConfig,
        data: { series, state: LoadingState.Done, timeRange },
        timeRange,
        timeInfo: '',
      }}
      width={bench.width}
      height={bench.height}
      timeZone="utc"
      renderCounter={variant}
      replaceVariables={replaceVariables}
    />
  );
}
