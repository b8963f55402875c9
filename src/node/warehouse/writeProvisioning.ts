import { mkdirSync, writeFileSync } from 'fs';
import { dirname, resolve } from 'path';

import { provisioningFiles } from './provisioning';

/** Rewrites provisioning/warehouse/*.sql from the contract. */
const root = resolve(__dirname, '..', '..', '..');
for (const file of provisioningFiles()) {
  const target = resolve(root, file.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.content);
  process.stdout.write(`wrote ${file.path}\n`);
}
