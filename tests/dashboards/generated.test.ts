import fs from 'fs';
import path from 'path';

import { dashboardJson, localizedDashboards } from '../../dashboards/src/catalog';
import { DASHBOARD_FOLDER, REPO } from './lib/model';

interface Revised {
  revision: number;
}

describe('dashboards as code', () => {
  it.each(localizedDashboards())(
    'dashboards/$path is exactly what its TypeScript source produces',
    ({ path: file, build }) => {
      const committed = fs.readFileSync(path.join(DASHBOARD_FOLDER, file), 'utf8');
      const generated = dashboardJson(build());
      // the parsed comparison shows which field differs; the text comparison catches formatting
      expect(JSON.parse(committed)).toEqual(JSON.parse(generated));
      expect(committed).toBe(generated);
    }
  );

  it('building a dashboard twice gives the same JSON (no shared state between builds)', () => {
    for (const { build } of localizedDashboards()) {
      expect(dashboardJson(build())).toBe(dashboardJson(build()));
    }
  });

  it('a dashboard whose content changes gets another revision, so Grafana re-imports it after an update', () => {
    const revisions = localizedDashboards().map(
      ({ build }) => (JSON.parse(dashboardJson(build())) as Revised).revision
    );
    expect(new Set(revisions).size).toBe(revisions.length);
    for (const revision of revisions) {
      expect(Number.isInteger(revision) && revision > 0 && revision < 2 ** 31).toBe(true);
    }
    const { build } = localizedDashboards()[0];
    const original = build();
    const edited = { ...original, title: `${original.title} (edited)` };
    const revisionOf = (built: typeof original) => (JSON.parse(dashboardJson(built)) as Revised).revision;
    expect(revisionOf(edited)).not.toBe(revisionOf(original));
    // the revision the source may carry does not count: only the content does
    expect(revisionOf({ ...original, revision: 7 } as typeof original)).toBe(revisionOf(original));
  });

  it('`npm run dashboards` regenerates them', () => {
    const scripts = (
      JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    expect(scripts.dashboards).toBe('tsx dashboards/src/generate.ts');
  });
});
