import fs from 'fs';
import path from 'path';

import { dashboardJson, localizedDashboards } from '../../dashboards/src/catalog';
import { DASHBOARD_FOLDER, REPO } from './lib/model';

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

  it('`npm run dashboards` regenerates them', () => {
    const scripts = (
      JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    expect(scripts.dashboards).toBe('tsx dashboards/src/generate.ts');
  });
});
