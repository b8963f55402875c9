import fs from 'fs';
import path from 'path';

import { localizedDashboards } from '../../dashboards/src/catalog';
import { DASHBOARD_UIDS, PACK_TAG, PANEL_TYPES } from '../../dashboards/src/constants';
import { appPluginJson, provisionedDatasources, validationContext } from './lib/context';
import {
  allPanels,
  type Dashboard,
  DASHBOARD_FOLDER,
  dataPanels,
  type Panel,
  panelName,
  readCommittedDashboards,
  REPO,
} from './lib/model';
import { parseCompose } from '../lib/compose';
import { validateDashboard } from './lib/validate';

const committed = readCommittedDashboards();
const dashboards = committed.map(({ json }) => json);
const context = validationContext(dashboards);
const byUid = (uid: string) => dashboards.find((dashboard) => dashboard.uid === uid)!;

/** Grafana's grid: rows of 30 px with 8 px between them; kiosk mode keeps 16 px of padding above and below. */
const GRID_ROW_PX = 30;
const GRID_MARGIN_PX = 8;
const KIOSK_PADDING_PX = 2 * 16;
const heightPx = (rows: number) => rows * GRID_ROW_PX + (rows - 1) * GRID_MARGIN_PX;
const gridRows = (dashboard: Dashboard) =>
  Math.max(...(dashboard.panels ?? []).map((panel) => panel.gridPos!.y + panel.gridPos!.h));

describe('the bundled dashboards', () => {
  it('are the eight of the pack, each in its own file', () => {
    expect(dashboards.map((dashboard) => dashboard.uid).sort()).toEqual(Object.values(DASHBOARD_UIDS).sort());
    expect(new Set(dashboards.map((dashboard) => dashboard.title)).size).toBe(dashboards.length);
  });

  it.each(committed)('$file passes every check', ({ json }) => {
    expect(validateDashboard(json, context)).toEqual([]);
  });

  it.each(committed)(
    '$file opens on this quarter with the cascading region → team → rep, product and channel variables',
    ({ json }) => {
      expect(json.time).toEqual({ from: 'now/fQ', to: 'now/fQ' });
      expect(json.tags).toContain(PACK_TAG);
      const variables = json.templating!.list!;
      // the Commissions dashboard adds the plan and the next deal's amount
      const extra = json.uid === DASHBOARD_UIDS.commissions ? ['plan', 'deal'] : [];
      expect(variables.map((variable) => variable.name)).toEqual([
        'region',
        'team',
        'rep',
        'product',
        'channel',
        ...extra,
      ]);
      const filtersOf = (name: string) =>
        (
          (
            variables.find((variable) => variable.name === name)!.query as {
              filters?: Array<{ dimension: string; values: string[] }>;
            }
          ).filters ?? []
        ).map((filter) => `${filter.dimension}=${filter.values.join(',')}`);
      expect(filtersOf('region')).toEqual([]);
      expect(filtersOf('team')).toEqual(['region=$region']);
      expect(filtersOf('rep')).toEqual(['region=$region', 'team=$team']);
      expect(filtersOf('product')).toEqual([]);
      expect(filtersOf('channel')).toEqual([]);
      for (const panel of dataPanels(json)) {
        expect({ panel: panel.title, datasource: panel.datasource }).toEqual({
          panel: panel.title,
          datasource: { type: context.salesDatasourceType, uid: 'salesperf' },
        });
      }
    }
  );

  it('the rep drill-down and the Commissions dashboard show one rep; the other dashboards allow All and several values', () => {
    for (const dashboard of dashboards) {
      const rep = dashboard.templating!.list!.find((variable) => variable.name === 'rep')!;
      const single = dashboard.uid === DASHBOARD_UIDS.rep || dashboard.uid === DASHBOARD_UIDS.commissions;
      expect({ uid: dashboard.uid, multi: rep.multi, includeAll: rep.includeAll }).toEqual({
        uid: dashboard.uid,
        multi: !single,
        includeAll: !single,
      });
    }
  });

  describe('the executive wall', () => {
    const wall = byUid(DASHBOARD_UIDS.executive);

    it('refreshes every minute and links to itself in kiosk mode with the dark theme', () => {
      expect(wall.refresh).toBe('1m');
      expect(wall.links).toEqual(
        expect.arrayContaining([expect.objectContaining({ url: `/d/${DASHBOARD_UIDS.executive}?kiosk&theme=dark` })])
      );
    });

    it('fills a 1920×1080 screen in kiosk mode without scrolling: no rows, at most 27 grid rows, the full width', () => {
      expect(allPanels(wall).filter((panel) => panel.type === 'row')).toEqual([]);
      const rows = gridRows(wall);
      expect(rows).toBeLessThanOrEqual(27);
      expect(heightPx(rows) + KIOSK_PADDING_PX).toBeLessThanOrEqual(1080);
      // every grid row is used across the full 24 columns: nothing is left blank on the wall
      for (let y = 0; y < rows; y++) {
        const width = dataPanels(wall)
          .filter((panel) => panel.gridPos!.y <= y && y < panel.gridPos!.y + panel.gridPos!.h)
          .reduce((sum, panel) => sum + panel.gridPos!.w, 0);
        expect({ y, width }).toEqual({ y, width: 24 });
      }
    });

    it('shows what the brief asks for, each panel large enough to read from across a room', () => {
      const types = dataPanels(wall).map((panel) => panel.type);
      expect(types).toEqual(
        expect.arrayContaining([
          PANEL_TYPES.attainment,
          PANEL_TYPES.funnel,
          PANEL_TYPES.scorecard,
          'stat',
          'bargauge',
          'timeseries',
        ])
      );
      for (const panel of dataPanels(wall)) {
        expect({ title: panel.title, big: panel.gridPos!.w >= 4 && panel.gridPos!.h >= 5 }).toEqual({
          title: panel.title,
          big: true,
        });
      }
      const leaderboard = dataPanels(wall).find((panel) => panel.type === PANEL_TYPES.scorecard)!;
      expect(leaderboard.options).toMatchObject({ autoAdvance: 'page', rowSize: 'wall' });
      expect(leaderboard.transformations).toEqual([{ id: 'limit', options: { limitField: 10 } }]);
      const regions = dataPanels(wall).filter((panel) => panel.type === PANEL_TYPES.attainment);
      expect(regions.map((panel) => panel.targets![0].groupBy)).toEqual([undefined, ['region']]);
    });
  });

  it('scorecard and rep tables link each rep to the rep drill-down with the rep variable and the time range', () => {
    const manager = byUid(DASHBOARD_UIDS.manager);
    const scorecard = dataPanels(manager).find((panel) => panel.type === PANEL_TYPES.scorecard)!;
    const links = scorecard.fieldConfig!.overrides!.find((override) => override.matcher.options === 'rep')!
      .properties[0].value;
    expect(links).toEqual([
      {
        title: 'Rep drill-down: ${__data.fields.rep}',
        url: `/d/${DASHBOARD_UIDS.rep}?var-rep=\${__data.fields.rep_id}&\${__url_time_range}`,
      },
    ]);
  });
});

