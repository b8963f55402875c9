/**
 * Ids the dashboards refer to. The plugin ids are a public contract; the data
 * source uid is the one provisioning/datasources/datasources.yaml gives the sales data source.
 */

export const SALES_DATASOURCE = { type: 'seed-salesperf-datasource', uid: 'salesperf' } as const;

export const PANEL_TYPES = {
  funnel: 'seed-salesfunnel-panel',
  attainment: 'seed-attainment-panel',
  scorecard: 'seed-repscorecard-panel',
} as const;

/** Dashboard uids: stable, so that links, bookmarks and the app's overview page keep working. */
export const DASHBOARD_UIDS = {
  executive: 'salesperf-executive',
  manager: 'salesperf-manager',
  rep: 'salesperf-rep',
  pipeline: 'salesperf-pipeline',
  targets: 'salesperf-targets',
  customers: 'salesperf-customers',
  commissions: 'salesperf-commissions',
  feedback: 'salesperf-feedback',
} as const;

/** Every bundled dashboard carries this tag; dashboard links list the pack's dashboards by it. */
export const PACK_TAG = 'sales-performance';

/** "This quarter" (fiscal quarter: the same as the calendar one unless the dashboard's fiscal year start changes). */
export const THIS_QUARTER = { from: 'now/fQ', to: 'now/fQ' } as const;

/**
 * Panels showing a monthly trend cover the last 13 months: this month so far and the twelve whole
 * months before it, so this month sits beside the same month last year. Over a range of a year or more
 * the time axis labels months (2025-05) and ticks them at month starts, where the bars begin; under a
 * year it labels days and, on a wide panel, ticks every 15 days, between the monthly bars.
 */
export const LAST_13_MONTHS = 'now-12M/M';
