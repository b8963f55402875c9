import { t } from '@grafana/i18n';

import {
  checkTimeZone,
  DEFAULT_CURRENCY_UNIT,
  DEFAULT_PACE_THRESHOLDS,
  DEFAULT_ROLLUP_MAX_AGE_HOURS,
  DEFAULT_SCHEMA,
  DEFAULT_WAREHOUSE_TIME_ZONE,
  isAmountUnit,
  type PacingOptions,
  SalesError,
  TABLE_IDS,
  type TableId,
  type WarehouseLocation,
} from '../sales';
import type { SalesDataSourceOptions } from './types';

/** The settings of the data source (jsonData) checked, with every default filled in. */
export interface EngineSettings {
  location: WarehouseLocation;
  /** the zone of timestamps stored without one */
  warehouseTimeZone: string;
  fiscalYearStartMonth: number;
  display: { currencyUnit: string };
  pacing: Required<PacingOptions> & { thresholds: { onTrack: number; cautioned: number } };
  /** how long a result of closed periods is kept; 0: none is */
  closedPeriodCacheMs: number;
  /** the schema of the rollups read (absent: none are) and how old they may be */
  rollups?: { schema: string; maxAgeMs: number };
}

export const DEFAULT_WORKING_WEEKDAYS = [1, 2, 3, 4, 5];
export const DEFAULT_FISCAL_START = 1;
export const DEFAULT_CLOSED_PERIOD_CACHE_MINUTES = 60;
/** a day: results are kept per day anyway */
export const MAX_CLOSED_PERIOD_CACHE_MINUTES = 1440;

export type SettingsField =
  | 'warehouseUid'
  | 'schema'
  | `tables.${TableId}`
  | 'cluster'
  | 'currencyUnit'
  | 'fiscalYearStartMonth'
  | 'warehouseTimeZone'
  | 'closedPeriodCacheMinutes'
  | 'rollupSchema'
  | 'rollupMaxAgeHours'
  | 'workingWeekdays'
  | 'thresholds.onTrack'
  | 'thresholds.cautioned';

export type SettingsProblems = Partial<Record<SettingsField, string>>;

// the engine's identifier rule (sql/literals.ts checkIdentifier), checked here to word the message for the form
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

const noEscape = { interpolation: { escapeValue: false } };

