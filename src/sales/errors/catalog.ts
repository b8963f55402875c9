/** Messages of the catalog: metrics, dimensions, grains, time, comparisons, table locations. */
export const CATALOG_ERRORS = {
  'metric.unknown': 'Unknown metric "{{id}}". Known metrics: {{ids}}.',
  'dimension.unknown': 'Unknown dimension "{{id}}": use one of {{ids}}.',
  'grain.unknown': 'Unknown grain "{{grain}}": use one of {{grains}}.',
  'grain.too-many-buckets-coarser':
    'The range holds {{buckets}} {{grain}} buckets, more than the {{max}} a series may have: use the {{coarser}} grain or a shorter range.',
  'grain.too-many-buckets':
    'The range holds {{buckets}} {{grain}} buckets, more than the {{max}} a series may have: use a shorter range.',
  'time-zone.unknown': '"{{zone}}" is not an IANA time zone (for example Europe/Berlin or UTC).',
  'fiscal-start.invalid': 'The fiscal year start month must be 1 to 12, not {{month}}.',
  'range.not-finite': 'The time range needs a finite from and to.',
  'range.empty': 'The time range is empty: it ends ({{to}}) at or before it starts ({{from}}).',
  'compare.to-date-needs-compare': 'compareToDate needs compare (previous_period or previous_year).',
  'compare.unknown': 'Unknown compare "{{compare}}": use previous_period or previous_year.',
  'location.cluster-joins-unknown': 'Cluster joins "{{joins}}" are unknown: use {{allowed}}.',
  'location.cluster-not-clickhouse':
    'The cluster setting ("{{cluster}}") applies to ClickHouse only, not to {{dialect}}: leave it empty.',
  'location.unknown-table': '"{{id}}" is not a table of the warehouse contract (tables: {{tables}}).',
} as const;
