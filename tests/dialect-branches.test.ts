import fs from 'fs';
import path from 'path';

import { DIALECT_IDS } from '../src/sales/sql/dialects';

/**
 * Each SQL engine's differences live in its module under src/sales/sql/dialects/ (SqlDialect's
 * members and capability flags): no other source file compares with a dialect id or switches on one,
 * so a new dialect is one module and one registration, and never inherits another engine's branch.
 * Tests may name engines (they pin each engine's behaviour).
 */
const SRC = path.resolve(__dirname, '..', 'src');
const DIALECTS_DIR = path.join(SRC, 'sales', 'sql', 'dialects');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const child = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return child === DIALECTS_DIR ? [] : sourceFiles(child);
    }
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [child] : [];
  });
}

describe('the dialect owns every difference', () => {
  // a comparison with a dialect id, a case of one, or a switch on a dialect
  const ids = DIALECT_IDS.join('|');
  const branch = new RegExp(
    `(===|!==)\\s*'(${ids})'|'(${ids})'\\s*(===|!==)|case\\s+'(${ids})'\\s*:|switch\\s*\\((\\w+\\.)?dialect\\)`
  );

  it('no source file outside the dialect modules branches on a dialect id', () => {
    const offenders = sourceFiles(SRC).flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ where: `${path.relative(SRC, file)}:${index + 1}`, line }))
        .filter(({ line }) => branch.test(line))
        .map(({ where, line }) => `${where}: ${line.trim()}`)
    );
    expect(offenders).toEqual([]);
  });

  it('reads the source files and recognises a branch', () => {
    expect(sourceFiles(SRC).some((file) => file.endsWith(path.join('warehouse', 'ddl.ts')))).toBe(true);
    expect(branch.test("if (executor.dialect === 'mysql') {")).toBe(true);
    expect(branch.test(`  case '${DIALECT_IDS[0]}':`)).toBe(true);
    expect(branch.test('switch (dialect) {')).toBe(true);
    expect(branch.test("const d = getDialect('clickhouse');")).toBe(false);
  });
});
