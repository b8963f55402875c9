import { PanelOptionsEditorBuilder } from '@grafana/data';
import { registerGrafanaRegistries } from '../../testing/grafanaRegistries';

registerGrafanaRegistries();

import {
  attainmentMigrationHandler,
  MIGRATIONS,
  type MigrationStep,
  migrateOptions,
  normaliseV1,
  savedMajor,
} from './migrations';
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
    expect(plugin.onPanelMigration).toBe(attainmentMigrationHandler);
  });

  it('fills defaults for options saved empty, or not saved at all', () => {
    expect(attainmentMigrationHandler(panel({}, '1.0.0'))).toEqual(defaultOptions);
    expect(attainmentMigrationHandler(panel(undefined))).toEqual(defaultOptions);
    expect(attainmentMigrationHandler(panel(null, '1.2.0'))).toEqual(defaultOptions);
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
    expect(attainmentMigrationHandler(panel(saved, '1.3.2'))).toEqual(saved);
  });

  it('drops unknown keys', () => {
    const migrated = attainmentMigrationHandler(
      panel({ gaugeStyle: 'arc', legacyMode: true, reduceOptions: {} }, '1.0.0')
    );
    expect(Object.keys(migrated).sort()).toEqual(Object.keys(defaultOptions).sort());
  });

  it('replaces invalid values with defaults and coerces numbers and booleans', () => {
    const migrated = attainmentMigrationHandler(
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
    expect(normaliseV1({ onTrackThreshold: 0.8, cautionedThreshold: 0.95 })).toMatchObject({
      onTrackThreshold: 0.8,
      cautionedThreshold: 0.8,
    });
    expect(normaliseV1({ columns: 2.6 }).columns).toBe(3);
    expect(normaliseV1({ columns: 500 }).columns).toBe(50);
  });

  it('is idempotent', () => {
    const once = migrateOptions({ columns: '7', gaugeStyle: 'x', extra: 1 }, '1.0.0');
    expect(migrateOptions(once, '1.0.0')).toEqual(once);
  });
});

describe('migration steps', () => {
  it('reads the major version that saved the options', () => {
    expect(savedMajor('1.4.2')).toBe(1);
    expect(savedMajor('v2.0.0-beta')).toBe(2);
    expect(savedMajor(undefined)).toBe(0);
    expect(savedMajor('')).toBe(0);
  });

  it('ship as a list whose last step gives the current shape', () => {
    expect(MIGRATIONS.map((step) => step.version)).toEqual([1]);
  });

  it('run from the saved version onwards, so that a future step only adds itself', () => {
    const calls: string[] = [];
    const steps: MigrationStep[] = [
      ...MIGRATIONS.map((step) => ({
        ...step,
        migrate: (saved: Record<string, unknown>) => {
          calls.push(`v${step.version}`);
          return step.migrate(saved);
        },
      })),
      {
        // an imaginary 2.0: renames columns to gridColumns
        version: 2,
        migrate: ({ columns, ...rest }) => {
          calls.push('v2');
          return { ...rest, gridColumns: columns };
        },
      },
    ];
    expect(migrateOptions({ columns: '4' }, '1.0.0', steps)).toMatchObject({ gridColumns: 4 });
    expect(calls).toEqual(['v1', 'v2']);
    calls.length = 0;
    migrateOptions({ gridColumns: 4 }, '2.1.0', steps);
    expect(calls).toEqual(['v2']);
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
