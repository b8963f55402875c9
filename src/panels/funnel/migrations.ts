import { isRecord, oneOf, toBoolean, toNumber, toText } from '../shared/coerce';
import { type MigrationStep, panelMigration } from '../shared/migrations';
import {
  COLOR_MODES,
  DEFAULT_OPTIONS,
  FRAME_SHAPES,
  type FunnelOptions,
  GROUPINGS,
  ORIENTATIONS,
  PERCENT_DECIMALS_RANGE,
  REDUCERS,
  SCALES,
  SHAPES,
  TEXT_SCALE_RANGE,
} from './types';
import { CHINESE_NUMBERS } from '../shared/chineseNumbersOption';

/** Upgrades of options saved by older versions (../shared/migrations.ts). 1.0.0 is the first shape: none yet. */
export const MIGRATION_STEPS: readonly MigrationStep[] = [];

/**
 * The current shape from whatever was saved: every option present, unknown keys dropped, invalid
 * values (an unknown orientation, a text where a switch belongs …) replaced by their defaults,
 * numbers clamped to their range.
 */
export function normalizeOptions(saved: unknown): FunnelOptions {
  const raw = isRecord(saved) ? saved : {};
  const d = DEFAULT_OPTIONS;
  return {
    orientation: oneOf(raw.orientation, ORIENTATIONS, d.orientation),
    shape: oneOf(raw.shape, SHAPES, d.shape),
    scale: oneOf(raw.scale, SCALES, d.scale),
    textScale: toNumber(raw.textScale, TEXT_SCALE_RANGE, d.textScale),
    showConversionFromPrevious: toBoolean(raw.showConversionFromPrevious, d.showConversionFromPrevious),
    showConversionFromFirst: toBoolean(raw.showConversionFromFirst, d.showConversionFromFirst),
    showDropOff: toBoolean(raw.showDropOff, d.showDropOff),
    percentDecimals: toNumber(raw.percentDecimals, { ...PERCENT_DECIMALS_RANGE, integer: true }, d.percentDecimals),
    colorBy: oneOf(raw.colorBy, COLOR_MODES, d.colorBy),
    frameShape: oneOf(raw.frameShape, FRAME_SHAPES, d.frameShape),
    stageField: toText(raw.stageField, d.stageField),
    valueField: toText(raw.valueField, d.valueField),
    grouping: oneOf(raw.grouping, GROUPINGS, d.grouping),
    groupField: toText(raw.groupField, d.groupField),
    reducer: oneOf(raw.reducer, REDUCERS, d.reducer),
    showComparison: toBoolean(raw.showComparison, d.showComparison),
    comparisonField: toText(raw.comparisonField, d.comparisonField),
    comparisonQuery: toText(raw.comparisonQuery, d.comparisonQuery),
    chineseNumbers: oneOf(raw.chineseNumbers, CHINESE_NUMBERS, d.chineseNumbers),
  };
}

/** The panel's migration handler and shouldMigrate (PanelPlugin.setMigrationHandler). */
export const funnelMigration = panelMigration(MIGRATION_STEPS, normalizeOptions);
