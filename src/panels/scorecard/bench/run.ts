/*
 * Benchmark: does the virtualised leaderboard stay smooth with 2,000 reps? Renders the panel in
 * headless Chromium and, in the same run, a baseline of the same header and row components with
 * every row in the DOM (no react-window), and prints both and their ratio.
 *
 *   npm run bench:scorecard [-- <reps, default 2000> <rounds, default 5>]
 *
 * Needs Chromium (CHROMIUM_PATH, or a system chromium).
 */
import fs from 'fs';
import os from 'os';
import path from 'path';

import { bundlePage } from '../testing/bundle';
import { launchChromium } from '../../../testing/chromium';
import type { CaseResult } from './harness';

const reps = Number(process.argv[2] ?? 2000);
const rounds = Number(process.argv[3] ?? 5);

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scorecard-bench-'));
  const url = await bundlePage(path.join(__dirname, 'harness.tsx'), dir, { profiling: true });
  const browser = await launchChromium();
  const results: Record<'virtualised' | 'plain', CaseResult[]> = { virtualised: [], plain: [] };
  try {
    for (let round = 0; round < rounds; round++) {
      // Alternate the order so neither case always runs on a warmer browser.
      const order: Array<'virtualised' | 'plain'> = round % 2 ? ['plain', 'virtualised'] : ['virtualised', 'plain'];
      for (const kind of order) {
        const page = await browser.newPage({ viewport: { width: 1500, height: 700 } });
        await page.goto(url);
        const result = await page.evaluate(
          ([k, n]) =>
            (
              window as unknown as { scorecardBench: { runCase: (k: string, n: number) => Promise<CaseResult> } }
            ).scorecardBench.runCase(k as string, n as number),
          [kind, reps] as const
        );
        results[kind].push(result);
        await page.close();
      }
    }
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const metrics: Array<[keyof CaseResult, string]> = [
    ['mountMs', 'mount (ms)'],
    ['sortMs', 're-sort (ms)'],
    ['scrollFrameMs', 'scrolling 120 px a frame: frame time (ms)'],
    ['scrollRenderMs', 'scrolling 120 px a frame: React render (ms)'],
    ['pageJumpRenderMs', 'page jump: React render (ms)'],
    ['idleFrameMs', 'idle frame, for reference (ms)'],
    ['domNodes', 'DOM elements'],
    ['rowsInDom', 'rows in the DOM'],
  ];
  console.log(`scorecard leaderboard, ${reps} reps, median of ${rounds} rounds (headless Chromium)`);
  console.log(['metric', 'virtualised', 'baseline (all rows)', 'ratio'].join('\t'));
  for (const [key, label] of metrics) {
    const v = median(results.virtualised.map((r) => r[key]));
    const b = median(results.plain.map((r) => r[key]));
    console.log([label, v.toFixed(1), b.toFixed(1), b > 0 ? (v / b).toFixed(3) : '-'].join('\t'));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
