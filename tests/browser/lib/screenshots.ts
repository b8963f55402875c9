/* Where the browser tests leave their screenshots: SALESPERF_SCREENSHOTS, else a folder of the system's temp. */
import fs from 'fs';
import os from 'os';
import path from 'path';

export const SCREENSHOT_DIR = path.resolve(
  process.env.SALESPERF_SCREENSHOTS ?? path.join(os.tmpdir(), 'salesperf-browser-screenshots')
);

export function screenshotPath(name: string): string {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return path.join(SCREENSHOT_DIR, `${name}.png`);
}
