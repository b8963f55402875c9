/**
 * The core's error catalog as locale messages: its errors are translated by the data source, which
 * shows every one as `error.<key>` (src/datasource/errorMessage.ts), so its locale files hold them all.
 */
import path from 'path';

import { ERROR_MESSAGES } from '../src/sales';

/** The plugin whose locale files translate the core's errors. */
export const ERROR_MESSAGES_PLUGIN = 'seed-salesperf-datasource';

export function errorMessages(srcDir: string): Array<{ key: string; english: string; file: string }> {
  const file = path.join(srcDir, 'sales', 'errors');
  return Object.entries(ERROR_MESSAGES).map(([key, english]) => ({ key: `error.${key}`, english, file }));
}
