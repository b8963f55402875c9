import type { ZoneOffsetSpan } from '../catalog/time';
import type { Dialect } from '../types';
import type { ColumnDef, LogicalType, TableDef } from '../warehouse/contract';
import type { WarehouseProfile } from '../warehouse/profile';
import type { TypeFamily } from '../warehouse/types';

export interface ZoneSpec {
  name: string;
  /** the zone's UTC offsets over the span of the data, for engines without time zone support */
  offsets: ZoneOffsetSpan[];
}

/**
 * What differs between SQL engines. Everything that puts a value into SQL text goes through
 * the literal functions here; everything that names a table or column goes through quoteIdent.
 * No function returns text containing `$` or `[`, so Grafana's template engine (which rewrites
 * $name, ${name} and [[name]]) never touches our SQL; alert rules' macros (DialectMacros) are the one
 * exception, written for Grafana to expand.
 */
export interface SqlDialect {
  readonly id: Dialect;
  /** flat LEFT JOINs, or one join per nested SELECT (ClickHouse 18.16) */
  readonly joinStyle: 'flat' | 'nested';
  /**
   * Whether a read of a table's rows for a set of keys also joins the set's key range (a one-row
   * subquery of MIN and MAX) so that the engine reads that range of the key's index rather than the
   * whole table. Worth it where ids grow with creation time and the table is indexed by the key.
   */
  readonly keyRangeJoin: boolean;

  quoteIdent(name: string): string;
  /** A text literal; strings the engine cannot store (see canStore) are rejected. */
  string(value: string): string;
  /** False for text that no column of this engine can hold (PostgreSQL text cannot hold NUL). */
  canStore(value: string): boolean;
  number(value: number): string;
  boolean(value: boolean): string;
  /** A DATE literal from 'YYYY-MM-DD'. */
  date(isoDate: string): string;
  /** A timestamp literal for a UTC instant, comparable with the warehouse's timestamp columns. */
  timestamp(epochMs: number): string;
  /** `expr IN (…)` comparing text exactly (case, trailing spaces and all). */
  textIn(expr: string, values: string[]): string;

  /** A float (double) value of a numeric expression; NULL stays NULL. */
  toDouble(expr: string): string;
  nullDouble(): string;
  /** NULL typed as text. */
  nullText(): string;
  /** A text group key, typed so that UNION ALL branches agree. */
  key(expr: string): string;
  /** Integer division rounding down. */
  floorDiv(expr: string, divisor: number): string;
  /** Days since 1970-01-01 of a DATE. */
  dateDayNumber(expr: string): string;
  /** year × 12 + month − 1 of a DATE. */
  dateMonthKey(expr: string): string;
  /** Days since 1970-01-01 of a timestamp's local date in a zone. */
  localDayNumber(expr: string, zone: ZoneSpec): string;
  /** year × 12 + month − 1 of a timestamp's local date in a zone. */
  localMonthKey(expr: string, zone: ZoneSpec): string;
  /** Seconds since the epoch of a timestamp, as a float. */
  epochSeconds(expr: string): string;
  /** The median aggregate, or undefined when the engine has none (the compiler then uses window functions). */
  median?(expr: string): string;
  /** 'YYYY-MM-DD' text of a DATE, for keys that sort by date. */
  dateText(expr: string): string;
  /** expr with its first n characters removed. */
  dropPrefix(expr: string, n: number): string;
  concat(...exprs: string[]): string;
  /** Text containing a piece of text (a literal), case-insensitively. */
  containsText(expr: string, piece: string): string;
  /** Appended to every statement (ClickHouse: join settings). */
  readonly statementSuffix: string;

  /** The instants the engine's dates and timestamps can hold, as UTC dates (inclusive), and whose types those are. */
  readonly timeLimits: { from: string; to: string; types: string };
  /** The longest statement the engine parses, and the setting that says so (ClickHouse: max_query_size). */
  readonly maxStatement?: { bytes: number; setting: string };

  /** The warehouse as its introspection found it (set by forWarehouse); absent: the contract's own types. */
  readonly profile?: WarehouseProfile;
  /** The warehouse time zone of zone-less timestamps (set by forWarehouse). */
  readonly warehouseZone?: ZoneSpec;
  /** This dialect reading one warehouse: columns read as the profile says they are stored. */
  forWarehouse(profile: WarehouseProfile, zone: ZoneSpec): SqlDialect;
  /** A timestamp without time zone holding wall times of the zone, as an instant comparable with timestamp(). */
  zonelessInstant(expr: string, zone: ZoneSpec): string;
  /** The calendar date, in the zone, of a timestamp with time zone that stands for a date. */
  instantDate(expr: string, zone: ZoneSpec): string;
  /** The calendar date of a timestamp without time zone that stands for a date (its wall date). */
  zonelessDate(expr: string): string;
  /** A floating-point amount as a number that mixes with the engine's decimals in arithmetic. */
  floatAmount(expr: string): string;
  /** Two text keys of different tables equal, whatever their collations (a join condition). */
  keysEqual(left: string, right: string): string;

  /** What the engine can do, where the SQL the pack writes differs by it. */
  readonly capabilities: DialectCapabilities;
  /** The statements that create and maintain the contract's tables. */
  readonly ddl: DialectDdl;
  /** How the engine's types, as its catalog names them, serve the contract's. */
  readonly types: DialectTypes;
  /** What the pack reads from the engine's catalog. */
  readonly catalog: DialectCatalog;
  /** Alert rules only: the end of the time range as the Grafana data source of this engine writes it, and date arithmetic on it. */
  readonly macros: DialectMacros;
}

