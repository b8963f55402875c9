import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { metricsMarkdown } from './docs/metricsDoc';

writeFileSync(join(__dirname, '..', 'docs', 'metrics.md'), metricsMarkdown());
