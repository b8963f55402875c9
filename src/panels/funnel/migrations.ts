import type { PanelMigrationHandler } from '@grafana/data';

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

type RawOptions = Record<string, unknown>;
/** The saved panel Grafana passes to a migration handler. */
type SavedPanel = Parameters<PanelMigrationHandler>[0];

/**
 * Upgrades options saved by plugin major version `from` to the shape of version `from + 1`.
 * Version 1 is the first shape, so there are no steps yet: a change to the options adds one here.
 */
export interface MigrationStep {
  from: number;
  upgrade: (options: RawOptions) => RawOptions;
}

export const MIGRATION_STEPS: MigrationStep[] = [];

/** The major version of the plugin that saved the panel; panels saved without one are version 1. */
export function savedVersion(pluginVersion: string | undefined): number {
  const major = Number.parseInt(pluginVersion ?? '', 10);
  return Number.isFinite(major) && major >= 1 ? major : 1;
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value.trim() : fallback;
}

function numberIn(value: unknown, range: { min: number; max: number }, fallback: number, integer = false): number {
  const parsed = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof parsed !== 'number' || !Number.isFinite(parsed)) {
    return fallback;
  }
  const clamped = Math.min(range.max, Math.max(range.min, parsed));
  return integer ? Math.round(clamped) : clamped;
}

/**
 * The current shape from whatever was saved: every option present, unknown keys dropped, invalid
 * values (an unknown orientation, a text where a switch belongs …) replaced by their defaults,
 * numbers clamped to their range.
 */
export function normalizeOptions(saved: unknown): FunnelOptions {
  const raw: RawOptions = saved !== null && typeof saved === 'object' ? (saved as RawOptions) : {};
  const d = DEFAULT_OPTIONS;
  return {
    orientation: oneOf(ORIENTATIONS, raw.orientation, d.orientation),
    shape: oneOf(SHAPES, raw.shape, d.shape),
    scale: oneOf(SCALES, raw.scale, d.scale),
    textScale: numberIn(raw.textScale, TEXT_SCALE_RANGE, d.textScale),
    showConversionFromPrevious: bool(raw.showConversionFromPrevious, d.showConversionFromPrevious),
    showConversionFromFirst: bool(raw.showConversionFromFirst, d.showConversionFromFirst),
    showDropOff: bool(raw.showDropOff, d.showDropOff),
    percentDecimals: numberIn(raw.percentDecimals, PERCENT_DECIMALS_RANGE, d.percentDecimals, true),
    colorBy: oneOf(COLOR_MODES, raw.colorBy, d.colorBy),
    frameShape: oneOf(FRAME_SHAPES, raw.frameShape, d.frameShape),
    stageField: text(raw.stageField, d.stageField),
    valueField: text(raw.valueField, d.valueField),
    grouping: oneOf(GROUPINGS, raw.grouping, d.grouping),
    groupField: text(raw.groupField, d.groupField),
    reducer: oneOf(REDUCERS, raw.reducer, d.reducer),
    showComparison: bool(raw.showComparison, d.showComparison),
    comparisonField: text(raw.comparisonField, d.comparisonField),
    comparisonQuery: text(raw.comparisonQuery, d.comparisonQuery),
  };
}

/** Applies the steps from the saved version on, then normalises: exported with the steps as a parameter for tests. */
export function migrateWith(steps: MigrationStep[], panel: Pick<SavedPanel, 'options' | 'pluginVersion'>) {
  const from = savedVersion(panel.pluginVersion);
  let options: RawOptions = panel.options !== null && typeof panel.options === 'object' ? { ...panel.options } : {};
  for (const step of [...steps].sort((a, b) => a.from - b.from)) {
    if (step.from >= from) {
      options = step.upgrade(options);
    }
  }
  return normalizeOptions(options);
}

/** The panel's migration handler (Grafana calls it when the saved plugin version differs from this one). */
export function migrateFunnelOptions(panel: SavedPanel): FunnelOptions {
  return migrateWith(MIGRATION_STEPS, panel);
}
