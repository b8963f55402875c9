/**
 * Messages of the computations on the warehouse's rows: pacing, calendars, commissions, the funnel,
 * the scorecard and the forecasts. `what` names the value checked, in English.
 */
export const ANALYTICS_ERRORS = {
  'value.not-finite': '{{what}} must be a finite number; got {{value}}.',
  'value.negative': '{{what}} must not be negative; got {{value}}.',
  'value.not-positive-integer': '{{what}} must be a whole number of at least 1; got {{value}}.',
  'value.not-one-of': '{{what}} must be one of {{allowed}}; got {{value}}.',
  'value.not-date': '{{what}} must be a date in the form YYYY-MM-DD; got {{value}}.',
  'calendar.range-empty': '{{what}} ends ({{to}}) before or when it starts ({{from}}).',
  'calendar.weekdays':
    'The working weekdays must be ISO weekday numbers from 1 (Monday) to 7 (Sunday); got {{weekdays}}.',
  'commission.tier-bounds': 'Tier {{tier}} ends ({{upper}}) at or below where it starts ({{lower}}).',
  'commission.curve-quota': 'A payout curve needs a quota above 0.',
  'pacing.seasonal-profile': "Seasonal pacing needs last year's daily profile of the metric; none was given.",
  'pacing.profile-day-twice': 'The seasonal profile lists day {{day}} twice.',
  'pacing.thresholds':
    'The cautioned threshold ({{cautioned}}) must be between 0 and the on-track threshold ({{onTrack}}).',
  'proration.period': 'The target period ends ({{end}}) before it starts ({{start}}).',
  'funnel.no-stages': 'The funnel has no stages: the stages table lists none.',
  'funnel.stage-unnamed': 'A funnel stage has no name (got {{value}}).',
  'funnel.stage-twice': 'The funnel lists stage "{{stage}}" twice.',
  'funnel.position-twice': 'Two funnel stages share position {{position}}.',
  'funnel.unknown-stage':
    "The funnel data names stage {{stage}}, which is not one of the funnel's stages ({{stages}}).",
  'funnel.row-twice': 'The funnel data has two rows for stage "{{stage}}" in group {{group}}.',
  'funnel.group-fields':
    'A funnel row for stage "{{stage}}" has group fields [{{fields}}] where [{{expected}}] were expected.',
  'scorecard.elapsed-share': 'The elapsed share of the range must lie in 0..1, not {{value}}.',
  'scorecard.no-metric': 'The scorecard needs at least one metric.',
  'scorecard.metric-without-id': 'A scorecard metric has no id (got {{value}}).',
  'scorecard.lists-metric-twice': 'The scorecard lists metric "{{id}}" twice.',
  'scorecard.weights-zero': "The scorecard metrics' weights add up to 0: give at least one metric a positive weight.",
  'scorecard.entities-not-list': 'The scorecard entities must be a list.',
  'scorecard.entity-without-key': 'A scorecard entity has no key (got {{value}}).',
  'scorecard.entity-twice': 'The scorecard lists entity "{{key}}" twice.',
  'forecast.run-rate-share':
    'The run_rate forecast needs part of the current period to have elapsed (elapsed share in (0, 1]); got {{share}}.',
  'forecast.run-rate-history':
    'The run_rate forecast needs at least 2 history points (to measure how much periods vary); got {{got}}.',
  'forecast.open-expected':
    'The expected amount of the open deals ({{expected}}) exceeds their total (commit {{commit}} + best case {{bestCase}}).',
  'forecast.singular': 'The regression has no unique solution: the design matrix is singular.',
  'forecast.ets-unfittable': 'No exponential-smoothing model can be fitted to these {{points}} values.',
  'forecast.interval-level': 'The forecast interval must be 0.8 or 0.95; got {{interval}}.',
  'forecast.holt-winters-grain':
    'The holt_winters forecast needs a grain with a season (day, week, month or quarter); got {{grain}}.',
  'forecast.unusable-history': 'The {{method}} forecast cannot model this history: {{reason}}.',
  'forecast.needs-history-or-start':
    'The forecast needs a history or the start of the period to forecast; it got neither.',
  'forecast.start-not-next': 'The forecast start ({{start}}) is not the period right after the history ({{next}}).',
  'forecast.current-inputs':
    'The {{method}} forecast needs its current-period inputs (options.{{name}}); none were given.',
  'forecast.polynomial-order': 'The polynomial order must be 2 or 3; got {{order}}.',
  'forecast.grain': 'The grain must be one of {{grains}}; got {{grain}}.',
  'forecast.history-not-list': 'The forecast history must be a list of { time, value } points.',
  'forecast.history-gap':
    'The history point at {{at}} is not one {{grain}} after the previous one ({{previous}}): the history needs one point per period, oldest first, with no gap.',
  'forecast.not-enough-history': 'The {{method}} forecast needs at least {{needed}} history points; got {{got}}.',
  'forecast.not-enough-history-why':
    'The {{method}} forecast needs at least {{needed}} history points ({{why}}); got {{got}}.',
  'forecast.holt-winters-yearly':
    'Holt–Winters needs a grain with a season (day, week, month or quarter); a year has none.',
  'forecast.holt-winters-seasons':
    'The holt_winters forecast needs at least {{needed}} history points (two seasons); got {{got}}.',
  'forecast.trend-unfittable':
    'The {{trend}} trend cannot be fitted to this history (its least squares have no finite solution).',
  'forecast.trend-overflow':
    'The {{trend}} trend overflows {{steps}} periods ahead: forecast fewer periods or choose another method.',
  'forecast.student-t': "Student's t needs a whole number of degrees of freedom ≥ 1; got {{df}}.",
} as const;