/**
 * The end of the time range as each Grafana data source writes it into the statement when it
 * evaluates an alert rule (sql/macroBounds.ts), and the date arithmetic the window's bounds need.
 */
export interface DialectMacros {
  /** The end of the time range, an instant comparable with SqlDialect.timestamp(). */
  readonly end: string;
  /** The date of the end in the zone. */
  today(zone: ZoneSpec, d: SqlDialect): string;
  addDays(date: string, days: string): string;
  addMonths(date: string, months: string): string;
  /** The instant a date's day starts in the zone. */
  midnight(date: string, zone: ZoneSpec, d: SqlDialect): string;
  /** An instant a whole number of seconds earlier. */
  minusSeconds(instant: string, seconds: number): string;
}

export interface DialectCatalog {
  /** The columns of every table of a schema (a text literal): table_name, column_name, data_type, and collation_name where collations matter. */
  columnsQuery(schemaLiteral: string): string;
  /** The role the session runs as, in a column `role`. */
  readonly currentUserQuery: string;
  /** How text compares where it depends on the columns' collations (MySQL); null where text compares byte by byte. */
  readonly collations: DialectCollations | null;
}

export interface DialectCollations {
  /** Lists (column `name`) the collations text keys may be compared in exactly that the server has. */
  readonly availableQuery: string;
  /** The collation keys are grouped and compared in, of those available. */
  exact(available: string[]): string;
  /** A column collation that compares case and all, so joins may compare keys as they are. */
  isExact(collation: string): boolean;
  /** A column collation that ignores case (the check warns of it). */
  ignoresCase(collation: string): boolean;
}

export interface DialectTypes {
  /** What a type name (as introspection reports it) is, as far as the contract cares. */
  families(nativeType: string): TypeFamily[];
  /** A type the contract reads as wall times although families() calls it an instant (MySQL's DATETIME). */
  wallTime(nativeType: string): boolean;
  /** The expected type as the check names it, where the engine's differs from the generic description. */
  readonly expected: Partial<Record<LogicalType, string>>;
  /** The engine's timestamp with time zone, as the check advises it. */
  readonly zonedTimestamp: string;
}

export interface DialectCapabilities {
  /** CREATE TABLE declares the contract's primary keys (DuckDB's would slow bulk loads; ClickHouse has none). */
  readonly primaryKeys: boolean;
  /** The contract's secondary indexes are created (ClickHouse reads by its sort key, DuckDB by zone maps). */
  readonly secondaryIndexes: boolean;
  /** Nullability is part of the column type (ClickHouse's Nullable(T)), so no NOT NULL is written. */
  readonly nullableWrapper: boolean;
  /** An integer column may serve as a condition (MySQL's and ClickHouse's booleans are integers). */
  readonly integerConditions: boolean;
  /** Subqueries may refer to the outer query (ClickHouse 18.16's may not). */
  readonly correlatedSubqueries: boolean;
  /** Converts time zones by name; without (MySQL without its time zone tables) ZoneSpec carries the zone's offsets. */
  readonly namedTimeZones: boolean;
  /** Reads sharded tables of a cluster (ClickHouse's Distributed tables: WarehouseLocation.cluster). */
  readonly clusters: boolean;
}

/** A read-only login on the warehouse's schema (names and password checked by the DDL generator). */
export interface ReaderRole {
  schema: string;
  role: string;
  password: string;
}

export interface DialectDdl {
  /** The engine's type for a contract column (without NOT NULL; with the nullable wrapper where the engine has one). */
  physicalType(column: ColumnDef): string;
  /** What follows CREATE TABLE's column list ('' or text starting with a space); `engine` replaces the table engine clause. */
  tableOptions(table: TableDef, engine?: string): string;
  /** Creates the schema (a database in MariaDB and ClickHouse) of a quoted name if it does not exist. */
  createSchema(quotedName: string): string;
  /** The command line that runs a script file of DDL with the engine's own client (written into generated scripts). */
  runScript(file: string): string;
  /** Drops the schema of a quoted name and everything in it, if it exists. */
  dropSchema(quotedName: string): string;
  /** Renames a table within its schema. */
  renameTable(schema: string, from: string, to: string): string;
  /** Creates a table of a (qualified, quoted) name holding a SELECT's rows (rollups). */
  createTableAs(qualifiedName: string, select: string): string;
  /** A login that may SELECT the contract's tables (`tables`, qualified and quoted) and nothing else; throws where the engine's is not SQL. */
  readerRole(reader: ReaderRole, tables: string[]): string[];
  /** The statements that refresh the planner's statistics of a (qualified, quoted) table after a bulk load; none where the engine keeps them itself. */
  analyzeTable(qualifiedName: string): string[];
}

/** The dialect with a warehouse's profile attached; `overrides` replace what the profile changes. */
export function profiled(
  dialect: SqlDialect,
  profile: WarehouseProfile,
  zone: ZoneSpec,
  overrides: Partial<SqlDialect> = {}
): SqlDialect {
  return { ...dialect, ...overrides, profile, warehouseZone: zone };
}
