import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { metricsMarkdown } from '../scripts/docs/metricsDoc';
import { listMetrics } from '../src/sales/catalog/metrics';

const root = join(__dirname, '..');

describe('docs/metrics.md', () => {
  it('is what `npm run docs:metrics` generates from the catalog today', () => {
    expect(readFileSync(join(root, 'docs', 'metrics.md'), 'utf8')).toBe(metricsMarkdown());
  });

  it('has a section for every catalog metric', () => {
    const markdown = metricsMarkdown();
    for (const metric of listMetrics()) {
      expect(markdown).toContain(`### \`${metric.id}\` — ${metric.label}`);
    }
  });
});

describe('the repository refers only to itself', () => {
  // the specification lived outside the repository; its content users need is in docs/
  const OUTSIDE =
    /\.\.\/shared\/[A-Z_]+\.md|\/work\/shared|KPI_CATALOG|ENGINE_NOTES|ZH_GLOSSARY|ZH_REVIEW|DESIGN\.md|DESIGN section/;

  it('no tracked file names the external spec or ../shared/', () => {
    const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
    const offenders = files
      .filter((file) => !/\.(png|jpe?g|zip|ico|woff2?|parquet|gz)$/.test(file) && file !== 'tests/docs.test.ts')
      .filter((file) => {
        try {
          return OUTSIDE.test(readFileSync(join(root, file), 'utf8'));
        } catch {
          return false;
        }
      });
    expect(offenders).toEqual([]);
  });
});
