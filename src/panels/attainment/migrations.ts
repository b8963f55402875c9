import { type PanelMigrationHandler } from '@grafana/data';

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

type Saved = Record<string, unknown>;

/**
 * One step per major version of the options' shape. Step N takes options saved by version N-1 (or
 * by N itself) and returns the shape of version N, normalised; it must give the same result when run
 * again on its own output. A change of shape adds a step at the end; steps are never edited.
 */
export interface MigrationStep {
  version: number;
  migrate: (saved: Saved) => Saved;
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function finite(value: unknown): number | null {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : null;
}

function numberIn(value: unknown, fallback: number, min: number, max = Infinity, integer = false): number {
  const number = finite(value);
  if (number === null) {
    return fallback;
  }
  const bounded = Math.min(max, Math.max(min, number));
  return integer ? Math.round(bounded) : bounded;
}

function bool(value: unknown, fallback: boolean): boolean {
  if (typeof value === 'boolean') {
    return value;
  }
  return value === 'true' ? true : value === 'false' ? false : fallback;
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : fallback;
}

/** Shape 1 (plugin 1.x): fills defaults, drops unknown keys, replaces invalid values. */
export function normaliseV1(saved: Saved): AttainmentOptions {
  const d = defaultOptions;
  const onTrackThreshold = numberIn(saved.onTrackThreshold, d.onTrackThreshold, 0);
  return {
    gaugeStyle: oneOf(GAUGE_STYLES, saved.gaugeStyle, d.gaugeStyle),
    gauges: oneOf(GAUGES_MODES, saved.gauges, d.gauges),
    columns: numberIn(saved.columns, d.columns, 0, 50, true),
    minGaugeHeight: numberIn(saved.minGaugeHeight, d.minGaugeHeight, 0, 4000, true),
    sortBy: oneOf(SORT_BYS, saved.sortBy, d.sortBy),
    sortOrder: oneOf(SORT_ORDERS, saved.sortOrder, d.sortOrder),
    actualField: text(saved.actualField, d.actualField),
    targetSource: oneOf(TARGET_SOURCES, saved.targetSource, d.targetSource),
    targetField: text(saved.targetField, d.targetField),
    fixedTarget: finite(saved.fixedTarget) ?? d.fixedTarget,
    nameField: text(saved.nameField, d.nameField),
    statusSource: oneOf(STATUS_SOURCES, saved.statusSource, d.statusSource),
    statusMeasure: oneOf(STATUS_MEASURES, saved.statusMeasure, d.statusMeasure),
    onTrackThreshold,
    // a cautioned threshold above the on-track one has no meaning: it is capped at it
    cautionedThreshold: Math.min(numberIn(saved.cautionedThreshold, d.cautionedThreshold, 0), onTrackThreshold),
    colorBy: oneOf(COLOR_BYS, saved.colorBy, d.colorBy),
    showName: bool(saved.showName, d.showName),
    showActualTarget: bool(saved.showActualTarget, d.showActualTarget),
    showPaceMarker: bool(saved.showPaceMarker, d.showPaceMarker),
    showProjection: bool(saved.showProjection, d.showProjection),
    showDaysLeft: bool(saved.showDaysLeft, d.showDaysLeft),
    showNeededPerDay: bool(saved.showNeededPerDay, d.showNeededPerDay),
  };
}

export const MIGRATIONS: readonly MigrationStep[] = [{ version: 1, migrate: (saved) => ({ ...normaliseV1(saved) }) }];

/** Major version of the plugin that saved the options; 0 when unknown (saved before versions were kept). */
export function savedMajor(pluginVersion: string | undefined): number {
  const match = /^\s*v?(\d+)/.exec(pluginVersion ?? '');
  return match ? Number(match[1]) : 0;
}

/** Runs the steps from the saved version's own (normalising it) to the latest. */
export function migrateOptions(
  saved: unknown,
  pluginVersion: string | undefined,
  steps: readonly MigrationStep[] = MIGRATIONS
): Saved {
  const latest = steps[steps.length - 1].version;
  const from = Math.min(savedMajor(pluginVersion), latest);
  const start = saved !== null && typeof saved === 'object' && !Array.isArray(saved) ? (saved as Saved) : {};
  return steps.filter((step) => step.version >= from).reduce((options, step) => step.migrate(options), start);
}

/** The panel's migration handler (PanelPlugin.setMigrationHandler). */
export function attainmentMigrationHandler(
  panel: Parameters<PanelMigrationHandler<AttainmentOptions>>[0]
): AttainmentOptions {
  return migrateOptions(panel.options, panel.pluginVersion) as unknown as AttainmentOptions;
}
