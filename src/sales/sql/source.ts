import { resolveTable, type TableId, type WarehouseLocation } from '../catalog/tables';
import { readColumn } from './columns';
import type { SqlDialect } from './dialect';
import type { ColumnRef, FactDef, JoinDef } from './facts';

/** A subquery joined like a table, e.g. payments summed per invoice. */
export interface DerivedJoin {
  alias: string;
  sql: string;
  columns: string[];
  from: ColumnRef;
  key: string;
  tables: TableId[];
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
  col(alias: string, column: string): string;
  col(aliasOrRef: string | ColumnRef, maybeColumn?: string): string {
    const [alias, column] = typeof aliasOrRef === 'string' ? [aliasOrRef, maybeColumn!] : aliasOrRef;
    const join = this.joins.find((candidate) => candidate.alias === alias);
    if (join && column === join.key) {
      // the joined key equals the column it is joined on
      return this.col(join.from);
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
    const joins = this.neededJoins();
    // a join's left key must be carried up from the level that has it
    const baseColumns = new Set(columnsOf(this.fact.alias));
    joins.filter((join) => join.from[0] === this.fact.alias).forEach((join) => baseColumns.add(join.from[1]));
    const projection = (alias: string, columns: Iterable<string>) =>
      [...columns].map((column) => `${this.read(alias, q(column), column)} AS ${alias}__${column}`);
    let sql = `SELECT ${projection(this.fact.alias, baseColumns).join(', ') || '1 AS dummy__'} FROM ${this.base ? `(${this.base.sql})` : this.table(this.fact.table)}`;
    for (const join of joins) {
      const carried = new Set(columnsOf(join.alias));
      joins.filter((later) => later.from[0] === join.alias).forEach((later) => carried.add(later.from[1]));
      carried.delete(join.key);
      const leftKey = `${join.from[0]}__${join.from[1]}`;
      const rightColumns = [`${q(join.key)} AS ${leftKey}`, ...projection(join.alias, carried)].join(', ');
      const right = join.sql === undefined ? this.table(join.table) : `(${join.sql})`;
      sql = `SELECT * FROM (${sql}) ANY LEFT JOIN (SELECT ${rightColumns} FROM ${right}) USING (${leftKey})`;
    }
    return `(${sql}) AS src`;
  }
}
