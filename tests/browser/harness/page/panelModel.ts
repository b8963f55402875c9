/*
 * What Grafana's dashboard does to a saved panel once its plugin is loaded, reduced to the steps that
 * decide what the plugin receives (public/app/features/dashboard/state/PanelModel.ts pluginLoaded,
 * getPanelOptionsWithDefaults.ts, and utils/panel.ts applyPanelTimeOverrides in Grafana 12).
 */
import {
  type ConfigOverrideRule,
  dateMath,
  type FieldConfigOptionsRegistry,
  type FieldConfigSource,
  type PanelPlugin,
  rangeUtil,
  type ThresholdsConfig,
  ThresholdsMode,
  type TimeRange,
} from '@grafana/data';
import { isArray, isObject, mergeWith, unset } from 'lodash';

/** A panel of a dashboard's JSON, as far as the harness reads it. */
export interface SavedPanel {
  id?: number;
  type: string;
  title?: string;
  description?: string;
  gridPos?: { x: number; y: number; w: number; h: number };
  datasource?: { type?: string; uid?: string } | null;
  targets?: Array<Record<string, unknown> & { refId?: string; hide?: boolean }>;
  options?: Record<string, unknown>;
  fieldConfig?: FieldConfigSource;
  transformations?: Array<{ id: string; options?: unknown; disabled?: boolean }>;
  pluginVersion?: string;
  timeFrom?: string;
  timeShift?: string;
  hideTimeOverride?: boolean;
  transparent?: boolean;
  maxDataPoints?: number;
  interval?: string;
  collapsed?: boolean;
  panels?: SavedPanel[];
  links?: unknown[];
}

export interface PreparedPanel {
  options: Record<string, unknown>;
  fieldConfig: FieldConfigSource;
}

const keepArrays = (_objValue: unknown, srcValue: unknown) => (isArray(srcValue) ? srcValue : undefined);

function fixThresholds(thresholds: ThresholdsConfig) {
  if (!thresholds.mode) {
    thresholds.mode = ThresholdsMode.Absolute;
  }
  if (!thresholds.steps) {
    thresholds.steps = [];
  } else if (thresholds.steps.length) {
    // JSON saves the base step's -Infinity as null
    thresholds.steps[0].value = -Infinity;
  }
}

/** Drops the saved field config properties the plugin's registry does not know (Grafana's cleanProperties). */
function cleanProperties(obj: Record<string, unknown>, parentPath: string, registry: FieldConfigOptionsRegistry) {
  let found = false;
  for (const name of Object.keys(obj)) {
    const value = obj[name];
    const fullPath = `${parentPath}${name}`;
    if (registry.getIfExists(fullPath)) {
      found = true;
      continue;
    }
    if (isArray(value) || !isObject(value)) {
      unset(obj, name);
    } else if (!cleanProperties(value as Record<string, unknown>, `${fullPath}.`, registry)) {
      unset(obj, name);
    }
  }
  return found;
}

function fieldConfigWithDefaults(saved: FieldConfigSource | undefined, plugin: PanelPlugin): FieldConfigSource {
  const defaults = mergeWith({}, plugin.fieldConfigDefaults.defaults, saved?.defaults ?? {}, keepArrays);
  cleanProperties(defaults as Record<string, unknown>, '', plugin.fieldConfigRegistry);
  if (defaults.thresholds) {
    fixThresholds(defaults.thresholds);
  }
  const overrides: ConfigOverrideRule[] = (saved?.overrides ?? [])
    .map((rule) => ({
      ...rule,
      properties: rule.properties.filter((property) => plugin.fieldConfigRegistry.getIfExists(property.id)),
    }))
    .filter((rule) => rule.properties.length > 0);
  for (const rule of overrides) {
    for (const property of rule.properties) {
      if (property.id === 'thresholds') {
        fixThresholds(property.value as ThresholdsConfig);
      }
    }
  }
  return { defaults, overrides };
}

/**
 * The panel's options and field config as the plugin sees them: its migration handler first, when the
 * saved panel comes from another plugin version or the plugin asks for it, then the builder's defaults.
 */
export async function preparePanel(saved: SavedPanel, plugin: PanelPlugin): Promise<PreparedPanel> {
  const panel = structuredClone({ ...saved, options: saved.options ?? {}, fieldConfig: saved.fieldConfig });
  const version = plugin.meta?.info?.version;
  if (plugin.onPanelMigration && (version !== panel.pluginVersion || plugin.shouldMigrate?.(panel as never))) {
    panel.options = await plugin.onPanelMigration(panel as never);
  }
  return {
    options: mergeWith({}, plugin.defaults, panel.options ?? {}, keepArrays),
    fieldConfig: fieldConfigWithDefaults(panel.fieldConfig, plugin),
  };
}

/** The panel's own relative time and time shift applied to the dashboard's range. */
export function panelTimeRange(
  panel: SavedPanel,
  dashboardRange: TimeRange,
  replace: (text: string) => string
): { timeRange: TimeRange; timeInfo: string } {
  let timeRange = dashboardRange;
  let timeInfo = '';
  if (panel.timeFrom) {
    const info = rangeUtil.describeTextRange(replace(panel.timeFrom));
    if (info.invalid) {
      return { timeRange, timeInfo: 'invalid time override' };
    }
    if (typeof dashboardRange.raw.from === 'string') {
      timeInfo = info.display;
      timeRange = {
        from: dateMath.parse(info.from)!,
        to: dateMath.parse(info.to)!,
        raw: { from: info.from, to: info.to },
      };
    }
  }
  if (panel.timeShift) {
    const shift = replace(panel.timeShift);
    if (rangeUtil.describeTextRange(shift).invalid) {
      return { timeRange, timeInfo: 'invalid timeshift' };
    }
    const from = dateMath.parseDateMath(`-${shift}`, timeRange.from, false)!;
    const to = dateMath.parseDateMath(`-${shift}`, timeRange.to, true)!;
    timeInfo += ` timeshift -${shift}`;
    timeRange = { from, to, raw: { from, to } };
  }
  return { timeRange, timeInfo: panel.hideTimeOverride ? '' : timeInfo };
}
