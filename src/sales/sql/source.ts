import { resolveTable, type TableId, type WarehouseLocation } from '../catalog/tables';
import { readColumn } from './columns';
import type { SqlDialect } from './dialect';
import { colocated, localTableRef, needsGlobal, onCluster, shardLocalJoins } from './distributed';
import type { ColumnRef, FactDef, JoinDef } from './facts';
import type { Window } from './formulas';

/** A subquery joined like a table, e.g. payments summed per invoice. */
export interface DerivedJoin {
  alias: string;
  sql: string;
  /** on a cluster: the same subquery over the shard-local tables (sql/distributed.ts) */
  shardSql?: string;
  columns: string[];
  from: ColumnRef;
  key: string;
  tables: TableId[];
  /** told the window each of its columns is read for (undefined: no particular window) */
  readIn?(w: Window | undefined): void;
}

type AnyJoin = (JoinDef & { sql?: undefined }) | (DerivedJoin & { table?: undefined });

/**
 * The FROM clause of one fact: the fact table and the joins its referenced columns need.
 * Most engines get flat LEFT JOINs. ClickHouse 18.16 allows one JOIN per SELECT, so there each
 * join wraps the previous level in a derived table and columns are renamed alias__column so they
 * stay unique across levels; the statement then needs `SETTINGS join_use_nulls = 1`.
 */
export class Source {
  private readonly used = new Map<string, Set<string>>();
  private readonly joins: AnyJoin[];

  constructor(
    private readonly dialect: SqlDialect,
    private readonly location: WarehouseLocation,
    readonly fact: FactDef,
    derived: DerivedJoin[] = [],
    /** a subquery standing in for the fact table (its columns named as the fact's) */
    private readonly base?: { sql: string; tables: TableId[] }
  ) {
    this.joins = [...fact.joins, ...derived];
  }

  col(ref: ColumnRef): string;
  /** `w`: the window the column is read for, when a component's expression reads it */
  col(alias: string, column: string, w?: Window): string;
  col(aliasOrRef: string | ColumnRef, maybeColumn?: string, w?: Window): string {
    const [alias, column] = typeof aliasOrRef === 'string' ? [aliasOrRef, maybeColumn!] : aliasOrRef;
    const join = this.joins.find((candidate) => candidate.alias === alias);
    if (join && column === join.key) {
      // the joined key equals the column it is joined on
      return this.col(join.from);
    }
    if (join && 'readIn' in join) {
      join.readIn?.(w);
    }
    if (alias !== this.fact.alias && !join) {
      throw new Error(`internal: ${this.fact.id} has no join aliased ${alias}`);
    }
    if (!this.used.has(alias)) {
      this.used.set(alias, new Set());
    }
    this.used.get(alias)!.add(column);
    return this.dialect.joinStyle === 'nested'
      ? `${alias}__${column}`
      : this.read(alias, `${alias}.${this.dialect.quoteIdent(column)}`, column);
  }

  /** A warehouse column read as the contract means it (see readColumn); computed columns as they are. */
  private read(alias: string, expr: string, column: string): string {
    const table =
      alias === this.fact.alias
        ? this.base
          ? undefined
          : this.fact.table
        : this.joins.find((join) => join.alias === alias)?.table;
    return table === undefined ? expr : readColumn(this.dialect, this.location, expr, table, column);
  }

  /** The tables this source reads, given the columns referenced so far. */
  tables(): TableId[] {
    const tables = new Set<TableId>(this.base ? this.base.tables : [this.fact.table]);
    for (const join of this.neededJoins()) {
      if (join.sql === undefined) {
        tables.add(join.table);
      } else {
        join.tables.forEach((table) => tables.add(table));
      }
    }
    return [...tables];
  }

  render(): string {
    return this.dialect.joinStyle === 'nested' ? this.renderNested() : this.renderFlat();
  }

  private neededJoins(): AnyJoin[] {
    const needed = new Set<string>();
    const need = (alias: string) => {
      const join = this.joins.find((candidate) => candidate.alias === alias);
      if (join && !needed.has(alias)) {
        needed.add(alias);
        need(join.from[0]);
      }
    };
    [...this.used.keys()].forEach(need);
    // keep the declared order, which puts every join after the one it starts from
    return this.joins.filter((join) => needed.has(join.alias));
  }

  private table(id: TableId): string {
    const table = resolveTable(this.location, id);
    return `${this.dialect.quoteIdent(table.schema)}.${this.dialect.quoteIdent(table.name)}`;
  }

