/**
 * Ids from @grafana/data 12.4 that dashboards may name. They are listed here because the checks run
 * in Node, where @grafana/data cannot be loaded (it needs a window); grafana-ids.test.ts loads it
 * under jsdom and fails when these lists and Grafana's own differ.
 */

/** DataTransformerID: the transformations. */
export const TRANSFORMER_IDS = [
  'append',
  'reduce',
  'order',
  'organize',
  'rename',
  'calculateField',
  'seriesToColumns',
  'seriesToRows',
  'merge',
  'concatenate',
  'labelsToFields',
  'filterFields',
  'filterFieldsByName',
  'filterFrames',
  'filterByRefId',
  'renameByRegex',
  'filterByValue',
  'noop',
  'ensureColumns',
  'groupBy',
  'sortBy',
  'histogram',
  'configFromData',
  'rowsToFields',
  'prepareTimeSeries',
  'convertFieldType',
  'convertFrameType',
  'fieldLookup',
  'heatmap',
  'spatial',
  'joinByField',
  'joinByLabels',
  'extractFields',
  'groupingToMatrix',
  'limit',
  'partitionByValues',
  'timeSeriesTable',
  'transpose',
  'formatTime',
  'formatString',
  'regression',
  'smoothing',
  'groupToNestedTable',
];

/** FieldMatcherID: the matchers of field overrides. */
export const FIELD_MATCHER_IDS = [
  'numeric',
  'time',
  'first',
  'firstTimeField',
  'byType',
  'byTypes',
  'byName',
  'byNames',
  'byRegexp',
  'byRegexpOrNames',
  'byFrameRefID',
  'byValue',
];
