import fs from 'fs';
import { builtinModules } from 'module';
import path from 'path';

/** src/sales runs in the browser and in Node alike: it may import only itself and pure libraries. */
const salesDir = path.resolve(__dirname, '..', 'src', 'sales');
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g;

export function forbiddenImport(specifier: string, fromFile: string): string | undefined {
  if (/^@grafana\//.test(specifier)) {
    return 'Grafana';
  }
  if (/^(react|react-dom)(\/|$)|^@emotion\//.test(specifier)) {
    return 'React';
  }
  if (specifier.startsWith('node:') || builtinModules.includes(specifier)) {
    return 'Node';
  }
  if (specifier.startsWith('.')) {
    const target = path.resolve(path.dirname(fromFile), specifier);
    if (!target.startsWith(salesDir)) {
      return 'code outside src/sales';
    }
  }
  return undefined;
}

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const child = path.join(dir, entry.name);
    return entry.isDirectory() ? files(child) : /\.tsx?$/.test(entry.name) ? [child] : [];
  });
}

describe('src/sales stays free of Grafana, React and Node imports', () => {
  it('no file imports them', () => {
    const violations = files(salesDir)
      .filter((file) => !file.endsWith('.test.ts'))
      .flatMap((file) =>
        [...fs.readFileSync(file, 'utf8').matchAll(IMPORT)].flatMap((match) => {
          const specifier = match[1] ?? match[2];
          const kind = forbiddenImport(specifier, file);
          return kind ? [`${path.relative(salesDir, file)} imports ${specifier} (${kind})`] : [];
        })
      );
    expect(violations).toEqual([]);
  });

  it.each([
    ['@grafana/data', 'Grafana'],
    ['react', 'React'],
    ['fs', 'Node'],
    ['node:path', 'Node'],
    ['../node/executors', 'code outside src/sales'],
  ])('recognises %s as %s', (specifier, kind) => {
    expect(forbiddenImport(specifier, path.join(salesDir, 'engine.ts'))).toBe(kind);
  });

  it('allows pure libraries and its own modules', () => {
    expect(forbiddenImport('luxon', path.join(salesDir, 'engine.ts'))).toBeUndefined();
    expect(forbiddenImport('./catalog/metrics', path.join(salesDir, 'engine.ts'))).toBeUndefined();
  });
});
