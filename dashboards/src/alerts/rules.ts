/**
 * The pack's KPI alert rules. `npm run alerts` turns them into Grafana's alert-rule provisioning file
 * (provisioning/alerting/sales-alerts.yaml); Grafana evaluates them on its server against the warehouse's
 * own SQL data source, so only metrics the warehouse computes wholly in SQL can be watched
 * (src/sales/alerts/alertable.ts says which, and refuses the others with the reason).
 *
 * To add a rule: append one here (metric, filters, group by, window, condition), run `npm run alerts`
 * and commit the YAML it rewrites.
 */
import type { AlertSpec } from '../../../src/sales';

/** Fires when the value is below or above the threshold (a ratio as a fraction: 90 % is 0.9). */
export type AlertCondition = { below: number } | { above: number };

export interface SalesAlertRule {
  /** stable: Grafana keeps a rule's state and silences by uid */
  uid: string;
  title: string;
  /** what to measure: a catalog metric, filters, group by (one alert instance per group), window */
  query: AlertSpec;
  condition: AlertCondition;
  /**
   * The notification's text. Grafana's template syntax: {{ $labels.region }} is the group's value of
   * a group-by column, {{ $values.A.Value }} the measured number.
   */
  summary: string;
  /** how long the condition must hold before the alert fires (Prometheus duration, e.g. 1h) */
  pendingFor: string;
}

/**
 * The calendar the rules count in. Grafana's server has no dashboard or browser time zone, so the zone
 * is the sales organisation's, written here; the fiscal year start and the working weekdays are those
 * of the sales data source (provisioning/datasources/datasources.yaml), so an alert's "this quarter"
 * and pace are the dashboards'.
 */
export const ALERT_CALENDAR = {
  timeZone: 'Asia/Shanghai',
  fiscalYearStartMonth: 1,
  workingWeekdays: [1, 2, 3, 4, 5],
};

export const SALES_ALERT_RULES: SalesAlertRule[] = [
  {
    uid: 'salesperf-bookings-behind-pace',
    title: 'Bookings behind pace this quarter, by region',
    query: { metric: 'pace', targetMetric: 'bookings', pace: 'linear', window: 'this_quarter', groupBy: ['region'] },
    // the cautioned threshold of the data source (thresholds.cautioned)
    condition: { below: 0.9 },
    summary:
      '{{ $labels.region }}: bookings this quarter are at {{ humanizePercentage $values.A.Value }} of the target expected to date (alert below 90 %).',
    pendingFor: '1h',
  },
  {
    uid: 'salesperf-overdue-receivables',
    title: 'Overdue receivables, by region',
    query: { metric: 'overdue_receivables', window: 'today', groupBy: ['region'] },
    condition: { above: 50000 },
    summary:
      '{{ $labels.region }}: {{ humanize $values.A.Value }} of invoices due before today are unpaid (alert above 50,000).',
    pendingFor: '0s',
  },
  {
    uid: 'salesperf-aged-pool-leads',
    title: 'Pool leads waiting over 3 days',
    query: { metric: 'aged_pool_leads', window: 'today' },
    condition: { above: 20 },
    summary:
      '{{ $values.A.Value }} leads have waited in the public pool for more than 3 days without being claimed (alert above 20).',
    pendingFor: '0s',
  },
  {
    uid: 'salesperf-visit-plan-completion',
    title: 'Visit plan completion this week, by team',
    query: { metric: 'visit_completion_rate', window: 'this_week', groupBy: ['team'] },
    condition: { below: 0.7 },
    summary:
      '{{ $labels.team }}: {{ humanizePercentage $values.A.Value }} of the visits planned this week and already due were completed (alert below 70 %).',
    pendingFor: '1h',
  },
];
