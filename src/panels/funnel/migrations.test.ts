import { plugin } from './module';
import { funnelMigration, MIGRATION_STEPS, normalizeOptions } from './migrations';
import { DEFAULT_OPTIONS } from './types';

type SavedPanel = Parameters<NonNullable<typeof plugin.onPanelMigration>>[0];

/** A panel as saved in a dashboard: its options may be anything an earlier version (or a person) wrote. */
const saved = (options: unknown, pluginVersion?: string): SavedPanel => ({
  id: 1,
  type: 'seed-salesfunnel-panel',
  options: options as SavedPanel['options'],
  fieldConfig: { defaults: {}, overrides: [] },
  pluginVersion,
});

describe('the migration handler', () => {
  it('is registered on the plugin', () => {
    expect(plugin.onPanelMigration).toBe(funnelMigration.handler);
    expect(plugin.shouldMigrate).toBe(funnelMigration.shouldMigrate);
  });

  it('fills every default for a panel saved without options', async () => {
    expect(await plugin.onPanelMigration!(saved(undefined, '1.0.0'))).toEqual(DEFAULT_OPTIONS);
    expect(await plugin.onPanelMigration!(saved({}))).toEqual(DEFAULT_OPTIONS);
  });

  it('keeps valid 1.x options and drops unknown keys', async () => {
    const options = {
      ...DEFAULT_OPTIONS,
      orientation: 'horizontal',
      shape: 'bar',
      colorBy: 'conversion',
      valueField: 'amount',
      legacyThing: true,
      reduceOptions: { calcs: ['last'] },
    };
    const { legacyThing, reduceOptions, ...expected } = options;
    expect(await plugin.onPanelMigration!(saved(options, '1.4.2'))).toEqual(expected);
  });

  it('coerces invalid values to their defaults and clamps numbers', () => {
    expect(
      normalizeOptions({
        orientation: 'diagonal',
        shape: 3,
        showDropOff: 'yes',
        textScale: 9,
        percentDecimals: '2.6',
        frameShape: null,
        stageField: '  stage  ',
        valueField: { name: 'amount' },
        reducer: 'median',
      })
    ).toEqual({
      ...DEFAULT_OPTIONS,
      textScale: 2,
      percentDecimals: 3,
      stageField: 'stage',
    });
    expect(normalizeOptions({ textScale: 0.1, percentDecimals: -1 })).toMatchObject({
      textScale: 0.5,
      percentDecimals: 0,
    });
    // as in the pack's other panels: switches saved as text, field names saved as numbers (YAML)
    expect(normalizeOptions({ showDropOff: 'false', valueField: 2024 })).toMatchObject({
      showDropOff: false,
      valueField: '2024',
    });
    expect(normalizeOptions('not an object')).toEqual(DEFAULT_OPTIONS);
    expect(normalizeOptions([1, 2])).toEqual(DEFAULT_OPTIONS);
  });

  it('has no upgrade steps yet: version 1.0.0 is the first shape', () => {
    // the runner, the version compare and a future step's effect are tested in ../shared/migrations.test.ts
    expect(MIGRATION_STEPS).toEqual([]);
  });
});
