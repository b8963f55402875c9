import { createHash } from 'crypto';

import type * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';

import { commissionsDashboard } from './dashboards/commissions';
import { customersDashboard } from './dashboards/customers';
import { executiveWall } from './dashboards/executive';
import { feedbackDashboard } from './dashboards/feedback';
import { managerDashboard } from './dashboards/manager';
import { pipelineDashboard } from './dashboards/pipeline';
import { repDrillDown } from './dashboards/rep';
import { targetsDashboard } from './dashboards/targets';
import { DASHBOARD_LOCALES, type DashboardLocale, LOCALE_SETUPS, localizeDashboard } from './locale';

export interface BundledDashboard {
  /** File name under dashboards/ (and dist/dashboards/ after a build). */
  file: string;
  build: () => dashboard.Dashboard;
}

/** The pack's dashboards: each becomes dashboards/<file>, an include of the app and a provisioned dashboard. */
export const BUNDLED_DASHBOARDS: BundledDashboard[] = [
  { file: 'executive-wall.json', build: executiveWall },
  { file: 'sales-manager.json', build: managerDashboard },
  { file: 'rep-drill-down.json', build: repDrillDown },
  { file: 'pipeline-and-funnel.json', build: pipelineDashboard },
  { file: 'targets-and-forecast.json', build: targetsDashboard },
  { file: 'customers-and-collections.json', build: customersDashboard },
  { file: 'commissions.json', build: commissionsDashboard },
  { file: 'market-feedback.json', build: feedbackDashboard },
];

export interface LocalizedDashboard {
  locale: DashboardLocale;
  /** Path under dashboards/ (and dist/dashboards/): the file in the locale's folder. */
  path: string;
  /** The English source's file name. */
  file: string;
  /** The English dashboard the copy is made from. */
  source: () => dashboard.Dashboard;
  build: () => dashboard.Dashboard;
}

/** Every bundled dashboard in every locale: dashboards/<file> in English, dashboards/zh-Hans/<file> in Chinese. */
export function localizedDashboards(): LocalizedDashboard[] {
  return DASHBOARD_LOCALES.flatMap((locale) =>
    BUNDLED_DASHBOARDS.map(({ file, build }) => ({
      locale,
      path: [LOCALE_SETUPS[locale].folder, file].filter(Boolean).join('/'),
      file,
      source: build,
      build: () => localizeDashboard(build(), locale),
    }))
  );
}

/**
 * The JSON text of a dashboard as committed: two-space indents and a final newline, and a `revision`
 * that changes whenever anything else in it does. Grafana re-imports an app's bundled dashboard after
 * a plugin update only when its `revision` differs from the one it imported, so a content hash keeps
 * every upgrade's dashboards current without anyone remembering to count.
 */
export function dashboardJson(built: dashboard.Dashboard): string {
  const { revision: _ignored, ...content } = built as dashboard.Dashboard & { revision?: number };
  return `${JSON.stringify({ ...content, revision: contentRevision(content) }, null, 2)}\n`;
}

/** A positive 31-bit integer from the SHA-256 of the dashboard's JSON (Grafana stores it as int64). */
export function contentRevision(content: object): number {
  return parseInt(createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 7), 16) + 1;
}
