import { isOlderVersion, type MigrationStep, migrateOptions, panelMigration } from './migrations';
import { oneOf, type SavedOptions, toBoolean } from './coerce';

/** An imaginary panel: `size` is one of s/m/l, `on` a switch. */
const normalize = (saved: SavedOptions) => ({
  size: oneOf(saved.size, ['s', 'm', 'l'] as const, 'm'),
  on: toBoolean(saved.on, true),
  ...(saved.trail ? { trail: saved.trail } : {}),
});

/** Steps that record, in the options, which of them ran. */
function tracked(...versions: string[]): MigrationStep[] {
  return versions.map((version) => ({
    version,
    migrate: (options) => ({ ...options, trail: [...((options.trail as string[]) ?? []), version] }),
  }));
}

describe('isOlderVersion', () => {
  it('compares major, minor and patch as numbers', () => {
    expect(isOlderVersion('1.9.0', '1.10.0')).toBe(true);
    expect(isOlderVersion('1.10.0', '1.9.0')).toBe(false);
    expect(isOlderVersion('1.0.0', '1.0.0')).toBe(false);
    expect(isOlderVersion('v0.9.9', '1.0.0')).toBe(true);
    expect(isOlderVersion('2.0.0', '1.0.0')).toBe(false);
  });

  it('reads a pre-release or a short version as the release it leads to', () => {
    expect(isOlderVersion('v2.0.0-beta', '2.0.0')).toBe(false);
    expect(isOlderVersion('3.0.0-beta', '3.0.0')).toBe(false);
    expect(isOlderVersion('3.0.0-beta', '3.0.1')).toBe(true);
    expect(isOlderVersion('1', '1.0.0')).toBe(false);
    expect(isOlderVersion('1.4', '1.4.1')).toBe(true);
  });

  it('counts a missing or unreadable version as older than any', () => {
    expect(isOlderVersion(undefined, '0.0.1')).toBe(true);
    expect(isOlderVersion('', '1.0.0')).toBe(true);
    expect(isOlderVersion('%VERSION%', '1.0.0')).toBe(true);
    expect(isOlderVersion('latest', '1.0.0')).toBe(true);
  });
});

describe('migrateOptions', () => {
  const steps = tracked('1.0.0', '1.2.0', '2.0.0');
  const trail = (pluginVersion: string | undefined) =>
    (migrateOptions({ options: {}, pluginVersion }, steps, normalize) as { trail?: string[] }).trail ?? [];

  it('runs only the steps newer than the version that saved the options, oldest first', () => {
    expect(trail(undefined)).toEqual(['1.0.0', '1.2.0', '2.0.0']);
    expect(trail('1.1.3')).toEqual(['1.2.0', '2.0.0']);
    expect(trail('1.2.0')).toEqual(['2.0.0']);
    expect(trail('2.0.0-beta')).toEqual([]);
    expect(trail('2.1.0')).toEqual([]);
  });

  it('runs the steps in version order, however they are listed', () => {
    const listed = tracked('2.0.0', '1.10.0', '1.9.0');
    expect(migrateOptions({ options: {}, pluginVersion: '1.0.0' }, listed, normalize)).toMatchObject({
      trail: ['1.9.0', '1.10.0', '2.0.0'],
    });
  });

  it('normalises the upgraded options, so that a step only deals with what it changes', () => {
    const renames: MigrationStep[] = [
      // a hypothetical 2.0 renamed `big` (a switch) to `size`; 3.0 renamed `enabled` to `on`
      { version: '3.0.0', migrate: ({ enabled, ...rest }) => ({ ...rest, on: enabled }) },
      { version: '2.0.0', migrate: ({ big, ...rest }) => ({ ...rest, size: big ? 'l' : 's' }) },
    ];
    const saved = { big: true, enabled: 'false', legacy: 1 };
    expect(migrateOptions({ options: saved, pluginVersion: '1.0.0' }, renames, normalize)).toEqual({
      size: 'l',
      on: false,
    });
    // saved by 2.x: only the 3.0 step applies; `big` is unknown by then and dropped
    expect(migrateOptions({ options: saved, pluginVersion: '2.1.0' }, renames, normalize)).toEqual({
      size: 'm',
      on: false,
    });
  });

  it('starts from no options when none, or no object, was saved, and never edits the saved ones', () => {
    for (const options of [undefined, null, 'text', ['a'], 3]) {
      expect(migrateOptions({ options, pluginVersion: '1.0.0' }, [], normalize)).toEqual({ size: 'm', on: true });
    }
    const saved = { size: 'l' };
    migrateOptions({ options: saved, pluginVersion: '1.0.0' }, tracked('2.0.0'), normalize);
    expect(saved).toEqual({ size: 'l' });
  });
});

describe('panelMigration', () => {
  const { handler, shouldMigrate } = panelMigration([], normalize);

  it('gives the handler Grafana calls: the normalised options of the saved panel', async () => {
    expect(await handler({ options: { size: 's', bogus: 1 }, pluginVersion: '1.0.0' } as never)).toEqual({
      size: 's',
      on: true,
    });
  });

  it('asks to migrate only when the saved options are not already in the current shape', () => {
    expect(shouldMigrate({ options: { size: 's', on: false }, pluginVersion: '1.0.0' })).toBe(false);
    expect(shouldMigrate({ options: { size: 's', on: false, bogus: 1 }, pluginVersion: '1.0.0' })).toBe(true);
    expect(shouldMigrate({ options: { size: 's' }, pluginVersion: '1.0.0' })).toBe(true);
    expect(shouldMigrate({ options: { size: 'xl', on: false }, pluginVersion: '1.0.0' })).toBe(true);
  });
});
