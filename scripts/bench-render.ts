/**
 * Render benchmark of the BUILT panels in headless Chromium (the harness of tests/browser):
 *
 *   npm run bench:render [-- --rounds 30 --batch 10 --refreshes 1000 --only funnel|attainment|scorecard]
 *
 * For each panel at a realistic size (a funnel of 12 stages, 24 attainment gauges, a scorecard of
 * 1,000 reps) it prints the median script time of one refresh: the JavaScript from new frames to the
 * committed DOM (applyFieldOverrides, React's render, commit and effects, run synchronously and timed in
 * the page; Chrome's own ScriptDuration metric misses work started from page.evaluate), next to a @grafana/ui
 * component drawing the same frame in the same run (BarGauge for the funnel's stages and the gauges,
 * Table for the scorecard) and their ratio; then the heap left after 1,000 refreshes with new data
 * (after garbage collection, against the heap after the warm-up), since wall dashboards run for weeks.
 *
 * The frames are the built data source's, queried on the demo warehouse, then grown to the sizes above:
 * rows repeated under new names, funnel counts decaying stage by stage. Needs a build (dist/ or
 * SALESPERF_DIST) and Chromium; SALESPERF_BENCH_SCREENSHOTS=<folder> saves what each case draws.
 */
import type { DataFrameJSON } from '@grafana/data';
import path from 'path';
import type { CDPSession } from 'playwright-core';

import { type HarnessPage, harnessDataSources, startHarness } from '../tests/browser/harness/harness';
import type { BenchSpec, SavedDashboard } from '../tests/browser/harness/page/main';
import type { SavedPanel } from '../tests/browser/harness/page/panelModel';
import { gridBox } from '../tests/browser/harness/page/grid';

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`--${name} must be a whole number above 0, not ${process.argv[index + 1]}`);
  }
  return value;
}

const ROUNDS = argument('rounds', 30);
const REFRESHES = argument('refreshes', 1000);
// refreshes per timed sample: the page's fixed clock ticks in whole milliseconds
const BATCH = argument('batch', 10);
const WARM_UP = 10;
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const GRID_WIDTH = 1920 - 32;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

type Frame = DataFrameJSON & { data: { values: unknown[][] } };

/**
 * `count` rows cycling through the frame's rows: the named text fields get a suffix past the first
 * cycle so every row is a new entity, the named sequence fields count 1, 2, 3 …
 */
function grow(frame: Frame, count: number, unique: string[], sequence: string[]): Frame {
  const fields = frame.schema!.fields;
  const rows = frame.data.values[0]?.length ?? 0;
  if (rows === 0) {
    throw new Error(`the ${frame.schema?.meta?.custom?.kind} query returned no rows to grow`);
  }
  const values = fields.map((field, column) =>
    Array.from({ length: count }, (_, row) => {
      const value = frame.data.values[column][row % rows];
      if (sequence.includes(field.name)) {
        return row + 1;
      }
      const cycle = Math.floor(row / rows);
      return unique.includes(field.name) && cycle > 0 && value !== null ? `${value} ${cycle + 1}` : value;
    })
  );
  return { ...frame, data: { values } };
}

/** A funnel of `stages` stages whose counts fall by a fifth at each step, with its ratios recomputed. */
function growFunnel(frame: Frame, stages: number): Frame {
  const grown = grow(frame, stages, ['stage'], ['position']);
  const column = (name: string) => grown.data.values[grown.schema!.fields.findIndex((field) => field.name === name)];
  const first = Number(column('value')[0]) || 1000;
  const values = Array.from({ length: stages }, (_, index) => Math.round(first * 0.8 ** index));
  const set = (name: string, make: (index: number) => number | null) => {
    const target = column(name);
    if (target) {
      target.forEach((_, index) => (target[index] = make(index)));
    }
  };
  set('value', (index) => values[index]);
  set('count', (index) => values[index]);
  set('conversion_from_previous', (index) => (index === 0 ? null : values[index] / values[index - 1]));
  set('conversion_from_first', (index) => values[index] / values[0]);
  set('drop_off', (index) => (index === 0 ? null : values[index - 1] - values[index]));
  return grown;
}

/**
 * Bar gauge options showing one bar per row of the field `name`: reduceOptions.fields is a regular
 * expression on display names, and the data source's fields carry display names from the catalog.
 */
function barsOf(name: string) {
  return (frame: Frame) => {
    const field = frame.schema!.fields.find((candidate) => candidate.name === name);
    if (!field) {
      throw new Error(`the frame has no ${name} field`);
    }
    const displayName = (field.config?.displayName ?? name).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    return { reduceOptions: { values: true, calcs: [], fields: `/^${displayName}$/` }, orientation: 'horizontal' };
  };
}

interface Case {
  name: string;
  size: { w: number; h: number };
  panel: Omit<BenchSpec, 'width' | 'height' | 'frames'>;
  baseline: Omit<BenchSpec, 'width' | 'height' | 'frames'> & {
    label: string;
    /** the baseline's options for the frame it draws */
    optionsFor?: (frame: Frame) => Record<string, unknown>;
  };
  target: Record<string, unknown>;
  grow: (frame: Frame) => Frame;
}