  private renderFlat(): string {
    const q = (name: string) => this.dialect.quoteIdent(name);
    let sql = `${this.base ? `(${this.base.sql})` : this.table(this.fact.table)} AS ${this.fact.alias}`;
    for (const join of this.neededJoins()) {
      const right = join.sql === undefined ? this.table(join.table) : `(${join.sql})`;
      const equal = this.dialect.keysEqual(`${join.alias}.${q(join.key)}`, `${join.from[0]}.${q(join.from[1])}`);
      sql += ` LEFT JOIN ${right} AS ${join.alias} ON ${equal}`;
    }
    return sql;
  }

  private renderNested(): string {
    const q = (name: string) => this.dialect.quoteIdent(name);
    const columnsOf = (alias: string) => [...(this.used.get(alias) ?? [])];
    const shardJoin = this.shardLevelJoin();
    // the shard-level join first; the others keep their order, each after the join it starts from
    const joins = [
      ...(shardJoin ? [shardJoin.join] : []),
      ...this.neededJoins().filter((join) => join !== shardJoin?.join),
    ];
    // a join's left key must be carried up from the level that has it
    const baseColumns = new Set(columnsOf(this.fact.alias));
    joins.filter((join) => join.from[0] === this.fact.alias).forEach((join) => baseColumns.add(join.from[1]));
    const projection = (alias: string, columns: Iterable<string>) =>
      [...columns].map((column) => `${this.read(alias, q(column), column)} AS ${alias}__${column}`);
    const carriedBy = (join: AnyJoin) => {
      const carried = new Set(columnsOf(join.alias));
      joins.filter((later) => later.from[0] === join.alias).forEach((later) => carried.add(later.from[1]));
      carried.delete(join.key);
      return carried;
    };
    let sql = `SELECT ${projection(this.fact.alias, baseColumns).join(', ') || '1 AS dummy__'} FROM ${this.base ? `(${this.base.sql})` : this.table(this.fact.table)}`;
    if (shardJoin) {
      // joined in the statement the Distributed table sends to each shard, so the left key keeps its name
      const { join, right, global } = shardJoin;
      const carried = [...carriedBy(join)].map((column) => `${join.alias}__${column}`);
      const rightColumns = [`${q(join.key)} AS ${q(join.from[1])}`, ...projection(join.alias, carriedBy(join))];
      sql =
        `SELECT ${[...projection(this.fact.alias, baseColumns), ...carried].join(', ')} FROM ${this.table(this.fact.table)} ` +
        `${global ? 'GLOBAL ' : ''}ANY LEFT JOIN (SELECT ${rightColumns.join(', ')} FROM ${right}) USING (${q(join.from[1])})`;
    }
    for (const join of joins.slice(shardJoin ? 1 : 0)) {
      const leftKey = `${join.from[0]}__${join.from[1]}`;
      const rightColumns = [`${q(join.key)} AS ${leftKey}`, ...projection(join.alias, carriedBy(join))].join(', ');
      const right = join.sql === undefined ? this.table(join.table) : `(${join.sql})`;
      sql = `SELECT * FROM (${sql}) ${this.joinOperator(join)} (SELECT ${rightColumns} FROM ${right}) USING (${leftKey})`;
    }
    return `(${sql}) AS src`;
  }

  /**
   * On a cluster, the fact's join to another sharded fact runs on the shards (sql/distributed.ts):
   * against the shard's own rows when they are co-located, else GLOBAL. Returns it with its right side.
   */
  private shardLevelJoin(): { join: AnyJoin; right: string; global: boolean } | undefined {
    if (this.base || !onCluster(this.location)) {
      return undefined;
    }
    for (const join of this.neededJoins().filter((candidate) => candidate.from[0] === this.fact.alias)) {
      const tables = join.sql === undefined ? [join.table] : join.tables;
      if (!needsGlobal(this.location, tables)) {
        continue;
      }
      if (!shardLocalJoins(this.location)) {
        return { join, right: join.sql === undefined ? this.table(join.table) : `(${join.sql})`, global: true };
      }
      if (!colocated(this.location, { table: this.fact.table, column: join.from[1] }, { tables, key: join.key })) {
        continue;
      }
      if (join.sql === undefined) {
        return { join, right: localTableRef(this.dialect, this.location, join.table), global: false };
      }
      if (join.shardSql !== undefined) {
        return { join, right: `(${join.shardSql})`, global: false };
      }
    }
    return undefined;
  }

  private joinOperator(join: AnyJoin): string {
    const tables = join.sql === undefined ? [join.table] : join.tables;
    return needsGlobal(this.location, tables) ? 'GLOBAL ANY LEFT JOIN' : 'ANY LEFT JOIN';
  }
}