function identifierProblem(name: string): string {
  return t(
    'datasource.settings.identifier',
    '"{{name}}" is not a valid name: use letters, digits and underscores, starting with a letter or an underscore (at most 63 characters).',
    { name, ...noEscape }
  );
}

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Every problem of the settings, by field; an empty object when they are usable. */
export function settingsProblems(options: SalesDataSourceOptions): SettingsProblems {
  const problems: SettingsProblems = {};
  if (!options.warehouseUid) {
    problems.warehouseUid = t(
      'datasource.settings.warehouse-missing',
      'Choose the SQL data source that reads the warehouse (PostgreSQL, MySQL, ClickHouse or DuckDB).'
    );
  }
  if (options.schema && !IDENTIFIER.test(options.schema)) {
    problems.schema = identifierProblem(options.schema);
  }
  for (const [table, name] of Object.entries(options.tables ?? {})) {
    if (!(TABLE_IDS as readonly string[]).includes(table)) {
      continue;
    }
    if (name && !IDENTIFIER.test(name)) {
      problems[`tables.${table as TableId}`] = identifierProblem(name);
    }
  }
  if (options.cluster && !IDENTIFIER.test(options.cluster)) {
    problems.cluster = identifierProblem(options.cluster);
  }
  if (options.currencyUnit !== undefined && options.currencyUnit !== '' && !isAmountUnit(options.currencyUnit)) {
    problems.currencyUnit = t(
      'datasource.settings.currency',
      '"{{unit}}" is not a currency unit: choose one from the list, such as currencyUSD, currencyEUR, currency:¥ (Chinese yuan) or suffix:万元 (ten thousand yuan).',
      { unit: options.currencyUnit, ...noEscape }
    );
  }
  const month = options.fiscalYearStartMonth;
  if (month !== undefined && !(Number.isInteger(month) && month >= 1 && month <= 12)) {
    problems.fiscalYearStartMonth = t(
      'datasource.settings.fiscal-month',
      'The fiscal year must start in a month from 1 (January) to 12 (December).'
    );
  }
  if (options.warehouseTimeZone) {
    try {
      checkTimeZone(options.warehouseTimeZone);
    } catch {
      problems.warehouseTimeZone = t(
        'datasource.settings.warehouse-time-zone',
        '"{{zone}}" is not an IANA time zone: use a name such as UTC, Europe/Berlin or America/New_York.',
        { zone: options.warehouseTimeZone, ...noEscape }
      );
    }
  }
  const minutes = options.closedPeriodCacheMinutes;
  if (
    minutes !== undefined &&
    !(Number.isInteger(minutes) && minutes >= 0 && minutes <= MAX_CLOSED_PERIOD_CACHE_MINUTES)
  ) {
    problems.closedPeriodCacheMinutes = t(
      'datasource.settings.closed-period-cache',
      'Keep results of closed periods for a whole number of minutes from 0 (keep none) to {{max}} (a day), not "{{value}}".',
      { max: MAX_CLOSED_PERIOD_CACHE_MINUTES, value: String(minutes), ...noEscape }
    );
  }
  if (options.rollupSchema && !IDENTIFIER.test(options.rollupSchema)) {
    problems.rollupSchema = identifierProblem(options.rollupSchema);
  } else if (options.rollupSchema && options.cluster) {
    problems.rollupSchema = t(
      'datasource.settings.rollup-cluster',
      'Rollups are built on one server only: leave the rollup schema empty when a ClickHouse cluster is named.'
    );
  }
  const maxAge = options.rollupMaxAgeHours;
  if (maxAge !== undefined && !(isFiniteNumber(maxAge) && maxAge > 0)) {
    problems.rollupMaxAgeHours = t(
      'datasource.settings.rollup-max-age',
      'The maximum age of rollups must be a number of hours above 0, not "{{value}}".',
      { value: String(maxAge), ...noEscape }
    );
  }
  const weekdays = options.workingWeekdays;
  if (weekdays !== undefined) {
    if (weekdays.length === 0) {
      problems.workingWeekdays = t('datasource.settings.weekdays-empty', 'Choose at least one working day.');
    } else if (weekdays.some((day) => !Number.isInteger(day) || day < 1 || day > 7)) {
      problems.workingWeekdays = t(
        'datasource.settings.weekdays-invalid',
        'Working days are weekdays from 1 (Monday) to 7 (Sunday).'
      );
    }
  }
  const onTrack = options.thresholds?.onTrack ?? DEFAULT_PACE_THRESHOLDS.onTrack;
  const cautioned = options.thresholds?.cautioned ?? DEFAULT_PACE_THRESHOLDS.cautioned;
  if (!isFiniteNumber(onTrack) || onTrack <= 0) {
    problems['thresholds.onTrack'] = t(
      'datasource.settings.on-track',
      'The on-track threshold must be a pace above 0 %.'
    );
  } else if (!isFiniteNumber(cautioned) || cautioned < 0 || cautioned > onTrack) {
    problems['thresholds.cautioned'] = t(
      'datasource.settings.cautioned',
      'The cautioned threshold must be between 0 % and the on-track threshold ({{onTrack}} %).',
      { onTrack: Math.round(onTrack * 1000) / 10 }
    );
  }
  return problems;
}

/** The settings as the engine takes them; a SalesError naming the first problem when they are not usable. */
export function engineSettings(options: SalesDataSourceOptions): EngineSettings {
  const { warehouseUid: _uid, ...rest } = settingsProblems(options);
  const problem = Object.values(rest)[0];
  if (problem) {
    throw new SalesError(
      t('datasource.settings.invalid', 'The data source settings need fixing: {{problem}}', { problem, ...noEscape }),
      'invalid_config'
    );
  }
  const tables = Object.fromEntries(
    Object.entries(options.tables ?? {}).filter(
      ([table, name]) => (TABLE_IDS as readonly string[]).includes(table) && name
    )
  ) as Partial<Record<TableId, string>>;
  return {
    location: {
      schema: options.schema || DEFAULT_SCHEMA,
      tables,
      ...(options.cluster ? { cluster: options.cluster, clusterJoins: options.clusterJoins ?? 'local' } : {}),
    },
    warehouseTimeZone: options.warehouseTimeZone
      ? checkTimeZone(options.warehouseTimeZone)
      : DEFAULT_WAREHOUSE_TIME_ZONE,
    fiscalYearStartMonth: options.fiscalYearStartMonth ?? DEFAULT_FISCAL_START,
    display: { currencyUnit: options.currencyUnit || DEFAULT_CURRENCY_UNIT },
    closedPeriodCacheMs: (options.closedPeriodCacheMinutes ?? DEFAULT_CLOSED_PERIOD_CACHE_MINUTES) * 60_000,
    ...(options.rollupSchema
      ? {
          rollups: {
            schema: options.rollupSchema,
            maxAgeMs: (options.rollupMaxAgeHours ?? DEFAULT_ROLLUP_MAX_AGE_HOURS) * 3_600_000,
          },
        }
      : {}),
    pacing: {
      workingWeekdays: options.workingWeekdays ?? DEFAULT_WORKING_WEEKDAYS,
      thresholds: {
        onTrack: options.thresholds?.onTrack ?? DEFAULT_PACE_THRESHOLDS.onTrack,
        cautioned: options.thresholds?.cautioned ?? DEFAULT_PACE_THRESHOLDS.cautioned,
      },
    },
  };
}
