import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { QUERY_KINDS } from '../../src/sales/kinds';
import { DIALECT_IDS, listMetrics } from '../../src/sales';

/**
 * docs/architecture.md states counts and names files; this keeps them true. When a test here fails,
 * the code changed what the document describes: update the document (its lists and counts).
 */

const root = join(__dirname, '..', '..');
const doc = readFileSync(join(root, 'docs', 'architecture.md'), 'utf8');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

/** Tracked source files that ship or generate something: no tests, test support or benchmarks. */
const sourceFiles = execFileSync('git', ['ls-files', 'src', 'dashboards/src', 'scripts', 'docs'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter((file) => /\.(tsx?|json|md)$/.test(file))
  .filter((file) => !/\.test\.tsx?$|\/testing\/|\/bench\/|^docs\/gallery/.test(file))
  .filter((file) => existsSync(join(root, file)));

function statedCount(what: string): number {
  const match = doc.match(new RegExp(`\\*\\*(\\d+) ${what}\\*\\*`));
  if (!match) {
    throw new Error(`docs/architecture.md no longer states "**<n> ${what}**"`);
  }
  return Number(match[1]);
}

/** The bullets of a "### <title> — <n> files" section: its stated count and the paths it names. */
function addSection(title: string): { count: number; paths: string[] } {
  const match = doc.match(new RegExp(`^### ${title} — (\\d+) files\\n([\\s\\S]*?)(?=^#|$(?![\\s\\S]))`, 'm'));
  if (!match) {
    throw new Error(`docs/architecture.md has no section "### ${title} — <n> files"`);
  }
  const paths = [...match[2].matchAll(/^- `([^`]+)`/gm)].map((item) => item[1]);
  return { count: Number(match[1]), paths };
}

const SECTIONS = ['A metric', 'A dialect', 'A query kind', 'A panel'];

describe('docs/architecture.md', () => {
  it('names only paths that exist (a path with <…> is one to create)', () => {
    const named = [...doc.matchAll(/`([\w./<> -]+\.(?:tsx?|json|md|mjs|svg)|[\w-]+\/(?:[\w-]+\/)*)`/g)].map(
      (match) => match[1]
    );
    expect(named.length).toBeGreaterThan(40);
    const missing = named
      .filter((path) => !path.includes('<'))
      .filter((path) =>
        ['', 'src/', 'src/sales/', 'src/datasource/', 'src/panels/', 'src/node/'].every(
          (prefix) => !existsSync(join(root, prefix + path))
        )
      );
    expect(missing).toEqual([]);
  });

  it('states the counts of metrics, dialects, query kinds and panels as the code has them', () => {
    const panels = readdirSync(join(root, 'src', 'panels')).filter((name) =>
      existsSync(join(root, 'src', 'panels', name, 'plugin.json'))
    );
    const dialectModules = readdirSync(join(root, 'src', 'sales', 'sql', 'dialects')).filter(
      (file) => file.endsWith('.ts') && file !== 'index.ts' && !file.endsWith('.test.ts')
    );
    expect({
      metrics: statedCount('metrics'),
      dialects: statedCount('dialects'),
      kinds: statedCount('query kinds'),
      panels: statedCount('panels'),
    }).toEqual({
      metrics: listMetrics().length,
      dialects: DIALECT_IDS.length,
      kinds: QUERY_KINDS.length,
      panels: panels.length,
    });
    // the registry lists every dialect module and nothing else
    expect(dialectModules.map((file) => basename(file, '.ts')).sort()).toEqual([...DIALECT_IDS].sort());
  });

  it.each(SECTIONS)('"%s" counts the files it lists', (title) => {
    const { count, paths } = addSection(title);
    expect(paths.length).toBe(count);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('lists every file that names all the metrics', () => {
    const ids = listMetrics().map((metric) => metric.id);
    const naming = sourceFiles.filter((file) => {
      const text = read(file);
      return ids.every((id) => text.includes(id));
    });
    expect(naming.length).toBeGreaterThan(2);
    expect(naming.filter((file) => !addSection('A metric').paths.includes(file))).toEqual([]);
  });

  it('lists every file that names all the dialects but the PostgreSQL fallback, and the template fits each dialect', () => {
    const others = DIALECT_IDS.filter((id) => id !== 'postgres');
    const { paths } = addSection('A dialect');
    const naming = sourceFiles
      .filter((file) => file.startsWith('src/'))
      .filter((file) => !DIALECT_IDS.includes(basename(file).replace(/\.tsx?$/, '') as (typeof DIALECT_IDS)[number]))
      .filter((file) => {
        const text = read(file);
        return others.every((id) => text.includes(`'${id}'`));
      });
    expect(naming.length).toBeGreaterThan(2);
    expect(naming.filter((file) => !paths.includes(file))).toEqual([]);
    for (const id of DIALECT_IDS) {
      for (const template of paths.filter((path) => path.includes('<dialect>'))) {
        const file = template.replace('<dialect>', id);
        expect(existsSync(join(root, file))).toBe(true);
      }
    }
  });

  it('lists every file that branches on five or more query kinds', () => {
    const branches = (text: string) =>
      QUERY_KINDS.filter((kind) =>
        new RegExp(`case '${kind}'|kind === '${kind}'|'${kind}' === |kind !== '${kind}'`).test(text)
      ).length;
    const branching = sourceFiles.filter((file) => /\.tsx?$/.test(file) && branches(read(file)) >= 5);
    expect(branching).toContain('src/datasource/components/kinds/KindEditor.tsx');
    expect(branching.filter((file) => !addSection('A query kind').paths.includes(file))).toEqual([]);
  });

  it("README's contributor section repeats the same counts and links the document", () => {
    const readme = read('README.md');
    expect(readme).toContain('[docs/architecture.md](docs/architecture.md)');
    const match = readme.match(/a metric \((\d+)\), a dialect \((\d+)\), a query kind \((\d+)\) or a panel \((\d+)\)/);
    expect(match?.slice(1).map(Number)).toEqual(SECTIONS.map((title) => addSection(title).count));
  });

  it("describes the panels' files as every panel has them", () => {
    const panels = readdirSync(join(root, 'src', 'panels')).filter((name) =>
      existsSync(join(root, 'src', 'panels', name, 'plugin.json'))
    );
    const appIncludes: string[] = JSON.parse(read('src/plugin.json')).includes.map(
      (include: { path?: string }) => include.path
    );
    for (const panel of panels) {
      const id: string = JSON.parse(read(`src/panels/${panel}/plugin.json`)).id;
      const component = readdirSync(join(root, 'src', 'panels', panel)).filter((file) =>
        /^[A-Z]\w*Panel\.tsx$/.test(file)
      );
      for (const template of addSection('A panel').paths.filter((path) => path.includes('<'))) {
        if (template.includes('<Panel>')) {
          expect(component).toHaveLength(1);
          continue;
        }
        const file = template.replace('<panel>', panel).replace('<plugin id>', id);
        expect(existsSync(join(root, file))).toBe(true);
      }
      expect(appIncludes).toContain(`panels/${panel}/plugin.json`);
    }
  });
});
