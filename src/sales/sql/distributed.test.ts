import { compileQuery } from '../engine';
import type { SalesQuery } from '../types';
import { clusterDdl, SHARDING_KEYS, shardingExpression } from '../warehouse/cluster';
import { CONTRACT } from '../warehouse/contract';
import type { WarehouseLocation } from '../catalog/tables';

const YEAR = { from: Date.parse('2025-01-01T00:00:00Z'), to: Date.parse('2026-01-01T00:00:00Z') };

function sql(query: SalesQuery, location: WarehouseLocation, dialect: 'clickhouse' | 'postgres' = 'clickhouse') {
  return compileQuery(query, {
    dialect,
    location,
    range: YEAR,
    currentTime: YEAR.to,
    timeZone: 'UTC',
    fiscalYearStartMonth: 1,
  }).sql;
}

const ON_CLUSTER = { schema: 'sales', cluster: 'two_shards' };

describe('SQL for a ClickHouse cluster', () => {
  it('joins payments per invoice on each shard, against the shard-local payments', () => {
    const text = sql({ kind: 'metrics', metrics: ['collection_rate'], groupBy: ['team'] }, ON_CLUSTER);
    expect(text).toContain('FROM `sales`.`invoices` ANY LEFT JOIN (SELECT `invoice_id` AS `invoice_id`');
    expect(text).toContain('FROM `sales`.`payments_local` AS pp GROUP BY pp.`invoice_id`');
    expect(text).not.toMatch(/GLOBAL/);
  });

  it('joins a payment to its invoice and a deal to its furthest history stage on the shards', () => {
    expect(sql({ kind: 'metrics', metrics: ['collections'], groupBy: ['region'] }, ON_CLUSTER)).toContain(
      'FROM `sales`.`payments` ANY LEFT JOIN (SELECT `invoice_id` AS `invoice_id`, `rep_id` AS i__rep_id FROM `sales`.`invoices_local`)'
    );
    expect(sql({ kind: 'funnel', mode: 'reached' }, ON_CLUSTER)).toContain(
      'FROM `sales`.`opportunity_stage_history_local` INNER JOIN'
    );
  });

  it('ships the joined rows to every shard instead with cluster joins global', () => {
    const text = sql(
      { kind: 'metrics', metrics: ['collection_rate'], groupBy: ['team'] },
      { ...ON_CLUSTER, clusterJoins: 'global' }
    );
    expect(text).toContain('FROM `sales`.`invoices` GLOBAL ANY LEFT JOIN');
    expect(text).not.toContain('_local');
  });

  it('makes a join to a sharded table GLOBAL where the rows are not co-located', () => {
    const text = sql({ kind: 'metrics', metrics: ['new_customers', 'stale_deals'] }, ON_CLUSTER);
    // a customer's first won deal can be on any shard
    expect(text).toMatch(
      /GLOBAL ANY LEFT JOIN \(SELECT `first_won_id` AS o__opportunity_id, `first_won` AS fwd__first_won FROM \(SELECT substring\(MIN/
    );
    // a deal's activities are on its shard
    expect(text).toMatch(
      /FROM `sales`\.`opportunities` ANY LEFT JOIN \(SELECT `opportunity_id` AS `opportunity_id`, `recent_0s` AS ract__recent_0s FROM \(SELECT .* FROM `sales`\.`activities_local` AS ra /
    );
    expect(text).not.toMatch(/ IN \(SELECT/);
  });

  it('leaves the SQL of one node as it is, and never relaxes distributed_product_mode', () => {
    for (const query of [
      { kind: 'metrics', metrics: ['collection_rate', 'new_customers', 'stale_deals'] },
      { kind: 'funnel', mode: 'reached' },
    ] as SalesQuery[]) {
      expect(sql(query, { schema: 'sales' })).not.toMatch(/GLOBAL|_local/);
      expect(sql(query, ON_CLUSTER)).not.toMatch(/distributed_product_mode/);
    }
  });

  it('refuses a cluster on another engine and an unknown join form, naming them', () => {
    expect(() => sql({ kind: 'metrics', metrics: ['bookings'] }, ON_CLUSTER, 'postgres')).toThrow(
      'The cluster setting ("two_shards") applies to ClickHouse only, not to postgres: leave it empty.'
    );
    expect(() =>
      sql({ kind: 'metrics', metrics: ['bookings'] }, { ...ON_CLUSTER, clusterJoins: 'nearby' as never })
    ).toThrow('Cluster joins "nearby" are unknown: use local or global.');
    expect(() => sql({ kind: 'metrics', metrics: ['bookings'] }, { schema: 'sales', cluster: 'two-shards' })).toThrow(
      'The cluster name "two-shards" is not a valid name'
    );
  });
});

describe('the cluster DDL', () => {
  const statements = clusterDdl('two_shards', 'sales');

  it('makes each fact a local table under a Distributed table routed by its co-locating key', () => {
    for (const table of CONTRACT.filter((def) => SHARDING_KEYS[def.name])) {
      expect(statements).toContainEqual(
        expect.stringMatching(
          new RegExp(`^CREATE TABLE \`sales\`\\.\`${table.name}_local\` \\([^]*\\) ENGINE = MergeTree\\(\\)`)
        )
      );
      expect(statements).toContainEqual(
        expect.stringContaining(
          `ENGINE = Distributed('two_shards', 'sales', '${table.name}_local', ${shardingExpression(table.name)})`
        )
      );
    }
    expect(shardingExpression('payments')).toBe('cityHash64(`invoice_id`)');
    expect(shardingExpression('activities')).toBe('cityHash64(ifNull(`opportunity_id`, `activity_id`))');
  });

  it('keeps every other table whole on every node', () => {
    for (const table of CONTRACT.filter((def) => !SHARDING_KEYS[def.name])) {
      expect(statements).toContainEqual(
        expect.stringMatching(
          new RegExp(`^CREATE TABLE \`sales\`\\.\`${table.name}\` \\([^]*\\) ENGINE = MergeTree\\(\\)`)
        )
      );
    }
    expect(statements.filter((statement) => statement.includes('Distributed('))).toHaveLength(
      Object.keys(SHARDING_KEYS).length
    );
  });
});
