/**
 * Upgrades options saved by earlier versions of the panel. Each step upgrades options saved before
 * its version; steps run in order, and the result is normalised to the current shape (defaults
 * filled in, unknown keys dropped, invalid values coerced), so hand-written or provisioned JSON
 * cannot break the panel. A change to the options adds a step here.
 */
import type { PanelMigrationHandler } from '@grafana/data';

import {
  ADVANCE_INTERVAL_LIMITS,
  AUTO_ADVANCE_MODES,
  DEFAULT_OPTIONS,
  ROW_SIZES,
  SORT_ORDERS,
  type ScorecardOptions,
} from './types';

type SavedOptions = Record<string, unknown>;

export interface MigrationStep {
  /** Options saved by a panel older than this version go through `migrate`. */
  version: string;
  migrate: (options: SavedOptions) => SavedOptions;
}

export const MIGRATION_STEPS: MigrationStep[] = [
  // 1.0.0 is the first shape: anything older (or unversioned) is read as 1.x and normalised.
  { version: '1.0.0', migrate: (options) => options },
];

export function migrateOptions(
  saved: unknown,
  savedVersion: string | undefined,
  steps: MigrationStep[] = MIGRATION_STEPS
): ScorecardOptions {
  let options: SavedOptions = isRecord(saved) ? { ...saved } : {};
  for (const step of steps) {
    if (isOlder(savedVersion, step.version)) {
      options = step.migrate(options);
    }
  }
  return normalizeOptions(options);
}

export const scorecardMigrationHandler: PanelMigrationHandler<ScorecardOptions> = (panel) =>
  migrateOptions(panel.options, panel.pluginVersion);

/** Grafana asks before loading a panel: migrate whenever the saved options are not already current. */
export function scorecardShouldMigrate(panel: { options?: unknown; pluginVersion?: string }): boolean {
  const migrated = migrateOptions(panel.options, panel.pluginVersion);
  const saved = isRecord(panel.options) ? panel.options : {};
  const keys = new Set([...Object.keys(saved), ...Object.keys(migrated)]);
  return [...keys].some((key) => saved[key] !== migrated[key as keyof ScorecardOptions]);
}

/** The current (1.x) shape: every key present and valid, nothing else. */
export function normalizeOptions(options: SavedOptions): ScorecardOptions {
  const d = DEFAULT_OPTIONS;
  return {
    sortBy: typeof options.sortBy === 'string' && options.sortBy.trim() ? options.sortBy.trim() : d.sortBy,
    sortOrder: oneOf(options.sortOrder, SORT_ORDERS, d.sortOrder),
    showRankChange: toBoolean(options.showRankChange, d.showRankChange),
    showScore: toBoolean(options.showScore, d.showScore),
    showPctOfTarget: toBoolean(options.showPctOfTarget, d.showPctOfTarget),
    showSparklines: toBoolean(options.showSparklines, d.showSparklines),
    highlightTopThree: toBoolean(options.highlightTopThree, d.highlightTopThree),
    rowSize: oneOf(options.rowSize, ROW_SIZES, d.rowSize),
    autoAdvance: oneOf(options.autoAdvance, AUTO_ADVANCE_MODES, d.autoAdvance),
    advanceIntervalSeconds: toBoundedInteger(
      options.advanceIntervalSeconds,
      ADVANCE_INTERVAL_LIMITS,
      d.advanceIntervalSeconds
    ),
    pauseOnHover: toBoolean(options.pauseOnHover, d.pauseOnHover),
  };
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.find((candidate) => candidate === value) ?? fallback;
}

function toBoolean(value: unknown, fallback: boolean): boolean {
  if (typeof value === 'boolean') {
    return value;
  }
  if (value === 'true' || value === 'false') {
    return value === 'true';
  }
  return fallback;
}

function toBoundedInteger(value: unknown, limits: { min: number; max: number }, fallback: number): number {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) {
    return fallback;
  }
  return Math.min(limits.max, Math.max(limits.min, Math.round(number)));
}

/**
 * True when `version` is older than `than`, comparing major.minor.patch numerically; a missing or
 * unreadable version counts as older than everything. (Hand-written rather than semver: semver is
 * only a build-time dependency here, and our own plugin versions are plain x.y.z.)
 */
export function isOlder(version: string | undefined, than: string): boolean {
  const a = versionParts(version);
  const b = versionParts(than);
  if (!a || !b) {
    return !a;
  }
  for (let i = 0; i < 3; i++) {
    if (a[i] !== b[i]) {
      return a[i] < b[i];
    }
  }
  return false;
}

function versionParts(version: string | undefined): number[] | undefined {
  const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version?.trim() ?? '');
  return match ? match.slice(1, 4).map(Number) : undefined;
}

function isRecord(value: unknown): value is SavedOptions {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
