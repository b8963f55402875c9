import { t } from '@grafana/i18n';

import { ERROR_MESSAGES, SalesError } from '../sales/errors';

/**
 * What went wrong, in the user's language: an error of the core's catalog is translated from its key
 * and params (`error.<key>` in the locale files); any other error (the warehouse's own words, errors
 * the data source already translated) is shown as it is.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof SalesError && error.key) {
    return t(`error.${error.key}`, ERROR_MESSAGES[error.key], {
      ...error.params,
      interpolation: { escapeValue: false },
    });
  }
  return error instanceof Error ? error.message : String(error);
}
