/**
 * Writes the dashboards' JSON from their TypeScript sources: `npm run dashboards`.
 * `npm run dashboards -- --check` writes nothing and fails when a committed file differs.
 */
import fs from 'fs';
import path from 'path';

import { BUNDLED_DASHBOARDS, dashboardJson } from './catalog';

const folder = path.resolve(__dirname, '..');
const check = process.argv.includes('--check');
const stale: string[] = [];

for (const { file, build } of BUNDLED_DASHBOARDS) {
  const target = path.join(folder, file);
  const text = dashboardJson(build());
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
  if (current === text) {
    continue;
  }
  if (check) {
    stale.push(file);
  } else {
    fs.writeFileSync(target, text);
    console.log(`wrote dashboards/${file}`);
  }
}

if (stale.length) {
  console.error(`Out of date (run npm run dashboards): ${stale.map((file) => `dashboards/${file}`).join(', ')}`);
  process.exitCode = 1;
}