const CASES: Case[] = [
  {
    name: 'funnel, 12 stages',
    size: { w: 8, h: 13 },
    target: { kind: 'funnel', mode: 'reached', measure: 'count' },
    grow: (frame) => growFunnel(frame, 12),
    panel: { key: 'funnel', type: 'seed-salesfunnel-panel' },
    baseline: {
      key: 'funnel-baseline',
      type: 'bargauge',
      label: 'BarGauge, 12 bars',
      optionsFor: barsOf('count'),
    },
  },
  {
    name: '24 attainment gauges',
    size: { w: 24, h: 14 },
    target: { kind: 'attainment', metric: 'bookings', groupBy: ['rep'], pace: 'linear' },
    grow: (frame) => grow(frame, 24, ['rep', 'rep_id'], []),
    panel: { key: 'attainment', type: 'seed-attainment-panel' },
    baseline: {
      key: 'attainment-baseline',
      type: 'bargauge',
      label: 'BarGauge, 24 bars',
      optionsFor: barsOf('attainment'),
    },
  },
  {
    name: 'scorecard, 1,000 reps',
    size: { w: 24, h: 11 },
    target: {
      kind: 'scorecard',
      entity: 'rep',
      metrics: [
        { id: 'bookings', weight: 3 },
        { id: 'win_rate', weight: 1 },
        { id: 'pipeline_created', weight: 1 },
        { id: 'visits_completed', weight: 1 },
      ],
      normalize: 'target',
    },
    grow: (frame) => grow(frame, 1000, ['rep', 'rep_id'], ['rank']),
    panel: { key: 'scorecard', type: 'seed-repscorecard-panel' },
    baseline: { key: 'scorecard-baseline', type: 'table', label: 'Table, 1,000 rows' },
  },
];

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

interface Measured {
  ms: number;
  heapGrowth: number;
}

async function measure(page: HarnessPage, cdp: CDPSession, spec: BenchSpec): Promise<Measured> {
  await page.page.evaluate((loaded) => window.salesperfHarness.benchLoad(loaded), spec);
  const render = (sample: number) =>
    page.page.evaluate(({ key, from, batch }) => window.salesperfHarness.benchRender(key, from, batch), {
      key: spec.key,
      from: sample * BATCH,
      batch: BATCH,
    });
  for (let sample = 0; sample < WARM_UP; sample++) {
    await render(sample);
  }
  if (process.env.SALESPERF_BENCH_SCREENSHOTS) {
    await page.screenshotDashboard(path.join(process.env.SALESPERF_BENCH_SCREENSHOTS, `bench-${spec.key}.png`));
  }
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    times.push(await render(WARM_UP + round));
  }
  const heapBefore = await heapAfterGc(cdp);
  await page.page.evaluate(({ key, from, count }) => window.salesperfHarness.benchLoop(key, from, count), {
    key: spec.key,
    from: (WARM_UP + ROUNDS) * BATCH,
    count: REFRESHES,
  });
  const heapAfter = await heapAfterGc(cdp);
  return { ms: median(times), heapGrowth: heapAfter - heapBefore };
}

async function main() {
  if (ONLY && !CASES.some((candidate) => candidate.panel.key === ONLY)) {
    throw new Error(`--only takes one of ${CASES.map((candidate) => candidate.panel.key).join(', ')}, not ${ONLY}`);
  }
  const harness = await startHarness({ scale: 1 });
  try {
    const page = await harness.openPage({ theme: 'dark' });
    const cdp = await page.page.context().newCDPSession(page.page);
    const dashboard: SavedDashboard = { uid: 'bench', timezone: 'utc', time: { from: 'now/fQ', to: 'now/fQ' } };
    const datasource = { type: 'seed-salesperf-datasource', uid: harnessDataSources().demo.uid };
    const version = await harness.browser.version();
    console.log(
      `render benchmark: built plugins in headless Chromium ${version}, script time of one refresh (new frames to committed DOM), median of ${ROUNDS} samples of ${BATCH} refreshes after ${WARM_UP} warm-up samples; heap left after ${REFRESHES} more refreshes with new data, after GC`
    );
    const header = [
      'panel',
      'size px',
      'panel ms',
      'baseline',
      'baseline ms',
      'x baseline',
      `heap +${REFRESHES}`,
      'baseline heap',
    ];
    const rows: string[][] = [];
    for (const benchCase of CASES.filter((candidate) => !ONLY || candidate.panel.key === ONLY)) {
      const panel: SavedPanel = {
        id: 1,
        type: benchCase.panel.type,
        datasource,
        targets: [{ refId: 'A', ...benchCase.target, datasource }],
      };
      const frames = (await page.page.evaluate(
        ({ saved, query }) => window.salesperfHarness.queryFrames(saved, query),
        { saved: dashboard, query: panel }
      )) as Frame[];
      const grown = [benchCase.grow(frames[0]), ...frames.slice(1)];
      const box = gridBox({ x: 0, y: 0, ...benchCase.size }, GRID_WIDTH);
      const size = { width: box.width, height: box.height, frames: grown };
      const measured = await measure(page, cdp, { ...benchCase.panel, ...size });
      const { optionsFor, ...baselineSpec } = benchCase.baseline;
      const baseline = await measure(page, cdp, { ...baselineSpec, options: optionsFor?.(grown[0]), ...size });
      const mb = (bytes: number) => `${bytes >= 0 ? '+' : ''}${(bytes / 1024 / 1024).toFixed(2)} MB`;
      rows.push([
        benchCase.name,
        `${box.width}x${box.height}`,
        measured.ms.toFixed(2),
        benchCase.baseline.label,
        baseline.ms.toFixed(2),
        (measured.ms / baseline.ms).toFixed(2),
        mb(measured.heapGrowth),
        mb(baseline.heapGrowth),
      ]);
    }
    const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
    for (const row of [header, ...rows]) {
      console.log(
        row
          .map((cell, column) =>
            column === 0 || column === 3 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])
          )
          .join('  ')
      );
    }
    const problems = page.problems.filter((problem) => problem.kind !== 'http');
    if (problems.length) {
      console.log(`page problems during the run:\n  ${problems.map((problem) => problem.text).join('\n  ')}`);
      process.exitCode = 1;
    }
  } finally {
    await harness.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
