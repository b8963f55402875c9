import {
  isOlder,
  migrateOptions,
  type MigrationStep,
  scorecardMigrationHandler,
  scorecardShouldMigrate,
} from './migrations';
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
};

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

  it('runs only the steps newer than the version that saved the options, in order', () => {
    const steps: MigrationStep[] = [
      { version: '1.0.0', migrate: (o) => ({ ...o, trail: [...((o.trail as string[]) ?? []), '1.0.0'] }) },
      {
        version: '1.2.0',
        // e.g. a renamed option: 1.2 called `interval` what is now `advanceIntervalSeconds`
        migrate: (o) => ({
          ...o,
          advanceIntervalSeconds: o.interval,
          trail: [...((o.trail as string[]) ?? []), '1.2.0'],
        }),
      },
    ];
    const spy = (saved: Record<string, unknown>, version?: string) => {
      const seen: string[] = [];
      const tracked = steps.map((step) => ({
        ...step,
        migrate: (o: Record<string, unknown>) => {
          seen.push(step.version);
          return step.migrate(o);
        },
      }));
      return { result: migrateOptions(saved, version, tracked), seen };
    };
    expect(spy({ interval: 40 }, undefined)).toEqual({
      result: { ...DEFAULT_OPTIONS, advanceIntervalSeconds: 40 },
      seen: ['1.0.0', '1.2.0'],
    });
    expect(spy({ interval: 40 }, '1.1.3')).toEqual({
      result: { ...DEFAULT_OPTIONS, advanceIntervalSeconds: 40 },
      seen: ['1.2.0'],
    });
    expect(spy({ advanceIntervalSeconds: 40 }, '1.2.0').seen).toEqual([]);
    expect(spy({ advanceIntervalSeconds: 40 }, '2.0.0').seen).toEqual([]);
  });
});

describe('isOlder', () => {
  it('compares major, minor and patch as numbers', () => {
    expect(isOlder('1.9.0', '1.10.0')).toBe(true);
    expect(isOlder('1.10.0', '1.9.0')).toBe(false);
    expect(isOlder('1.0.0', '1.0.0')).toBe(false);
    expect(isOlder('v0.9.9', '1.0.0')).toBe(true);
    expect(isOlder('2.0.0', '1.0.0')).toBe(false);
  });

  it('counts a missing or unreadable version as older than any', () => {
    expect(isOlder(undefined, '1.0.0')).toBe(true);
    expect(isOlder('', '1.0.0')).toBe(true);
    expect(isOlder('%VERSION%', '1.0.0')).toBe(true);
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

  it('returns the normalised options of the saved panel', () => {
    expect(scorecardMigrationHandler(panel({ rowSize: 'wall', bogus: 1 }, '1.0.0'))).toEqual({
      ...DEFAULT_OPTIONS,
      rowSize: 'wall',
    });
  });

  it('asks to migrate only when the saved options are not already in the current shape', () => {
    expect(scorecardShouldMigrate(panel(full, '1.0.0'))).toBe(false);
    expect(scorecardShouldMigrate(panel({ ...full, bogus: 1 }, '1.0.0'))).toBe(true);
    expect(scorecardShouldMigrate(panel({ rowSize: 'wall' }, '1.0.0'))).toBe(true);
    expect(scorecardShouldMigrate(panel({ ...full, rowSize: 'huge' }, '1.0.0'))).toBe(true);
  });
});