describe('the app bundles exactly these dashboards', () => {
  it('src/plugin.json includes each dashboard, in English and in zh-Hans, with its title, file and uid', () => {
    const includes = (appPluginJson().includes ?? []).filter((include) => include.type === 'dashboard');
    expect(includes).toEqual(
      localizedDashboards().map(({ path: file }) => {
        const json = JSON.parse(fs.readFileSync(path.join(DASHBOARD_FOLDER, file), 'utf8')) as Dashboard;
        return { type: 'dashboard', name: json.title, path: `dashboards/${file}`, uid: json.uid };
      })
    );
  });

  it('the sales data source reads the schema the seed service loads, with the fiscal year the dashboards use', () => {
    const sales = provisionedDatasources().find((datasource) => datasource.type === context.salesDatasourceType)!;
    const compose = parseCompose(fs.readFileSync(path.join(REPO, 'docker-compose.yml'), 'utf8'));
    const seedCommand = compose.services!.seed.command as string[];
    expect(sales.jsonData!.schema).toBe(seedCommand[seedCommand.indexOf('--schema') + 1]);
    for (const dashboard of dashboards) {
      // Grafana counts months from 0, the data source from 1
      expect(sales.jsonData!.fiscalYearStartMonth).toBe(dashboard.fiscalYearStartMonth! + 1);
    }
  });

  it('dashboards/ holds no JSON besides the dashboards (the build copies it into the app)', () => {
    const walk = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((entry) =>
          entry.isDirectory()
            ? walk(path.join(dir, entry.name))
            : entry.name.endsWith('.json')
              ? [path.join(dir, entry.name)]
              : []
        );
    expect(
      walk(DASHBOARD_FOLDER)
        .map((file) => path.relative(DASHBOARD_FOLDER, file))
        .sort()
    ).toEqual(
      localizedDashboards()
        .map(({ path: file }) => file)
        .sort()
    );
  });
});

