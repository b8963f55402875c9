/*
 * Benchmark: does the virtualised leaderboard stay smooth with 2,000 reps? Renders the panel in
 * headless Chromium and, in the same run, a baseline of the same header and row components with
 * every row in the DOM (no react-window), and prints both and their ratio.
 *
 *   npx tsx src/panels/scorecard/bench/run.ts [reps=2000] [rounds=5]
 *
 * Needs Chromium (CHROMIUM_PATH, default /usr/bin/chromium). The bundle is built with esbuild,
 * which comes with tsx.
 */
import { build, type Plugin } from 'esbuild';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { chromium } from 'playwright-core';

import type { CaseResult } from './harness';

const reps = Number(process.argv[2] ?? 2000);
const rounds = Number(process.argv[3] ?? 5);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** React's profiling build: production speed, and <Profiler> reports render times. */
const profilingReactDom: Plugin = {
  name: 'profiling-react-dom',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^react-dom$/ }, () => ({ path: require.resolve('react-dom/profiling') }));
  },
};

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scorecard-bench-'));
  await build({
    entryPoints: [path.join(__dirname, 'harness.tsx')],
    bundle: true,
    outfile: path.join(dir, 'bundle.js'),
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    loader: { '.svg': 'text', '.woff2': 'empty', '.css': 'empty' },
    plugins: [profilingReactDom],
    minify: true,
    logLevel: 'error',
  });
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><body><script src="bundle.js"></script>'
  );

  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  const results: Record<'virtualised' | 'plain', CaseResult[]> = { virtualised: [], plain: [] };
  try {
    for (let round = 0; round < rounds; round++) {
      // Alternate the order so neither case always runs on a warmer browser.
      const order: Array<'virtualised' | 'plain'> = round % 2 ? ['plain', 'virtualised'] : ['virtualised', 'plain'];
      for (const kind of order) {
        const page = await browser.newPage({ viewport: { width: 1500, height: 700 } });
        await page.goto(`file://${path.join(dir, 'index.html')}`);
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
