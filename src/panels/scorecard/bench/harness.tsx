/*
 * Browser side of the scorecard benchmark (run.ts bundles it and drives it in Chromium). It mounts
 * the panel with n reps, and, as the baseline, the same header and row components rendering every
 * row without react-window; then it times mounting, re-sorting and scrolling both.
 */
import React, { Profiler, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

import { useStyles2, useTheme2 } from '@grafana/ui';

import { HeaderRow } from '../components/HeaderRow';
import { LeaderboardRow, type RowData } from '../components/LeaderboardRow';
import { fitColumns, leaderboardColumns } from '../data/columns';
import { bestFirstOrder, sortRows, withRanks, type SortState } from '../data/ranking';
import { coloursByPace } from '../data/targets';
import { toScorecard, type ScorecardModel } from '../data/toScorecard';
import { panelProps } from '../../shared/testing/panelProps';
import { ScorecardPanel } from '../ScorecardPanel';
import { SIZE_TOKENS } from '../sizes';
import { getStyles } from '../styles';
import { manyRepsFrame, panelFieldConfig, processFrames } from '../testing/frames';
import { DEFAULT_OPTIONS, type ScorecardOptions } from '../types';

export interface CaseResult {
  /** React render time per 120 px scroll step (what virtualisation costs while scrolling; 0 for the baseline). */
  scrollRenderMs: number;
  /** React render time per page jump. */
  pageJumpRenderMs: number;
  /** A frame of this browser with nothing to do: the floor under the scrolling figure. */
  idleFrameMs: number;
  mountMs: number;
  sortMs: number;
  scrollFrameMs: number;
  domNodes: number;
  rowsInDom: number;
}

const WIDTH = 1400;
const HEIGHT = 600;

function framesOf(n: number) {
  const frame = manyRepsFrame(n);
  // A sparkline per row, as the data source sends, so rows cost what they cost in Grafana.
  frame.fields.push({
    name: 'sparkline',
    type: 'other' as never,
    config: {},
    values: Array.from({ length: n }, (_, i) => Array.from({ length: 12 }, (_, k) => ((i + 3) * (k + 1)) % 17)),
  });
  return processFrames([frame], panelFieldConfig());
}

/** The baseline: the panel's own header and rows, every row in the DOM, no virtualisation. */
function PlainLeaderboard({ model, options }: { model: ScorecardModel; options: ScorecardOptions }) {
  const tokens = SIZE_TOKENS[options.rowSize];
  const styles = useStyles2(getStyles, tokens);
  const theme = useTheme2();
  const [sort, setSort] = useState<SortState>({ key: 'rank', order: 'asc' });
  const rows = useMemo(() => sortRows(withRanks(model, sort.key, 'rank'), model, sort), [model, sort]);
  const { placed } = fitColumns(leaderboardColumns(model, options), WIDTH - 16, tokens.scale);
  const data: RowData = {
    rows,
    columns: placed,
    model,
    highlightTopThree: true,
    tokens,
    styles,
    theme,
    scoreFraction: (score) => score / 1,
    rowIndexOffset: 0,
    pacing: coloursByPace(model),
  };
  const onSort = (key: string) =>
    setSort({ key, order: key === sort.key ? (sort.order === 'asc' ? 'desc' : 'asc') : bestFirstOrder(key, model) });
  return (
    <div role="table" className={styles.container} style={{ width: WIDTH, height: HEIGHT }}>
      <HeaderRow columns={placed} model={model} sort={sort} onSort={onSort} styles={styles} />
      <div role="rowgroup" style={{ height: HEIGHT - tokens.headerHeight, overflowY: 'auto', position: 'relative' }}>
        {rows.map((row, index) => (
          <LeaderboardRow
            key={row.index}
            {...data}
            index={index}
            style={{ height: tokens.rowHeight }}
            ariaAttributes={{ 'aria-posinset': index + 1, 'aria-setsize': rows.length, role: 'listitem' }}
          />
        ))}
      </div>
    </div>
  );
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

async function settle(): Promise<void> {
  await Promise.resolve();
  document.body.getBoundingClientRect();
  await nextFrame();
}

export async function runCase(kind: 'virtualised' | 'plain', n: number): Promise<CaseResult> {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  const frames = framesOf(n);
  const options = DEFAULT_OPTIONS;
  const root = createRoot(host);
  const props = panelProps(frames, options, { width: WIDTH, height: HEIGHT, fieldConfig: panelFieldConfig() });
  const result = toScorecard(frames);
  if (result.status !== 'ok') {
    throw new Error('benchmark frame did not load');
  }

  let start = performance.now();
  for (let i = 0; i < 20; i++) {
    await nextFrame();
  }
  const idleFrameMs = (performance.now() - start) / 20;

  // React's own account of its render time (run.ts bundles React's profiling build).
  let renderMs = 0;
  const onRender = (_id: string, _phase: string, actualDuration: number) => {
    renderMs += actualDuration;
  };
  start = performance.now();
  flushSync(() =>
    root.render(
      <Profiler id="scorecard" onRender={onRender}>
        {kind === 'virtualised' ? (
          <ScorecardPanel {...props} />
        ) : (
          <PlainLeaderboard model={result.model} options={options} />
        )}
      </Profiler>
    )
  );
  await settle();
  const mountMs = performance.now() - start;

  // Reverse the rank order: the 2,000th rep comes to the top.
  const sortButton = host.querySelector<HTMLButtonElement>('button[aria-label^="Rank, sorted ascending"]');
  if (!sortButton) {
    throw new Error('no sort button');
  }
  start = performance.now();
  sortButton.click();
  await settle();
  const sortMs = performance.now() - start;
  const firstName = host.querySelector('[role="row"][aria-rowindex="2"]')?.textContent ?? '';
  if (!firstName.includes(`Rep ${n}`)) {
    throw new Error(`sort did not apply: ${firstName}`);
  }

  const list = host.querySelector<HTMLElement>('[role="rowgroup"]')!;
  // Wheel-like scrolling: 120 px a step, a step a frame.
  const steps = 60;
  renderMs = 0;
  start = performance.now();
  for (let i = 1; i <= steps; i++) {
    list.scrollTop = i * 120;
    await nextFrame();
  }
  const scrollFrameMs = (performance.now() - start) / steps;
  const scrollRenderMs = renderMs / steps;
  // Page jumps, as auto-advance in scroll mode makes them: every row in view is new.
  const jumps = 20;
  renderMs = 0;
  for (let i = 1; i <= jumps; i++) {
    list.scrollTop += list.clientHeight;
    await nextFrame();
    await nextFrame();
  }
  const pageJumpRenderMs = renderMs / jumps;
  const domNodes = host.getElementsByTagName('*').length;
  const rowsInDom = host.querySelectorAll('[data-testid="scorecard-row"]').length;
  root.unmount();
  return { idleFrameMs, mountMs, sortMs, scrollFrameMs, scrollRenderMs, pageJumpRenderMs, domNodes, rowsInDom };
}

(window as unknown as { scorecardBench: { runCase: typeof runCase } }).scorecardBench = { runCase };
