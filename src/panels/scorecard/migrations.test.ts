import { plugin } from './module';
import { MIGRATION_STEPS, scorecardMigration } from './migrations';
import { DEFAULT_OPTIONS, type ScorecardOptions } from './types';

const full: ScorecardOptions = {
  sortBy: 'value:bookings',
  sortOrder: 'desc',
  showRankChange: false,
  showScore: false,
  showPctOfTarget: false,
  showSparklines: false,
  highlightTopThree: false,
  rowSize: 'wall',
  autoAdvance: 'page',
  advanceIntervalSeconds: 30,
  pauseOnHover: false,
  chineseNumbers: 'on',
};

/** The options Grafana would hand the migration handler, saved by `pluginVersion`. */
const migrateOptions = (options: unknown, pluginVersion: string | undefined) =>
  scorecardMigration.handler({ options, pluginVersion });

describe('migrateOptions', () => {
  it('fills every default for a panel saved without options', () => {
    expect(migrateOptions(undefined, undefined)).toEqual(DEFAULT_OPTIONS);
    expect(migrateOptions({}, '1.0.0')).toEqual(DEFAULT_OPTIONS);
    expect(migrateOptions(null, '1.0.0')).toEqual(DEFAULT_OPTIONS);
    expect(migrateOptions(['not', 'an', 'object'], '1.0.0')).toEqual(DEFAULT_OPTIONS);
  });

  it('keeps valid 1.x options as they are', () => {
    expect(migrateOptions(full, '1.0.0')).toEqual(full);
    expect(migrateOptions(full, '1.4.2')).toEqual(full);
  });

  it('fills the keys a saved panel lacks', () => {
    expect(migrateOptions({ rowSize: 'large', autoAdvance: 'scroll' }, '1.0.0')).toEqual({
      ...DEFAULT_OPTIONS,
      rowSize: 'large',
      autoAdvance: 'scroll',
    });
  });

  it('drops keys the panel does not know', () => {
    const migrated = migrateOptions({ ...full, legacyColour: 'red', reduceOptions: { calcs: [] } }, '1.0.0');
    expect(migrated).toEqual(full);
    expect(Object.keys(migrated).sort()).toEqual(Object.keys(DEFAULT_OPTIONS).sort());
  });

  it('coerces invalid values: unknown choices to the default, numbers into range, text booleans and numbers', () => {
    expect(
      migrateOptions(
        {
          sortBy: '   ',
          sortOrder: 'sideways',
          showRankChange: 'false',
          showScore: 'yes',
          showPctOfTarget: 0,
          highlightTopThree: 'true',
          rowSize: 'huge',
          autoAdvance: true,
          advanceIntervalSeconds: '20',
          pauseOnHover: null,
        },
        '1.0.0'
      )
    ).toEqual({
      ...DEFAULT_OPTIONS,
      showRankChange: false,
      highlightTopThree: true,
      advanceIntervalSeconds: 20,
    });
    expect(migrateOptions({ advanceIntervalSeconds: 1 }, '1.0.0').advanceIntervalSeconds).toBe(3);
    expect(migrateOptions({ advanceIntervalSeconds: 100000 }, '1.0.0').advanceIntervalSeconds).toBe(600);
    expect(migrateOptions({ advanceIntervalSeconds: 12.6 }, '1.0.0').advanceIntervalSeconds).toBe(13);
    expect(migrateOptions({ advanceIntervalSeconds: 'soon' }, '1.0.0').advanceIntervalSeconds).toBe(15);
    expect(migrateOptions({ advanceIntervalSeconds: Number.NaN }, '1.0.0').advanceIntervalSeconds).toBe(15);
    expect(migrateOptions({ sortBy: ' pct:bookings ' }, '1.0.0').sortBy).toBe('pct:bookings');
  });

  it('has no upgrade steps yet: version 1.0.0 is the first shape', () => {
    // the runner, the version compare and a future step's effect are tested in ../shared/migrations.test.ts
    expect(MIGRATION_STEPS).toEqual([]);
  });
});

describe('the handler Grafana calls', () => {
  const panel = (options: unknown, pluginVersion?: string) => ({
    id: 1,
    type: 'seed-repscorecard-panel',
    options: options as ScorecardOptions,
    fieldConfig: { defaults: {}, overrides: [] },
    pluginVersion,
  });

  it('is the one the plugin registers', () => {
    expect(plugin.onPanelMigration).toBe(scorecardMigration.handler);
    expect(plugin.shouldMigrate).toBe(scorecardMigration.shouldMigrate);
  });

  it('returns the normalised options of the saved panel', () => {
    expect(scorecardMigration.handler(panel({ rowSize: 'wall', bogus: 1 }, '1.0.0'))).toEqual({
      ...DEFAULT_OPTIONS,
      rowSize: 'wall',
    });
  });

  it('asks to migrate only when the saved options are not already in the current shape', () => {
    expect(scorecardMigration.shouldMigrate(panel(full, '1.0.0'))).toBe(false);
    expect(scorecardMigration.shouldMigrate(panel({ ...full, bogus: 1 }, '1.0.0'))).toBe(true);
    expect(scorecardMigration.shouldMigrate(panel({ rowSize: 'wall' }, '1.0.0'))).toBe(true);
    expect(scorecardMigration.shouldMigrate(panel({ ...full, rowSize: 'huge' }, '1.0.0'))).toBe(true);
  });
});
