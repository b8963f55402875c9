import { t } from '@grafana/i18n';

import { freshRollups } from '../../sales';
import { errorMessage } from '../errorMessage';
import type { RollupLookup } from './RollupStateCache';

const noEscape = { interpolation: { escapeValue: false } };

/** What "Save & test" found of the rollups: one sentence for the message, and whether queries read them. */
export interface RollupHealth {
  read: boolean;
  message: string;
  /** the warehouse's own words when the freshness table could not be read */
  detail?: string;
}

/**
 * The rollups of the settings as "Save & test" words them: when they were built and which days they
 * hold, or why queries do not read them (no freshness table, built from another schema, too old).
 */
export function rollupHealth(
  lookup: RollupLookup,
  settings: { schema: string; maxAgeMs: number; sourceSchema: string },
  now: number
): RollupHealth {
  const { schema } = settings;
  if (lookup.error !== undefined) {
    return {
      read: false,
      message: t(
        'health.rollups-missing',
        'Rollups: schema "{{schema}}" has no rollup freshness table (they were never built there, or are being rebuilt), so queries read the fact tables: run `salesperf rollup` to build them.',
        { schema, ...noEscape }
      ),
      detail: errorMessage(lookup.error),
    };
  }
  const { state } = lookup;
  if (!state) {
    return {
      read: false,
      message: t(
        'health.rollups-empty',
        'Rollups: the freshness table of schema "{{schema}}" records no complete build, so queries read the fact tables: run `salesperf rollup` again.',
        { schema, ...noEscape }
      ),
    };
  }
  const builtAt = new Date(state.builtAt).toISOString();
  if (state.sourceSchema !== settings.sourceSchema) {
    return {
      read: false,
      message: t(
        'health.rollups-other-schema',
        'Rollups in "{{schema}}" were built from schema "{{source}}", not "{{expected}}", so they are not read: run `salesperf rollup` for schema "{{expected}}".',
        { schema, source: state.sourceSchema, expected: settings.sourceSchema, ...noEscape }
      ),
    };
  }
  if (!freshRollups(state, now, settings.maxAgeMs)) {
    return {
      read: false,
      message: t(
        'health.rollups-stale',
        'Rollups in "{{schema}}" were built {{builtAt}}, more than the maximum age of {{hours}} hours ago, so they are not read and queries read the fact tables: run `salesperf rollup` again, or raise the maximum age.',
        { schema, builtAt, hours: settings.maxAgeMs / 3_600_000, ...noEscape }
      ),
    };
  }
  return {
    read: true,
    message: t(
      'health.rollups-fresh',
      'Rollups in "{{schema}}": built {{builtAt}}, hold the days before {{date}} in {{zone}} ({{count}} tables).',
      { schema, builtAt, date: state.coveredUntil, zone: state.timeZone, count: state.tables.length, ...noEscape }
    ),
  };
}
