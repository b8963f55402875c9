import { PanelOptionsEditorBuilder } from '@grafana/data';
import { registerGrafanaRegistries } from '../../testing/grafanaRegistries';

registerGrafanaRegistries();

import { attainmentMigration, MIGRATION_STEPS, normalizeOptions } from './migrations';
import { plugin } from './module';
import { buildOptions } from './options';
import { type AttainmentOptions, defaultOptions } from './types';

const panel = (options: unknown, pluginVersion?: string) => ({
  id: 1,
  type: 'seed-attainment-panel',
  options: options as AttainmentOptions,
  fieldConfig: { defaults: {}, overrides: [] },
  pluginVersion,
});

describe('migration handler', () => {
  it('is the one the plugin registers', () => {
    expect(plugin.onPanelMigration).toBe(attainmentMigration.handler);
    expect(plugin.shouldMigrate).toBe(attainmentMigration.shouldMigrate);
  });

  it('fills defaults for options saved empty, or not saved at all', () => {
    expect(attainmentMigration.handler(panel({}, '1.0.0'))).toEqual(defaultOptions);
    expect(attainmentMigration.handler(panel(undefined))).toEqual(defaultOptions);
    expect(attainmentMigration.handler(panel(null, '1.2.0'))).toEqual(defaultOptions);
  });

  it('keeps valid 1.x options as they are', () => {
    const saved: AttainmentOptions = {
      ...defaultOptions,
      gaugeStyle: 'bullet',
      gauges: 'total',
      columns: 4,
      sortBy: 'status',
      sortOrder: 'desc',
      actualField: 'won',
      targetSource: 'fixed',
      fixedTarget: 250000,
      statusSource: 'thresholds',
      statusMeasure: 'attainment',
      onTrackThreshold: 1.05,
      cautionedThreshold: 0.8,
      colorBy: 'thresholds',
      showDaysLeft: false,
    };
    expect(attainmentMigration.handler(panel(saved, '1.3.2'))).toEqual(saved);
  });

  it('drops unknown keys', () => {
    const migrated = attainmentMigration.handler(
      panel({ gaugeStyle: 'arc', legacyMode: true, reduceOptions: {} }, '1.0.0')
    );
    expect(Object.keys(migrated).sort()).toEqual(Object.keys(defaultOptions).sort());
  });

  it('replaces invalid values with defaults and coerces numbers and booleans', () => {
    const migrated = attainmentMigration.handler(
      panel(
        {
          gaugeStyle: 'donut',
          gauges: 3,
          columns: '3',
          minGaugeHeight: -20,
          sortBy: null,
          actualField: 42,
          fixedTarget: 'abc',
          onTrackThreshold: '1.1',
          cautionedThreshold: Number.NaN,
          showName: 'false',
          showPaceMarker: 'yes',
          colorBy: 'rainbow',
        },
        '1.0.0'
      )
    );
    expect(migrated).toMatchObject({
      gaugeStyle: 'arc',
      gauges: 'rows',
      columns: 3,
      minGaugeHeight: 0,
      sortBy: 'data',
      actualField: '42',
      fixedTarget: 0,
      onTrackThreshold: 1.1,
      cautionedThreshold: 0.9,
      showName: false,
      showPaceMarker: true,
      colorBy: 'status',
    });
  });

  it('caps a cautioned threshold above the on-track one, and fractional or huge column counts', () => {
    expect(normalizeOptions({ onTrackThreshold: 0.8, cautionedThreshold: 0.95 })).toMatchObject({
      onTrackThreshold: 0.8,
      cautionedThreshold: 0.8,
    });
    expect(normalizeOptions({ columns: 2.6 }).columns).toBe(3);
    expect(normalizeOptions({ columns: 500 }).columns).toBe(50);
  });

  it('is idempotent', () => {
    const once = attainmentMigration.handler(panel({ columns: '7', gaugeStyle: 'x', extra: 1 }, '1.0.0'));
    expect(attainmentMigration.handler(panel(once, '1.0.0'))).toEqual(once);
    expect(attainmentMigration.shouldMigrate(panel(once, '1.0.0'))).toBe(false);
  });
});

describe('migration steps', () => {
  // the runner, the version compare and a future step's effect are tested in ../shared/migrations.test.ts
  it('are none yet: 1.0.0 is the first shape', () => {
    expect(MIGRATION_STEPS).toEqual([]);
  });
});

describe('options builder', () => {
  const builder = new PanelOptionsEditorBuilder<AttainmentOptions>();
  buildOptions(builder);
  const items = builder.getItems();

  it('declares every option, with its default', () => {
    const defaults = Object.fromEntries(items.map((item) => [item.path, item.defaultValue]));
    expect(defaults).toEqual(defaultOptions);
  });

  it('groups the options in categories', () => {
    const categories = [...new Set(items.map((item) => item.category?.[0]))];
    expect(categories).toEqual(['Gauge', 'Data', 'Status', 'Labels']);
  });

  it('shows the target options that apply', () => {
    const fixed = items.find((item) => item.path === 'fixedTarget')!;
    const field = items.find((item) => item.path === 'targetField')!;
    expect(fixed.showIf!({ ...defaultOptions, targetSource: 'fixed' })).toBe(true);
    expect(fixed.showIf!(defaultOptions)).toBe(false);
    expect(field.showIf!(defaultOptions)).toBe(true);
  });

  it('the panel uses percentage thresholds of the target by default, and no min/max', () => {
    const registry = plugin.fieldConfigRegistry;
    expect(registry.getIfExists('min')).toBeUndefined();
    expect(registry.getIfExists('thresholds')?.defaultValue).toMatchObject({
      mode: 'percentage',
      steps: [{ color: 'red' }, { value: 90, color: 'orange' }, { value: 100, color: 'green' }],
    });
  });
});
