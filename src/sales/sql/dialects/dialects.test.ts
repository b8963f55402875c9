import { CONTRACT } from '../../warehouse/contract';
import { DIALECT_IDS, getDialect } from '.';

/** The groups of members every dialect spells out itself (the other members TypeScript checks one by one). */
const GROUPS = ['capabilities', 'ddl', 'types', 'catalog', 'macros'] as const;

describe('the dialect registry', () => {
  it('registers each dialect under its own id', () => {
    expect(DIALECT_IDS.length).toBeGreaterThan(0);
    for (const id of DIALECT_IDS) {
      expect(getDialect(id).id).toBe(id);
    }
  });

  it('refuses an unknown dialect, naming the known ones', () => {
    expect(() => getDialect('oracle')).toThrow(`Unknown SQL dialect "oracle": use one of ${DIALECT_IDS.join(', ')}.`);
  });

  it.each(DIALECT_IDS)('%s states every capability and fills every group of members', (id) => {
    const dialect = getDialect(id);
    const reference = getDialect(DIALECT_IDS[0]);
    for (const group of GROUPS) {
      expect(Object.keys(dialect[group]).sort()).toEqual(Object.keys(reference[group]).sort());
    }
    for (const [name, value] of Object.entries(dialect.capabilities)) {
      expect([name, typeof value]).toEqual([name, 'boolean']);
    }
    expect(dialect.catalog.collations === null || typeof dialect.catalog.collations === 'object').toBe(true);
  });

  it.each(DIALECT_IDS)('%s has a physical type for every contract column and a columns query', (id) => {
    const { ddl, catalog } = getDialect(id);
    for (const column of CONTRACT.flatMap((table) => table.columns)) {
      expect(ddl.physicalType(column)).toMatch(/\S/);
    }
    expect(catalog.columnsQuery("'sales'")).toContain("'sales'");
  });
});
