/** Messages about alert rules: what can be alerted on, and over which window. */
export const ALERT_ERRORS = {
  'alert.needs-metric': 'An alert needs a metric: a catalog metric id such as bookings or overdue_receivables.',
  'alert.target-option':
    'The alert on {{id}} sets {{option}}: only target-family metrics (attainment, pace …) take one.',
  'alert.status':
    'status cannot be alerted on: it is a word (on_track, cautioned, off_track), and an alert compares a number. Alert on pace below the cautioned threshold (0.9 by default) instead.',
  'alert.seasonal':
    "{{id}} with seasonal pacing cannot be alerted on: its elapsed share is last year's cumulative daily profile, which the pack computes in the browser, not in the warehouse. Use linear or working_days pacing.",
  'alert.coverage':
    'coverage of the {{target}} target cannot be alerted on: coverage is open pipeline ÷ gap, and only bookings have a pipeline (it is always empty for {{target}}).',
  'alert.browser-computed':
    "{{id}} cannot be alerted on: {{why}}, and Grafana evaluates alert rules on its server from the warehouse's rows alone. Alert on a catalog metric ({{examples}} …).",
  'alert.why.forecast': 'forecasts are fitted in the browser (or by the forecast kind) from the monthly history',
  'alert.why.funnel': 'funnel conversion is computed in the browser from the stage counts',
  'alert.why.scorecard': 'scorecard scores and ranks weigh several metrics of every rep against each other',
  'alert.why.commission': 'commissions apply the plan to attainment in the browser',
  'alert.why.comparison': 'comparisons with a previous period are computed in the browser from two periods',
  'alert.last-days': 'lastDays must be a whole number of days from 1 to {{max}}, not {{days}}.',
  'alert.window-unknown': 'Unknown alert window {{window}}: use {{names}} or { lastDays: n }.',
} as const;
