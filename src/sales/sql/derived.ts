import type { TableId } from '../catalog/tables';
import { DAY_MS } from '../catalog/time';
import { readColumn } from './columns';
import { type Setting, tableRef } from './common';
import { inOperator, localTableRef, onCluster } from './distributed';
import type { FactId } from './facts';
import { STALE_DAYS } from './formulas';
import type { DerivedJoin } from './source';
import { windowSql } from './windows';

/**
 * Subqueries a fact's rows are LEFT JOINed to, one row per key, for components whose condition looks at
 * another table. A membership test written as `key IN (subquery)` inside an aggregate's CASE is planned
 * by PostgreSQL as a per-row subplan whenever the subquery's result is not hashed (larger than
 * work_mem, or NOT IN): over a quarter of activities at demo scale 20 that took minutes, against a
 * hash join of under a second. Each join is rendered only when a component references it.
 */
export function derivedJoins(setting: Setting, factId: FactId): DerivedJoin[] {
  switch (factId) {
    case 'invoices':
      return [paidByNow(setting)];
    case 'opportunities':
      return [recentActivity(setting), firstWonDeal(setting)];
    case 'activities':
      return [feedbackOnActivity(setting)];
    default:
      return [];
  }
}

/**
 * The derived joins a daily rollup may read, per fact: what their columns say of a row never depends
 * on the window a query reads (each customer's first won deal, the feedback on each activity), so a
 * rollup built from them holds, for its days, what a query reads from the fact table. Like any rows
 * loaded after a build for the days it holds (a visit's feedback reported days later), a change they
 * see then waits for the next build. The others read the window's now (payments by then, recent
 * activity) and are never rolled up.
 */
export const ROLLABLE_DERIVED_JOINS: Partial<Record<FactId, string[]>> = {
  opportunities: ['fwd'],
  activities: ['fbv'],
};

/**
 * A join to `select` over one table, written only when a metric uses it (a query that needs none of
 * its columns must run without that table). On a cluster, `select` over the shard-local table lets
 * each shard join its own rows where the two are co-located (sql/distributed.ts); without a
 * shard-local form the join is GLOBAL.
 */
function joinOver(
  setting: Setting,
  table: TableId,
  select: (table: string) => string,
  join: Omit<DerivedJoin, 'sql' | 'shardSql' | 'tables'> & { shardLocal: boolean }
): DerivedJoin {
  const { shardLocal, ...rest } = join;
  return {
    ...rest,
    get sql() {
      return select(tableRef(setting, table));
    },
    get shardSql() {
      return shardLocal && onCluster(setting.location)
        ? select(localTableRef(setting.d, setting.location, table))
        : undefined;
    },
    tables: [table],
  };
}

/** Every window a component may be evaluated over: flow windows and snapshot instants. */
const allWindows = (setting: Setting) => [...setting.windows, ...setting.asOf];

/** Payments received by each window's now, per invoice (for collection rate and overdue receivables). */
function paidByNow(setting: Setting): DerivedJoin {
  const { d } = setting;
  const q = (column: string) => d.quoteIdent(column);
  const windows = allWindows(setting);
  // qualified: DuckDB would bind a column missing from payments to the outer query
  const read = (column: string) => readColumn(d, setting.location, `pp.${q(column)}`, 'payments', column);
  const from = (payments: string) => {
    const sums = windows.map(
      (w) =>
        `SUM(CASE WHEN ${read('received_at')} < ${windowSql(d, w).nowDate} THEN ${read('amount')} END) AS ${q(`paid_${w.key}`)}`
    );
    return `SELECT ${read('invoice_id')} AS ${q('invoice_id')}, ${sums.join(', ')} FROM ${payments} AS pp GROUP BY ${read('invoice_id')}`;
  };
  return joinOver(setting, 'payments', from, {
    alias: 'pay',
    columns: windows.map((w) => `paid_${w.key}`),
    from: ['i', 'invoice_id'],
    key: 'invoice_id',
    shardLocal: true,
  });
}

/**
 * Per deal, its activities completed in the STALE_DAYS before each window's now (`recent_<window>`),
 * for stale deals. One pass over the activities of those days, however many windows.
 */
function recentActivity(setting: Setting): DerivedJoin {
  const { d } = setting;
  const q = (column: string) => d.quoteIdent(column);
  const windows = allWindows(setting);
  const read = (column: string) => readColumn(d, setting.location, `ra.${q(column)}`, 'activities', column);
  const completed = read('completed_at');
  const inDays = (w: (typeof windows)[number]) => {
    const bounds = windowSql(d, w);
    return `${completed} >= ${bounds.nowMinus(STALE_DAYS * DAY_MS)} AND ${completed} < ${bounds.now}`;
  };
  const from = (activities: string) => {
    const counts = windows.map((w) => `SUM(CASE WHEN ${inDays(w)} THEN 1 ELSE 0 END) AS ${q(`recent_${w.key}`)}`);
    return (
      `SELECT ${read('opportunity_id')} AS ${q('opportunity_id')}, ${counts.join(', ')} FROM ${activities} AS ra ` +
      `WHERE ${read('opportunity_id')} IS NOT NULL AND (${windows.map((w) => `(${inDays(w)})`).join(' OR ')}) ` +
      `GROUP BY ${read('opportunity_id')}`
    );
  };
  return joinOver(setting, 'activities', from, {
    alias: 'ract',
    columns: windows.map((w) => `recent_${w.key}`),
    from: ['o', 'opportunity_id'],
    key: 'opportunity_id',
    shardLocal: true,
  });
}

