/*
 * Browser side of the attainment benchmark (run.ts bundles it and drives it in Chromium). It mounts
 * the panel with n gauges on a 1920x1080 panel, then feeds it new values (a dashboard refresh); as
 * the baseline, the same number of Grafana's own BarGauge components in the same grid, fed the same
 * values. Times include React's render and the browser's style, layout and paint of the result.
 */
import React from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

import {
  type DataFrame,
  FieldColorModeId,
  FieldType,
  getDefaultTimeRange,
  getDisplayProcessor,
  ThemeContext,
  ThresholdsMode,
  VizOrientation,
} from '@grafana/data';
import { BarGaugeDisplayMode } from '@grafana/schema';
import { BarGauge } from '@grafana/ui';

import { panelProps } from '../../shared/testing/panelProps';
import { AttainmentPanel } from '../AttainmentPanel';
// as in Grafana: loading the plugin's module sets up its translations
import '../module';
import { gridLayout } from '../../shared/grid';
import { darkTheme, frameOf, processFrames } from '../testing/frames';
import { defaultOptions } from '../types';

export interface CaseResult {
  mountMs: number;
  /** Of the mount, the part spent in React (rendering and committing), before the browser draws. */
  mountReactMs: number;
  refreshMs: number;
  domNodes: number;
}

const WIDTH = 1920;
const HEIGHT = 1080;

function frame(count: number, round: number): DataFrame {
  const reps = Array.from({ length: count }, (_, i) => `Sales rep ${i + 1}`);
  const usd = 'currencyUSD';
  return processFrames([
    frameOf([
      { name: 'rep', values: reps },
      { name: 'actual', values: reps.map((_, i) => ((i * 7919 + round * 104729) % 250) * 1000), unit: usd },
      { name: 'target', values: reps.map(() => 200000), unit: usd },
      { name: 'expected_to_date', values: reps.map(() => 120000), unit: usd },
      { name: 'projected', values: reps.map((_, i) => ((i * 7919 + round * 104729) % 250) * 1600), unit: usd },
      { name: 'remaining_days', values: reps.map(() => 9), type: FieldType.number },
    ]),
  ])[0];
}

function Attainment({ data }: { data: DataFrame }) {
  const props = panelProps([data], defaultOptions, {
    width: WIDTH,
    height: HEIGHT,
    timeRange: getDefaultTimeRange(),
  });
  return <AttainmentPanel {...props} />;
}

/** Thresholds as the attainment panel's statuses: red, orange from 90 % of target, green from 100 %. */
const barGaugeConfig = {
  min: 0,
  max: 200000,
  unit: 'currencyUSD',
  color: { mode: FieldColorModeId.Thresholds },
  thresholds: {
    mode: ThresholdsMode.Absolute,
    steps: [
      { value: -Infinity, color: 'red' },
      { value: 180000, color: 'orange' },
      { value: 200000, color: 'green' },
    ],
  },
};

/** Grafana's BarGauge, one per row, in the grid the attainment panel would use. */
function BarGauges({ data }: { data: DataFrame }) {
  const actual = data.fields.find((field) => field.name === 'actual')!;
  const barGaugeDisplay = getDisplayProcessor({ field: { ...actual, config: barGaugeConfig }, theme: darkTheme });
  const grid = gridLayout({
    count: data.length,
    width: WIDTH,
    height: HEIGHT,
    gap: 8,
    columns: 0,
    minGaugeHeight: 0,
    sizeOf: (w, h) => Math.min(w / 3.5, h),
    heightOf: (size) => size,
  });
  return (
    <div style={{ display: 'grid', gridTemplateColumns: `repeat(${grid.columns}, ${grid.cellWidth}px)`, gap: 8 }}>
      {actual.values.map((value: number, i: number) => (
        <BarGauge
          key={i}
          theme={darkTheme}
          width={grid.cellWidth}
          height={grid.cellHeight}
          field={barGaugeConfig}
          value={{ ...barGaugeDisplay(value), title: String(data.fields[0].values[i]) }}
          orientation={VizOrientation.Horizontal}
          displayMode={BarGaugeDisplayMode.Gradient}
          isOverflow={false}
        />
      ))}
    </div>
  );
}

function settle(): Promise<void> {
  // two animation frames: the browser has styled, laid out and painted what React committed
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

async function runCase(kind: 'attainment' | 'bargauge', count: number): Promise<CaseResult> {
  const host = document.createElement('div');
  host.style.width = `${WIDTH}px`;
  host.style.height = `${HEIGHT}px`;
  document.body.appendChild(host);
  const root = createRoot(host);
  const Component = kind === 'attainment' ? Attainment : BarGauges;
  const frames = [frame(count, 0), frame(count, 1), frame(count, 2), frame(count, 3)];
  const draw = (data: DataFrame) =>
    flushSync(() =>
      root.render(
        <ThemeContext.Provider value={darkTheme}>
          <Component data={data} />
        </ThemeContext.Provider>
      )
    );

  let start = performance.now();
  draw(frames[0]);
  const mountReactMs = performance.now() - start;
  await settle();
  const mountMs = performance.now() - start;

  const refreshes: number[] = [];
  for (const data of frames.slice(1)) {
    start = performance.now();
    draw(data);
    await settle();
    refreshes.push(performance.now() - start);
  }
  const domNodes = host.querySelectorAll('*').length;
  root.unmount();
  host.remove();
  return { mountMs, mountReactMs, refreshMs: refreshes.reduce((a, b) => a + b, 0) / refreshes.length, domNodes };
}

(window as unknown as { attainmentBench: unknown }).attainmentBench = { runCase };
