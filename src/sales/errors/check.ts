/**
 * The warehouse contract check's findings (CheckIssue), shown by the CLI in English and by the data
 * source's "Save & test" translated.
 */
export const CHECK_MESSAGES = {
  'check.introspection-failed': 'Could not read the columns of schema "{{schema}}": {{error}}',
  'check.required-table-missing':
    'Table {{table}} is missing from schema "{{schema}}": it is required (it feeds {{feeds}}).',
  'check.optional-table-absent': 'Table {{table}} is absent (optional): {{feeds}} are unavailable.',
  'check.optional-table-absent-queries':
    'Table {{table}} is absent (optional): {{feeds}} are unavailable (queries that read it: {{queries}}).',
  'check.table-failed': 'Checking {{table}} failed: {{error}}',
  'check.column-added-later-missing':
    'Column {{column}} is missing (added to the contract later, {{expected}}, nullable): queries run without it, except {{needs}}.',
  'check.column-missing': 'Column {{column}} is missing: the contract expects {{expected}}.',
  'check.column-wrong-type': 'Column {{column}} has type {{type}}: the contract expects {{expected}}.',
  'check.column-type-warning': 'Column {{column}} ({{type}}) {{warning}}.',
  'check.null-values':
    'Column {{column}} is NULL in {{rows}}: the contract requires a value (queries run; rows without it drop out of whatever groups, joins or filters on it).',
  'check.negative-amount': 'Column {{column}} is negative in {{rows}}: amounts must be zero or more.',
  'check.out-of-range': 'Column {{column}} is outside {{low}}..{{high}} in {{rows}}.',
  'check.invalid-value': 'Column {{column}} holds values other than {{values}} in {{rows}} (e.g. "{{example}}").',
  'check.duplicate-key':
    "Column {{column}} repeats values ({{rows}}): it is the table's key and must be unique (joins on it count those rows more than once).",
  'check.unordered-dates': 'Table {{table}}: {{later}} is before {{earlier}} in {{rows}}.',
  'check.open-without-close-date':
    'Table opportunities: {{deals}} without a close_date (allowed; they are in no pipeline metric).',
  'check.closed-without-close-date':
    'Table opportunities: {{deals}} without a close_date: closed deals need their actual close date.',
  'check.competitor-unnamed':
    "Table visit_feedback: {{reports}} without a competitor (counted in competitor_mentions, in no competitor's group).",
  'check.collation-ignores-case':
    'Columns {{columns}} use the case-insensitive collation {{collation}}: the plugin groups, filters and joins text exactly, as the other engines do, so "East", "east" and "East " are separate values and keys differing only in case do not match.',
  'check.collation-ignores-case-more':
    'Columns {{columns}} and {{more}} more use the case-insensitive collation {{collation}}: the plugin groups, filters and joins text exactly, as the other engines do, so "East", "east" and "East " are separate values and keys differing only in case do not match.',
  'check.several-collations':
    "The contract's text columns use several collations ({{collations}}): joins compare their keys byte for byte, which cannot use an index (slower on large tables); one collation for every table avoids that.",
  'check.no-stages': 'Table stages is empty: the funnel needs at least one open stage and one won stage.',
  'check.duplicate-stage-position':
    'Column stages.position: position {{position}} is used by {{stages}}; positions must be unique.',
  'check.no-won-stage': 'Column stages.is_won: no stage is the won stage; exactly one must be.',
  'check.several-won-stages':
    'Column stages.is_won: {{number}} stages are won stages ({{stages}}); exactly one must be.',
  'check.won-stage-not-closed': 'Column stages.is_closed: the won stage "{{stage}}" must also be closed.',
  'check.no-open-stage': 'Column stages.is_closed: every stage is closed; the funnel needs at least one open stage.',
  'check.won-elsewhere':
    'Table opportunities: {{number}} won deals whose stage is not the won stage (metrics follow status, the funnel follows stage).',
  'check.lost-elsewhere':
    'Table opportunities: {{number}} lost deals in an open or won stage (metrics follow status, the funnel follows stage).',
  'check.open-in-closed':
    'Table opportunities: {{number}} open deals in a closed stage (metrics follow status, the funnel follows stage).',
  'check.orphan-key':
    'Column {{column}} names {{table}} that do not exist in {{parent}} in {{rows}} (e.g. "{{example}}").',

  'check.list-more': '{{items}} and {{more}} more',
  'check.comp.band': 'plan {{plan}} from {{from}} to {{until}}',
  'check.comp.empty-band': 'plan {{plan}}: a band that ends where it starts ({{at}})',
  'check.comp.tier-overlap':
    "Table comp_plan_tiers: tiers overlap ({{bands}}): an attainment in two bands is paid by the first, and marginal plans pay both bands' rates on it.",
  'check.comp.tier-gap':
    "Table comp_plan_tiers: no tier covers {{bands}}: attainment there earns nothing (a plan's tiers run from 0 with no gaps, the last without upper_attainment).",
  'check.comp.plan-without-tiers.one':
    'Table comp_plans: plan {{plans}} has no rows in comp_plan_tiers: it pays no commission.',
  'check.comp.plan-without-tiers.other':
    'Table comp_plans: plans {{plans}} have no rows in comp_plan_tiers: they pay no commission.',
  'check.comp.assignment': '{{rep}}: {{before}} from {{beforeFrom}} and {{after}} from {{afterFrom}}',
  'check.comp.assignment-overlap.one':
    'Table comp_assignments: {{number}} rep is on two plans at once ({{assignments}}): the days they overlap are credited under both plans. End one assignment (effective_to) the day before the next starts.',
  'check.comp.assignment-overlap.other':
    'Table comp_assignments: {{number}} reps are on two plans at once ({{assignments}}): the days they overlap are credited under both plans. End one assignment (effective_to) the day before the next starts.',
  'check.comp.clawback-positive.one':
    'Table comp_adjustments: {{number}} clawback has a positive amount: adjustments are added to the payout as they are, so a clawback must be negative.',
  'check.comp.clawback-positive.other':
    'Table comp_adjustments: {{number}} clawbacks have a positive amount: adjustments are added to the payout as they are, so a clawback must be negative.',

  'check.cluster.node.lower.shard': 'shard {{shard}} ({{host}})',
  'check.cluster.node.lower.replica': 'shard {{shard}} replica {{replica}} ({{host}})',
  'check.cluster.node.capital.shard': 'Shard {{shard}} ({{host}})',
  'check.cluster.node.capital.replica': 'Shard {{shard}} replica {{replica}} ({{host}})',
  'check.cluster.node-unreachable': '{{node}} of cluster "{{cluster}}" cannot be read: {{error}}',
  'check.cluster.replicated-distributed':
    'Table {{name}} is a Distributed table: the pack expects {{table}} to hold all its rows on every node (a plain MergeTree table, the same everywhere), so that each shard joins it locally.',
  'check.cluster.not-distributed':
    'Table {{name}} is a {{engine}} table, not a Distributed table over cluster "{{cluster}}": queries through this node would read only its own rows. Create {{local}} on every node and {{name}} as Distributed over it (salesperf ddl --engine clickhouse --cluster {{cluster}}).',
  'check.cluster.distributed-elsewhere':
    'Table {{name}} is Distributed over {{database}}.{{local}} of cluster "{{overCluster}}", not over cluster "{{cluster}}" and database "{{schema}}".',
  'check.cluster.no-key': 'nothing',
  'check.cluster.sharding-key-differs':
    'Table {{name}} is sharded by {{key}}, not by {{expected}}: the rows the queries join on each shard are not all there, so the numbers would be wrong. Recreate the table with the sharding key of salesperf ddl --cluster, or set cluster joins to global.',
  'check.cluster.sharding-key-global':
    'Table {{name}} is sharded by {{key}}, not by {{expected}}: right with cluster joins global, which ship the joined rows to every shard.',
  'check.cluster.local-table-missing':
    'Table {{name}} (the shard-local rows of {{table}}) is missing on {{node}}: run the cluster DDL on every node.',
  'check.cluster.replicated-table-missing':
    'Table {{name}} is missing on {{node}}: every node needs its own copy of {{table}} (run the cluster DDL on every node).',
  'check.cluster.columns-differ':
    'Table {{name}} on {{node}} has the columns ({{found}}), not ({{expected}}) as on the node queries go through.',
  'check.cluster.shard-without-rows':
    '{{node}} holds none of the {{total}} rows of {{table}}: it takes no share of the work.',
  'check.cluster.replicated-rows-differ':
    'Table {{name}} on {{node}} holds {{rows}} rows that differ from the {{reference}} on the node queries go through: every node must hold the same {{table}} (salesperf seed --cluster copies them).',

  'check.type.float': 'is a floating-point type: sums are not exact; use {{expected}}',
  'check.type.timestamp-for-date-wall':
    'is a timestamp where the contract expects a date: its date (the wall date) is used',
  'check.type.timestamp-for-date-zone':
    'is a timestamp where the contract expects a date: its date in {{zone}} is used',
  'check.type.zoneless-timestamp':
    'is a timestamp without time zone: its values are read as wall times in {{zone}} (the warehouse time zone setting); {{zoned}} states the zone in the data',

  // counted things, one key per English number form (i18next's `count` plurals are not used)
  'check.count.row.one': '{{number}} row',
  'check.count.row.other': '{{number}} rows',
  'check.count.extra-row.one': '{{number}} extra row',
  'check.count.extra-row.other': '{{number}} extra rows',
  'check.count.open-deal.one': '{{number}} open deal',
  'check.count.open-deal.other': '{{number}} open deals',
  'check.count.closed-deal.one': '{{number}} won or lost deal',
  'check.count.closed-deal.other': '{{number}} won or lost deals',
  'check.count.competitor-report.one': '{{number}} competitor report',
  'check.count.competitor-report.other': '{{number}} competitor reports',
} as const;