/** The longest span of windows (summed) over which new customers group only the windows' customers. */
const RESTRICT_DAYS = 200;

/**
 * Each customer's first won deal, ties broken by the smallest opportunity id (for new customers).
 * The key is not named opportunity_id: ClickHouse would take that alias for the column inside MIN().
 *
 * Only customers with a won deal in one of the windows it is read for can have their first there, so
 * the grouping reads only theirs (as a semi-join: `IN` inside an OR would be a subplan): at demo
 * scale 20 on PostgreSQL the grouping of every won deal by customer was most of a new-customers
 * statement (about 0.15 s of it), and a quarter's customers have about a third of the won deals. The
 * concatenation itself costs little there: MIN(close_date) alone grouped as slowly. Over 13 months
 * the customers with a won deal have 82 % of the won deals and the semi-join made the statement
 * slower, so windows spanning more than RESTRICT_DAYS in all group every customer.
 */
function firstWonDeal(setting: Setting): DerivedJoin {
  const { d } = setting;
  const q = (column: string) => d.quoteIdent(column);
  const read = (alias: string, column: string) =>
    readColumn(d, setting.location, `${alias}.${q(column)}`, 'opportunities', column);
  const first = d.dropPrefix(
    `MIN(${d.concat(d.dateText(read('f', 'close_date')), "'|'", read('f', 'opportunity_id'))})`,
    11
  );
  // the windows its column is read for; a read for no particular window reads every customer
  const windows = [...allWindows(setting)];
  let everyCustomer = false;
  const inWindows = (opportunities: string) => {
    const closed = read('fw', 'close_date');
    const spans = new Map(
      windows.map((w) => {
        const bounds = windowSql(d, w);
        return [
          `${bounds.fromDate}|${bounds.toDate}`,
          `(${closed} >= ${bounds.fromDate} AND ${closed} < ${bounds.toDate})`,
        ];
      })
    );
    // deals without a customer are one group too: NULL as '' (a superset when a customer is '')
    const customer = (alias: string) => `COALESCE(${read(alias, 'customer_id')}, ${d.string('')})`;
    return (
      ` AND ${customer('f')} ${inOperator(setting.location, ['opportunities'])} (SELECT ${customer('fw')} FROM ${opportunities} AS fw ` +
      `WHERE ${read('fw', 'status')} = ${d.string('won')} AND (${[...spans.values()].join(' OR ')}))`
    );
  };
  const restricted = () => {
    const spans = new Map(windows.map((w) => [`${w.from}|${w.to}`, w.to - w.from]));
    const days = [...spans.values()].reduce((sum, span) => sum + span, 0) / DAY_MS;
    return !everyCustomer && windows.length > 0 && days <= RESTRICT_DAYS;
  };
  const from = (opportunities: string) =>
    `SELECT ${first} AS ${q('first_won_id')}, COUNT(*) AS ${q('first_won')} FROM ${opportunities} AS f ` +
    `WHERE ${read('f', 'status')} = ${d.string('won')} AND ${read('f', 'close_date')} IS NOT NULL` +
    `${restricted() ? inWindows(opportunities) : ''} GROUP BY ${read('f', 'customer_id')}`;
  return joinOver(setting, 'opportunities', from, {
    alias: 'fwd',
    columns: ['first_won'],
    from: ['o', 'opportunity_id'],
    key: 'first_won_id',
    // a customer's deals may lie on several shards
    shardLocal: false,
    readIn: (w) => {
      if (w === undefined) {
        everyCustomer = true;
      } else if (!windows.includes(w)) {
        windows.push(w);
      }
    },
  });
}

/** Per activity, the feedback reports naming it (for visits with feedback). */
function feedbackOnActivity(setting: Setting): DerivedJoin {
  const { d } = setting;
  const q = (column: string) => d.quoteIdent(column);
  const read = (column: string) => readColumn(d, setting.location, `fb.${q(column)}`, 'visit_feedback', column);
  const from = (feedback: string) =>
    `SELECT ${read('activity_id')} AS ${q('activity_id')}, COUNT(*) AS ${q('reports')} FROM ${feedback} AS fb ` +
    `WHERE ${read('activity_id')} IS NOT NULL GROUP BY ${read('activity_id')}`;
  return joinOver(setting, 'visit_feedback', from, {
    alias: 'fbv',
    columns: ['reports'],
    from: ['a', 'activity_id'],
    key: 'activity_id',
    shardLocal: true,
  });
}
