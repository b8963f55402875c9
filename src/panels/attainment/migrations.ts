import { oneOf, type SavedOptions, toBoolean, toNumber, toText } from '../shared/coerce';
import { type MigrationStep, panelMigration } from '../shared/migrations';
import {
  type AttainmentOptions,
  COLOR_BYS,
  defaultOptions,
  GAUGE_STYLES,
  GAUGES_MODES,
  SORT_BYS,
  SORT_ORDERS,
  STATUS_MEASURES,
  STATUS_SOURCES,
  TARGET_SOURCES,
} from './types';
import { CHINESE_NUMBERS } from '../shared/chineseNumbersOption';

/** Upgrades of options saved by older versions (../shared/migrations.ts). 1.0.0 is the first shape: none yet. */
export const MIGRATION_STEPS: readonly MigrationStep[] = [];

/** The current (1.x) shape: fills defaults, drops unknown keys, replaces invalid values. */
export function normalizeOptions(saved: SavedOptions): AttainmentOptions {
  const d = defaultOptions;
  const onTrackThreshold = toNumber(saved.onTrackThreshold, { min: 0 }, d.onTrackThreshold);
  return {
    gaugeStyle: oneOf(saved.gaugeStyle, GAUGE_STYLES, d.gaugeStyle),
    gauges: oneOf(saved.gauges, GAUGES_MODES, d.gauges),
    columns: toNumber(saved.columns, { min: 0, max: 50, integer: true }, d.columns),
    minGaugeHeight: toNumber(saved.minGaugeHeight, { min: 0, max: 4000, integer: true }, d.minGaugeHeight),
    sortBy: oneOf(saved.sortBy, SORT_BYS, d.sortBy),
    sortOrder: oneOf(saved.sortOrder, SORT_ORDERS, d.sortOrder),
    actualField: toText(saved.actualField, d.actualField),
    targetSource: oneOf(saved.targetSource, TARGET_SOURCES, d.targetSource),
    targetField: toText(saved.targetField, d.targetField),
    fixedTarget: toNumber(saved.fixedTarget, {}, d.fixedTarget),
    nameField: toText(saved.nameField, d.nameField),
    statusSource: oneOf(saved.statusSource, STATUS_SOURCES, d.statusSource),
    statusMeasure: oneOf(saved.statusMeasure, STATUS_MEASURES, d.statusMeasure),
    onTrackThreshold,
    // a cautioned threshold above the on-track one has no meaning: it is capped at it
    cautionedThreshold: Math.min(
      toNumber(saved.cautionedThreshold, { min: 0 }, d.cautionedThreshold),
      onTrackThreshold
    ),
    colorBy: oneOf(saved.colorBy, COLOR_BYS, d.colorBy),
    showName: toBoolean(saved.showName, d.showName),
    showActualTarget: toBoolean(saved.showActualTarget, d.showActualTarget),
    showPaceMarker: toBoolean(saved.showPaceMarker, d.showPaceMarker),
    showProjection: toBoolean(saved.showProjection, d.showProjection),
    showDaysLeft: toBoolean(saved.showDaysLeft, d.showDaysLeft),
    showNeededPerDay: toBoolean(saved.showNeededPerDay, d.showNeededPerDay),
    chineseNumbers: oneOf(saved.chineseNumbers, CHINESE_NUMBERS, d.chineseNumbers),
  };
}

/** The panel's migration handler and shouldMigrate (PanelPlugin.setMigrationHandler). */
export const attainmentMigration = panelMigration(MIGRATION_STEPS, normalizeOptions);
