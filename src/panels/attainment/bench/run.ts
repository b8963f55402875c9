/*
 * Benchmark: what does drawing n attainment gauges cost, next to Grafana's own BarGauge? Mounts the
 * panel on a 1920x1080 panel in headless Chromium and feeds it new values three times (dashboard
 * refreshes); in the same run, the same number of @grafana/ui BarGauge components in the same grid
 * and with the same values, as the baseline. Prints medians and their ratio.
 *
 *   npm run bench:attainment [-- <gauges, default 30,200> <rounds, default 5>]
 *
 * Needs Chromium (CHROMIUM_PATH, default /usr/bin/chromium). The bundle is built with esbuild,
 * which comes with tsx.
 */
import { build } from 'esbuild';
import fs from 'fs';
import os from 'os';
import path from 'path';

import { launchChromium } from '../../../testing/chromium';
import type { CaseResult } from './harness';

const counts = (process.argv[2] ?? '30,200').split(',').map(Number);
const rounds = Number(process.argv[3] ?? 5);

type Kind = 'attainment' | 'bargauge';

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attainment-bench-'));
  await build({
    entryPoints: [path.join(__dirname, 'harness.tsx')],
    bundle: true,
    outfile: path.join(dir, 'bundle.js'),
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    loader: { '.svg': 'text', '.woff2': 'empty', '.css': 'empty' },
    minify: true,
    logLevel: 'error',
  });
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><body><script src="bundle.js"></script>'
  );

  const browser = await launchChromium();
  const results = new Map<string, CaseResult[]>();
  try {
    for (const count of counts) {
      for (let round = 0; round < rounds; round++) {
        // alternate the order so that neither case always runs on a warmer browser
        const order: Kind[] = round % 2 ? ['bargauge', 'attainment'] : ['attainment', 'bargauge'];
        for (const kind of order) {
          const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
          await page.goto(`file://${path.join(dir, 'index.html')}`);
          const result = await page.evaluate(
            ([k, n]) =>
              (
                window as unknown as { attainmentBench: { runCase: (k: string, n: number) => Promise<CaseResult> } }
              ).attainmentBench.runCase(k as string, n as number),
            [kind, count] as const
          );
          const key = `${kind}:${count}`;
          results.set(key, [...(results.get(key) ?? []), result]);
          await page.close();
        }
      }
    }
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(
    `attainment gauges vs @grafana/ui BarGauge on a 1920x1080 panel, median of ${rounds} rounds (headless Chromium)`
  );
  console.log(['gauges', 'metric', 'attainment', 'BarGauge (baseline)', 'ratio'].join('\t'));
  for (const count of counts) {
    for (const [key, label] of [
      ['mountMs', 'mount (ms)'],
      ['mountReactMs', 'mount: React part (ms)'],
      ['refreshMs', 'refresh with new values (ms)'],
      ['domNodes', 'DOM elements'],
    ] as Array<[keyof CaseResult, string]>) {
      const a = median(results.get(`attainment:${count}`)!.map((r) => r[key]));
      const b = median(results.get(`bargauge:${count}`)!.map((r) => r[key]));
      console.log([count, label, a.toFixed(1), b.toFixed(1), (a / b).toFixed(2)].join('\t'));
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
