import { changeScale, type ChangeScale, listMetrics, type MetricDef, type TimeBehaviour } from '../../src/sales';

/** The reader's meaning of each time behaviour (the rule the engine applies; see TimeBehaviour). */
const TIME_BEHAVIOUR_TEXT: Record<TimeBehaviour, string> = {
  flow: 'events dated in the window; a to-date comparison cuts the previous window at the same point',
  snapshot: 'a state as of an instant (now, or the matching instant of the previous window); the window is never cut',
  cohort: 'a population picked by one date and judged as of now',
  plan: 'targets and what derives from them (attainment kind)',
};

const CHANGE_TEXT: Record<ChangeScale, string> = {
  relative: 'relative: (value − previous) ÷ |previous|, null when previous is 0',
  percentage_points: 'difference in percentage points (win rate 0.30 → 0.285 is −1.5 points, not −5 %)',
  points: 'difference in points',
};

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function metricSection(metric: MetricDef): string {
  return [
    `### \`${metric.id}\` — ${metric.label}`,
    '',
    cell(metric.description),
    '',
    '| | |',
    '| --- | --- |',
    `| Unit | ${metric.unit} |`,
    `| Time behaviour | ${metric.timeBehaviour}: ${TIME_BEHAVIOUR_TEXT[metric.timeBehaviour]} |`,
    `| Change (\`${metric.id}_change\`) | ${CHANGE_TEXT[changeScale(metric)]} |`,
    `| Empty bucket | ${metric.additive ? '0' : 'null (no data)'} |`,
    `| Better when | ${metric.lowerIsBetter ? 'lower' : 'higher'} |`,
    `| Tables | ${metric.tables.map((table) => `\`${table}\``).join(', ')} |`,
    `| Dimensions | ${metric.dimensions.length ? metric.dimensions.map((dim) => `\`${dim}\``).join(', ') : 'none'} |`,
    ...(metric.targetBased ? ["| Target | follows the query's target metric (bookings by default) |"] : []),
    '',
  ].join('\n');
}

/** docs/metrics.md, generated from the catalog records (`npm run docs:metrics`). */
export function metricsMarkdown(): string {
  const metrics = listMetrics();
  const families = [...new Set(metrics.map((metric) => metric.family))];
  const lines = [
    '# Metrics',
    '',
    '<!-- Generated from src/sales/catalog/metrics.ts by `npm run docs:metrics`; do not edit by hand. -->',
    '',
    'Every metric the data source computes, with what it means, how it relates to time, its unit, the',
    'warehouse tables it reads and the dimensions it can be grouped and filtered by.',
    '',
    '## Time behaviour',
    '',
    ...Object.entries(TIME_BEHAVIOUR_TEXT).map(([id, text]) => `- **${id}**: ${text}.`),
    '',
    'See [frames.md](frames.md#what-the-comparisons-mean) for what each comparison means.',
    '',
    '## Dimensions',
    '',
    "Where each dimension's value comes from: team, manager and region are the owning rep's; product and",
    "product line the deal's product's; customer tier and industry the customer's; channel the deal's or",
    "the spend row's.",
    '',
    '## Index',
    '',
    '| Id | Label | Unit | Time behaviour |',
    '| --- | --- | --- | --- |',
    ...metrics.map((m) => `| \`${m.id}\` | ${cell(m.label)} | ${m.unit} | ${m.timeBehaviour} |`),
    '',
  ];
  for (const family of families) {
    lines.push(`## ${family}`, '');
    for (const metric of metrics.filter((m) => m.family === family)) {
      lines.push(metricSection(metric));
    }
  }
  return lines.join('\n');
}
