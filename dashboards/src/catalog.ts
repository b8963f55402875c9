import type * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';

import { commissionsDashboard } from './dashboards/commissions';
import { customersDashboard } from './dashboards/customers';
import { executiveWall } from './dashboards/executive';
import { feedbackDashboard } from './dashboards/feedback';
import { managerDashboard } from './dashboards/manager';
import { pipelineDashboard } from './dashboards/pipeline';
import { repDrillDown } from './dashboards/rep';
import { targetsDashboard } from './dashboards/targets';

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

/** The JSON text of a dashboard as committed: two-space indents and a final newline. */
export function dashboardJson(built: dashboard.Dashboard): string {
  return `${JSON.stringify(built, null, 2)}\n`;
}
