import { t } from '@grafana/i18n';

import { ERROR_MESSAGES, type Phrase, SalesError, textOf } from '../sales';

/**
 * What went wrong, in the user's language: an error of the core's catalog is translated from its key
 * and params (`error.<key>` in the locale files); any other error (the warehouse's own words, errors
 * the data source already translated) is shown as it is.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof SalesError && error.key) {
    return phraseMessage({ key: error.key, params: error.params });
  }
  return error instanceof Error ? error.message : String(error);
}

/** A catalogued message or phrase of the core, in the user's language. */
export function phraseMessage({ key, params }: Phrase): string {
  const values = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, textOf(value, phraseMessage)])
  );
  return t(`error.${key}`, ERROR_MESSAGES[key], { ...values, interpolation: { escapeValue: false } });
}
