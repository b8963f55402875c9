import fs from 'fs';
import path from 'path';

import { BUNDLED_DASHBOARDS, dashboardJson } from '../../dashboards/src/catalog';
import { DASHBOARD_FOLDER, REPO } from './lib/model';

describe('dashboards as code', () => {
  it.each(BUNDLED_DASHBOARDS)('dashboards/$file is exactly what its TypeScript source produces', ({ file, build }) => {
    const committed = fs.readFileSync(path.join(DASHBOARD_FOLDER, file), 'utf8');
    const generated = dashboardJson(build());
    // the parsed comparison shows which field differs; the text comparison catches formatting
    expect(JSON.parse(committed)).toEqual(JSON.parse(generated));
    expect(committed).toBe(generated);
  });

  it('building a dashboard twice gives the same JSON (no shared state between builds)', () => {
    for (const { build } of BUNDLED_DASHBOARDS) {
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
