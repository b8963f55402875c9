/*
 * Saved-options migrations, one scheme for every panel of the pack. A panel lists its steps, each
 * tagged with the plugin version that introduced a new shape of the options, and a normaliser of the
 * current shape. Options saved by an older plugin go through every newer step, in version order; the
 * result is always normalised (defaults filled in, unknown keys dropped, invalid values replaced), so
 * hand-written or provisioned JSON cannot break a panel. A change of shape adds a step; steps are never
 * edited, and each must give the same result when run again on its own output.
 */
import coerce from 'semver/functions/coerce';
import compare from 'semver/functions/compare';
import lt from 'semver/functions/lt';

import { isRecord, type SavedOptions } from './coerce';

export interface MigrationStep {
  /** The plugin version (x.y.z) whose shape this step produces: options saved by an older one go through it. */
  version: string;
  migrate: (options: SavedOptions) => SavedOptions;
}

/** The saved panel Grafana hands a migration handler: only its options and plugin version matter here. */
export interface SavedPanel {
  options?: unknown;
  pluginVersion?: string;
}

/**
 * True when the plugin version that saved a panel is older than `than`. The saved version is read
 * leniently (`v1.4`, `2.0.0-beta` count as 1.4.0 and 2.0.0, as semver's coerce reads them); a missing
 * or unreadable one (an unreplaced `%VERSION%`, a hand-written `latest`) is older than every version.
 */
export function isOlderVersion(saved: string | undefined, than: string): boolean {
  const version = coerce(saved ?? '');
  return version === null || lt(version, than);
}

/** Runs the steps newer than the saved version, oldest first, then normalises to the current shape. */
export function migrateOptions<T>(
  panel: SavedPanel,
  steps: readonly MigrationStep[],
  normalize: (options: SavedOptions) => T
): T {
  const pending = steps
    .filter((step) => isOlderVersion(panel.pluginVersion, step.version))
    .sort((a, b) => compare(a.version, b.version));
  const saved: SavedOptions = isRecord(panel.options) ? { ...panel.options } : {};
  return normalize(pending.reduce((options, step) => step.migrate(options), saved));
}

export interface PanelMigration<T> {
  /** For PanelPlugin.setMigrationHandler's first argument. */
  handler: (panel: SavedPanel) => T;
  /**
   * For its second: Grafana calls the handler only when the saved plugin version differs from the
   * installed one, unless this says the saved options are not in the current shape (as provisioned
   * JSON written by hand may not be).
   */
  shouldMigrate: (panel: SavedPanel) => boolean;
}

/** A panel's migration handler and the check that asks Grafana to run it. */
export function panelMigration<T extends object>(
  steps: readonly MigrationStep[],
  normalize: (options: SavedOptions) => T
): PanelMigration<T> {
  const handler = (panel: SavedPanel) => migrateOptions(panel, steps, normalize);
  return {
    handler,
    shouldMigrate: (panel) => {
      const migrated = new Map(Object.entries(handler(panel)));
      const saved: SavedOptions = isRecord(panel.options) ? panel.options : {};
      const keys = new Set([...Object.keys(saved), ...migrated.keys()]);
      return [...keys].some((key) => saved[key] !== migrated.get(key));
    },
  };
}
