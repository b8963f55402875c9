import { listMetrics } from '../catalog/metrics';
import type { TableId } from '../catalog/tables';
import { compileQuery } from '../engine';
import { SalesError } from '../errors';
import type { SalesQuery } from '../types';
import { CONTRACT } from './contract';
import type { WarehouseProfile } from './profile';

/**
 * Which metrics and query kinds need each table, taken from the compiler itself, so `check` says
 * exactly what an absent optional table makes unavailable.
 */

const KINDS: Array<{ what: string; query: SalesQuery }> = [
  { what: 'funnel (reached)', query: { kind: 'funnel', mode: 'reached' } },
  { what: 'funnel (strict)', query: { kind: 'funnel', mode: 'strict' } },
  { what: 'funnel (snapshot)', query: { kind: 'funnel', mode: 'snapshot' } },
  ...(['bookings', 'collections', 'new_customers', 'visits'] as const).map((metric) => ({
    what: `attainment (${metric})`,
    query: { kind: 'attainment', metric } as SalesQuery,
  })),
  { what: 'commission', query: { kind: 'commission' } },
  { what: 'attainment by dealer', query: { kind: 'attainment', groupBy: ['dealer'] } },
  { what: 'feedback', query: { kind: 'feedback' } },
];

const CONTEXT = {
  dialect: 'postgres' as const,
  location: { schema: 'sales' },
  range: { from: Date.UTC(2024, 0, 1), to: Date.UTC(2024, 3, 1) },
  currentTime: Date.UTC(2024, 2, 15),
  timeZone: 'UTC',
  fiscalYearStartMonth: 1,
};

function queries(): Array<{ what: string; query: SalesQuery }> {
  const metrics = listMetrics()
    .filter((metric) => !metric.targetBased)
    .map((metric) => ({ what: metric.id, query: { kind: 'metrics', metrics: [metric.id] } as SalesQuery }));
  return [...metrics, ...KINDS];
}

/** A warehouse with every contract table in the contract's types, except one. */
function profileWithout(table: TableId): WarehouseProfile {
  const tables: WarehouseProfile['tables'] = {};
  for (const def of CONTRACT.filter((candidate) => candidate.name !== table)) {
    tables[def.name] = Object.fromEntries(
      def.columns.map((column) => [column.name, { nativeType: column.type, stored: 'native' as const }])
    );
  }
  return { dialect: 'postgres', schema: 'sales', timeZone: 'UTC', tables };
}

const memo = new Map<TableId, string[]>();

/**
 * What an absent table makes unavailable: the metrics and kinds that the compiler refuses for a
 * warehouse without it (the reached funnel, for one, runs without the stage history).
 */
export function unavailableWithout(table: TableId): string[] {
  let unavailable = memo.get(table);
  if (!unavailable) {
    const profile = profileWithout(table);
    unavailable = queries()
      .filter(({ query }) => {
        try {
          compileQuery(query, { ...CONTEXT, profile });
          return false;
        } catch (error) {
          if (error instanceof SalesError && ['missing_table', 'missing_column'].includes(error.code)) {
            return true;
          }
          throw error;
        }
      })
      .map(({ what }) => what);
    memo.set(table, unavailable);
  }
  return unavailable;
}
