/** Messages about a query: its kind, metrics, dimensions, filters and options, and its SQL. */
export const QUERY_ERRORS = {
  internal: 'internal: {{detail}}',
  'query.needs-kind':
    'The query needs a kind: metrics, timeseries, funnel, attainment, forecast, scorecard, commission, values or feedback.',
  'query.kind-unsupported': 'The query kind "{{kind}}" is not supported by this engine.',
  'query.current-time-invalid': 'The current time is not a valid time.',
  'query.needs-metric': 'The query needs at least one metric.',
  'query.metric-twice': 'The metric {{id}} is listed twice.',
  'query.target-family': 'The metric {{id}} belongs to the targets family: query it with kind attainment.',
  'query.switch-not-boolean': '{{name}} must be true or false, not {{value}}.',
  'timeseries.snapshot':
    'The metric {{id}} cannot be shown as a time series: it is measured as of now. Use kind metrics.',
  'timeseries.prorated':
    'The metric {{id}} cannot be shown as a time series: it is prorated over the whole range. Use kind metrics.',
  'timeseries.cumulative':
    'The metric {{id}} cannot be shown as a time series: it accumulates everything before the end of the range. Use kind metrics.',
  'timeseries.compare-to-date':
    'compareToDate applies to kind metrics: a time series already sets each bucket against its previous one.',
  'group-by.not-list': 'groupBy must be a list of dimensions.',
  'group-by.twice': 'The dimension {{dimension}} is in groupBy twice.',
  'group-by.not-allowed': '{{scope}} cannot be grouped by {{dimension}}: it can be grouped by {{allowed}}.',
  'filters.not-allowed': '{{scope}} cannot be filtered by {{dimension}}: it can be filtered by {{allowed}}.',
  'filters.not-list': 'filters must be a list of {dimension, op, values}.',
  'filters.not-object': 'Filter {{position}} is not an object with dimension, op and values.',
  'filters.operator': 'The filter on {{dimension}} has the operator "{{op}}": use {{ops}}.',
  'filters.values-not-text': 'The filter on {{dimension}} needs a list of text values.',
  'scope.metric': 'The metric {{id}}',
  'scope.attainment': 'Attainment of {{metric}}',
  'scope.funnel': 'The funnel',
  'scope.commissions': 'Commissions',
  'scope.feedback': 'The feedback query',
  'scope.values': 'The values of {{dimension}}',
  'values.filter-not-allowed':
    'The values of {{dimension}} cannot be filtered by {{filter}}: they can be filtered by {{allowed}}.',
  'values.filter-invalid': 'The filter on {{dimension}} needs op {{ops}} and a list of values.',
  'attainment.target-metric-unknown': 'Unknown target metric "{{metric}}": use {{allowed}}.',
  'attainment.pace-mode-unknown': 'Unknown pace mode "{{mode}}": use {{allowed}}.',
  'attainment.period-unknown': 'Unknown attainment period "{{period}}": use {{allowed}}.',
  'funnel.mode-unknown': 'Unknown funnel mode "{{mode}}": use {{allowed}}.',
  'funnel.measure-unknown': 'Unknown funnel measure "{{measure}}": use {{allowed}}.',
  'funnel.group-by-stage':
    'The funnel cannot be grouped by stage: its stages are the funnel itself. Filter on stage instead.',
  'funnel.strict-needs-history':
    'The strict funnel cannot run: the table {{table}} (the stage history it counts) is missing. Use mode reached or snapshot.',
  'forecast.whole-number': '{{name}} must be a whole number from {{min}} to {{max}}, not {{value}}.',
  'forecast.horizon': 'The horizon',
  'forecast.lookback': 'The lookback',
  'forecast.method-unknown': 'Unknown forecast method "{{method}}": use {{allowed}}.',
  'forecast.interval': 'The interval must be 0.8 or 0.95, not {{interval}}.',
  'forecast.seasonality': 'The seasonality must be additive or multiplicative, not {{seasonality}}.',
  'forecast.metric-not-flow':
    'The metric {{id}} cannot be forecast: forecasts need a metric measured per period (such as bookings).',
  'forecast.method-needs-additive': 'The {{method}} method projects a sum or a count; {{id}} is neither.',
  'forecast.pipeline-bookings-only': 'The pipeline method forecasts bookings from the forecast categories, not {{id}}.',
  'scorecard.needs-metric': 'The scorecard needs at least one metric, each {id, weight}.',
  'scorecard.target-family':
    'The metric {{id}} belongs to the targets family: a scorecard shows each metric against its target already.',
  'scorecard.weight': 'The weight of {{id}} must be a number of 0 or more, not {{weight}}.',
  'scorecard.metric-twice': 'The metric {{id}} is in the scorecard twice.',
  'scorecard.needs-weight': 'At least one scorecard metric needs a weight above 0.',
  'scorecard.entity-unknown': 'Unknown scorecard entity "{{entity}}": use {{allowed}}.',
  'scorecard.normalization-unknown': 'Unknown normalisation "{{normalization}}": use {{allowed}}.',
  'scorecard.entity-not-allowed': 'The metric {{id}} cannot be scored by {{entity}}: it can be grouped by {{allowed}}.',
  'commission.period-unknown': 'Unknown commission period "{{period}}": use plan or range.',
  'commission.what-if': 'whatIf must be a deal amount (a number), not {{value}}.',
  'commission.curve-per-rep': 'The payout curve is drawn per rep: group by rep (the default) to get it.',
  'feedback.limit': 'The feedback row limit must be a whole number from 1 to {{max}}, not {{limit}}.',
  'feedback.search': 'The feedback search must be text, not {{search}}.',
  'feedback.open-issues': 'openIssues must be true or false, not {{value}}.',
  'sql.dialect-unknown': 'Unknown SQL dialect "{{id}}": use one of {{ids}}.',
  'sql.postgres-nul': 'PostgreSQL text cannot contain the NUL character.',
  'sql.identifier':
    'The {{what}} "{{name}}" is not a valid name: use letters, digits and underscores, starting with a letter or underscore (at most 63 characters).',
  'sql.number': 'The number {{value}} cannot be used in a query: only finite numbers can.',
  'sql.date': '"{{date}}" is not a date in the form YYYY-MM-DD.',
  'sql.time': '{{time}} is not a valid time.',
  'sql.range-starts-outside':
    'The time range starts at {{at}}, outside what {{types}} can hold ({{from}} to {{to}}): choose a range within those dates.',
  'sql.range-ends-outside':
    'The time range ends at {{at}}, outside what {{types}} can hold ({{from}} to {{to}}): choose a range within those dates.',
  'sql.statement-too-long':
    "The query's SQL is {{bytes}} bytes, more than the warehouse's {{setting}} ({{max}} bytes), or raise {{setting}} in the ClickHouse user's profile.",
  'sql.statement-too-long-filters':
    "The query's SQL is {{bytes}} bytes, more than the warehouse's {{setting}} ({{max}} bytes); its filters list {{values}} values: filter on fewer values, or raise {{setting}} in the ClickHouse user's profile.",
  'columns.missing-table': 'The query cannot run: the table {{table}} is missing.',
  'columns.missing-column':
    'The query cannot run: the table {{table}} has no column {{column}} (the contract expects {{expected}}).',
  'columns.wrong-type':
    'The query cannot run: column {{column}} has type {{type}}, and the contract expects {{expected}} (cast it in a view).',
  'run.missing': 'The query cannot run: {{problems}}.',
  'run.failed': 'The warehouse could not run the query: {{message}}',
  'run.permission-denied':
    'Permission denied: {{role}} may not read {{what}}. Grant it SELECT there (see the reader role in the warehouse DDL). The warehouse said: {{message}}',
  'run.table-missing': 'the table {{table}} is missing',
  'run.table-lacks-columns': 'the table {{table}} has no column {{columns}}',
  'run.the-role': 'the role {{role}}',
  'run.the-warehouse-role': 'the warehouse role',
  'run.the-table': 'the table {{table}}',
  'run.the-tables': 'the tables {{tables}}',
} as const;
