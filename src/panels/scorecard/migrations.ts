import { oneOf, type SavedOptions, toBoolean, toNumber, toText } from '../shared/coerce';
import { type MigrationStep, panelMigration } from '../shared/migrations';
import {
  ADVANCE_INTERVAL_LIMITS,
  AUTO_ADVANCE_MODES,
  DEFAULT_OPTIONS,
  ROW_SIZES,
  SORT_ORDERS,
  type ScorecardOptions,
} from './types';
import { CHINESE_NUMBERS } from '../shared/chineseNumbersOption';

/** Upgrades of options saved by older versions (../shared/migrations.ts). 1.0.0 is the first shape: none yet. */
export const MIGRATION_STEPS: readonly MigrationStep[] = [];

/** The current (1.x) shape: every key present and valid, nothing else. */
export function normalizeOptions(options: SavedOptions): ScorecardOptions {
  const d = DEFAULT_OPTIONS;
  return {
    // an empty sort key sorts by the default
    sortBy: toText(options.sortBy, d.sortBy) || d.sortBy,
    sortOrder: oneOf(options.sortOrder, SORT_ORDERS, d.sortOrder),
    showRankChange: toBoolean(options.showRankChange, d.showRankChange),
    showScore: toBoolean(options.showScore, d.showScore),
    showPctOfTarget: toBoolean(options.showPctOfTarget, d.showPctOfTarget),
    showSparklines: toBoolean(options.showSparklines, d.showSparklines),
    highlightTopThree: toBoolean(options.highlightTopThree, d.highlightTopThree),
    rowSize: oneOf(options.rowSize, ROW_SIZES, d.rowSize),
    autoAdvance: oneOf(options.autoAdvance, AUTO_ADVANCE_MODES, d.autoAdvance),
    advanceIntervalSeconds: toNumber(
      options.advanceIntervalSeconds,
      { ...ADVANCE_INTERVAL_LIMITS, integer: true },
      d.advanceIntervalSeconds
    ),
    pauseOnHover: toBoolean(options.pauseOnHover, d.pauseOnHover),
    chineseNumbers: oneOf(options.chineseNumbers, CHINESE_NUMBERS, d.chineseNumbers),
  };
}

/** The panel's migration handler and shouldMigrate (PanelPlugin.setMigrationHandler). */
export const scorecardMigration = panelMigration(MIGRATION_STEPS, normalizeOptions);
