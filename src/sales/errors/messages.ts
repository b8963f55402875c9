import { CATALOG_ERRORS } from './catalog';
import { ALERT_ERRORS } from './alerts';
import { CHECK_MESSAGES } from './check';
import { ANALYTICS_ERRORS } from './analytics';
import { QUERY_ERRORS } from './query';
import { WAREHOUSE_ERRORS } from './warehouse';

/**
 * Every message the core's errors carry, by key: English templates with {{name}} placeholders (i18next's
 * syntax). The data source shows them translated as `error.<key>`; `npm run i18n:extract` copies them
 * into its en-US locale.
 */
export const ERROR_MESSAGES = {
  ...CATALOG_ERRORS,
  ...QUERY_ERRORS,
  ...WAREHOUSE_ERRORS,
  ...CHECK_MESSAGES,
  ...ALERT_ERRORS,
  ...ANALYTICS_ERRORS,
} as const;

export type ErrorKey = keyof typeof ERROR_MESSAGES;
