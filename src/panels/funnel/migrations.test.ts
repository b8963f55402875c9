import { plugin } from './module';
import { MIGRATION_STEPS, migrateWith, normalizeOptions, savedVersion } from './migrations';
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
    expect(plugin.onPanelMigration).toBeDefined();
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
        valueField: 42,
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
    expect(normalizeOptions('not an object')).toEqual(DEFAULT_OPTIONS);
    expect(normalizeOptions([1, 2])).toEqual(DEFAULT_OPTIONS);
  });

  it('reads the saved major version, defaulting to 1', () => {
    expect(savedVersion('1.2.3')).toBe(1);
    expect(savedVersion('3.0.0-beta')).toBe(3);
    expect(savedVersion(undefined)).toBe(1);
    expect(savedVersion('')).toBe(1);
    expect(savedVersion('latest')).toBe(1);
  });

  it('has no upgrade steps yet: version 1 is the first shape', () => {
    expect(MIGRATION_STEPS).toEqual([]);
  });

  it('runs the steps from the saved version on, in order, before normalising', () => {
    const steps = [
      // A hypothetical 2.0 renamed `direction` to `orientation`; 3.0 renamed `bars` to `shape`.
      {
        from: 2,
        upgrade: ({ bars, ...rest }: Record<string, unknown>) => ({ ...rest, shape: bars ? 'bar' : 'trapezoid' }),
      },
      { from: 1, upgrade: ({ direction, ...rest }: Record<string, unknown>) => ({ ...rest, orientation: direction }) },
    ];
    expect(migrateWith(steps, { options: { direction: 'horizontal', bars: true }, pluginVersion: '1.0.0' })).toEqual({
      ...DEFAULT_OPTIONS,
      orientation: 'horizontal',
      shape: 'bar',
    });
    // Saved by 2.x: only the second step applies; `direction` is unknown by then and dropped.
    expect(migrateWith(steps, { options: { direction: 'horizontal', bars: true }, pluginVersion: '2.1.0' })).toEqual({
      ...DEFAULT_OPTIONS,
      shape: 'bar',
    });
  });
});