describe('the checks reject broken dashboards', () => {
  const original = byUid(DASHBOARD_UIDS.manager);
  const title = original.title;
  const copy = (): Dashboard => JSON.parse(JSON.stringify(original));
  const panel = (dashboard: Dashboard, index: number): Panel => dataPanels(dashboard)[index];
  const problems = (dashboard: Dashboard) => validateDashboard(dashboard, context);
  /** How the messages name the original's panel at an index: `panel 1 "Bookings this quarter"`. */
  const named = (index: number) => panelName(panel(original, index));
  const scorecardName = panelName(dataPanels(original).find((candidate) => candidate.type === PANEL_TYPES.scorecard)!);

  it('accepts the original', () => {
    expect(problems(original)).toEqual([]);
  });

  it('panels that overlap or leave the grid, and duplicate ids', () => {
    const broken = copy();
    panel(broken, 1).gridPos = { x: 2, y: 0, w: 4, h: 5 };
    panel(broken, 2).gridPos = { x: 22, y: 60, w: 4, h: 5 };
    panel(broken, 3).id = panel(broken, 0).id;
    expect(problems(broken)).toEqual([
      `dashboard "${title}": panel id 1 is used by 2 panels`,
      `dashboard "${title}": ${named(2)} at x=22 w=4 y=60 h=5 is not inside the 24 grid columns`,
      `dashboard "${title}": ${named(0)} and ${named(1)} overlap`,
    ]);
  });

  it('a data source uid that provisioning does not define, and a panel type nobody provides', () => {
    const broken = copy();
    panel(broken, 0).targets![0].datasource = { type: context.salesDatasourceType, uid: 'sales' };
    panel(broken, 1).type = 'seed-salesfunnel';
    expect(problems(broken)).toEqual([
      `dashboard "${title}": ${named(0)} target A uses the data source uid "sales", which provisioning does not define (salesperf-warehouse, salesperf, salesperf-zh)`,
      expect.stringContaining(
        `${named(1)} has type "seed-salesfunnel", which is neither a core panel nor one of the pack's`
      ),
    ]);
  });

  it('metrics and dimensions the catalog lacks, a target metric asked of kind metrics, an undefined variable', () => {
    const broken = copy();
    panel(broken, 0).targets![0].metrics = ['booking'];
    panel(broken, 4).targets![0].metrics = ['attainment'];
    panel(broken, 5).targets![0].filters = [{ dimension: 'territory' as never, op: 'in', values: ['$territory'] }];
    expect(problems(broken)).toEqual([
      `dashboard "${title}": ${named(0)} target A names the metric "booking" (metrics), which the catalog does not have`,
      `dashboard "${title}": ${named(4)} target A asks kind metrics for the target metric "attainment": target metrics come from kind attainment`,
      `dashboard "${title}": ${named(5)} target A names the dimension "territory" (filter), which the catalog does not have`,
      `dashboard "${title}": ${named(5)} target A filters territory by $territory, which is no variable of the dashboard`,
    ]);
  });

  it('a query the compiler refuses, checked for every dialect', () => {
    const broken = copy();
    panel(broken, 4).targets![0] = {
      ...panel(broken, 4).targets![0],
      metrics: ['cac'],
      groupBy: ['region'],
      filters: [],
    };
    expect(problems(broken)).toEqual([
      `dashboard "${title}": ${named(4)} target A does not compile for postgres: The metric cac cannot be grouped by region: it can be grouped by channel.`,
    ]);
  });

  it('a variable that depends on a variable below it', () => {
    const broken = copy();
    const list = broken.templating!.list!;
    [list[0], list[1]] = [list[1], list[0]];
    expect(problems(broken)).toEqual([
      `dashboard "${title}": variable $team filters region by $region, which is no variable above it`,
    ]);
  });

  it("options the pack's panel would not keep, a transformation Grafana lacks, a link to no bundled dashboard", () => {
    const broken = copy();
    const scorecard = dataPanels(broken).find((candidate) => candidate.type === PANEL_TYPES.scorecard)!;
    scorecard.options = { ...scorecard.options, rowSize: 'huge' };
    scorecard.transformations = [{ id: 'top', options: {} }];
    scorecard.fieldConfig!.overrides![0].properties[0].value = [{ title: 'x', url: '/d/salesperf-reps?var-rep=1' }];
    expect(problems(broken)).toEqual([
      `dashboard "${title}": ${scorecardName} has the transformation "top", which Grafana does not have`,
      expect.stringContaining(
        `${scorecardName} links to the dashboard uid "salesperf-reps", which is none of the pack's`
      ),
      `dashboard "${title}": ${scorecardName} option rowSize is "huge", which the panel's migration reads as "normal"`,
    ]);
  });

  it('an old schema version and a relative time Grafana cannot read', () => {
    const broken = copy();
    broken.schemaVersion = 27;
    panel(broken, 0).timeFrom = 'last quarter';
    expect(problems(broken)).toEqual([
      `dashboard "${title}": schemaVersion is 27, not 42 (Grafana's current dashboard schema)`,
      expect.stringContaining(`${named(0)} has a relative time or time shift Grafana cannot read`),
    ]);
  });
});
