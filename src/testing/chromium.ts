/*
 * Chromium for the tests and benchmarks that look at panels in a real browser: where to find it, the
 * flags this kind of machine needs, a jest suite that runs only where it is found, and a one-shot page
 * run through `chromium --headless --dump-dom` (for jest's jsdom tests, where playwright-core does not
 * load).
 */
import { execFile } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Browser } from 'playwright-core';
import { promisify } from 'util';

/** The flags this machine's Chromium needs: no sandbox as root, no GPU, and no calls home. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium to drive: CHROMIUM_PATH, else the system's; undefined when there is none. */
export function findChromium(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
    (candidate): candidate is string => Boolean(candidate && fs.existsSync(candidate))
  );
}

const NO_CHROMIUM = 'no Chromium (install Debian’s chromium package or set CHROMIUM_PATH)';

/** Chromium driven by playwright-core (loaded on demand: it does not load in jest's jsdom environment). */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(NO_CHROMIUM);
  }
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/**
 * `describe` where Chromium is found; elsewhere a skipped suite named after the reason, or, when
 * SALESPERF_REQUIRE_BROWSER is set (as CI sets it), a failing test saying Chromium is missing.
 */
export function describeInChromium(name: string, body: () => void): void {
  if (findChromium()) {
    describe(name, body);
  } else if (process.env.SALESPERF_REQUIRE_BROWSER) {
    describe(name, () => {
      it('runs in Chromium (SALESPERF_REQUIRE_BROWSER is set)', () => {
        throw new Error(`${name} cannot run: ${NO_CHROMIUM}`);
      });
    });
  } else {
    console.warn(`${name}: not run: ${NO_CHROMIUM}`);
    describe.skip(`${name} (not run: ${NO_CHROMIUM})`, body);
  }
}

const unescapeHtml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * Loads `html` in headless Chromium, runs `script` (the source of an expression) once the page is laid
 * out, and resolves to the JSON value it evaluates to: the script's result is written into the page,
 * which `--dump-dom` prints.
 */
export async function evaluateInChromium<T>(
  html: string,
  script: string,
  { width = 1280, height = 800, timeoutMs = 120_000 }: { width?: number; height?: number; timeoutMs?: number } = {}
): Promise<T> {
  const chromium = findChromium();
  if (!chromium) {
    throw new Error(NO_CHROMIUM);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'salesperf-chromium-'));
  try {
    const file = path.join(dir, 'page.html');
    const runner = `<script>
      const out = document.createElement('pre');
      out.id = 'salesperf-result';
      out.textContent = JSON.stringify((${script}));
      document.body.appendChild(out);
    </script>`;
    fs.writeFileSync(file, html.includes('</body>') ? html.replace('</body>', `${runner}</body>`) : html + runner);
    const { stdout } = await promisify(execFile)(
      chromium,
      [...CHROMIUM_ARGS, `--window-size=${width},${height}`, '--dump-dom', `file://${file}`],
      { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }
    );
    const match = /<pre id="salesperf-result">([\s\S]*?)<\/pre>/.exec(stdout);
    if (!match) {
      throw new Error(`Chromium printed no result: ${stdout.slice(0, 500)}`);
    }
    return JSON.parse(unescapeHtml(match[1])) as T;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
