import type { PacingOptions } from '../frames/attainmentFrame';
import type { DisplayOptions } from '../frames/fieldConfig';
import type { TableId } from '../catalog/tables';
import type { CalendarContext, CompileContext, DimensionScope } from '../sql/common';
import type { DataFrameJSON, SalesQuery } from '../types';

/** What a query of a kind reads: the tables it may touch and the dimensions it may be grouped and filtered by. */
export interface KindScope {
  tables: TableId[];
  /**
   * Each scope names what restricts the dimensions (a metric, the funnel …); a query may use the
   * dimensions every scope allows. No scope: any dimension (metrics not picked yet).
   */
  dimensions: DimensionScope[];
}

/** What a kind's frames are built with besides the rows. */
export interface FrameContext {
  compile: CompileContext;
  display: DisplayOptions;
  pacing: PacingOptions;
  refId?: string;
}

/** A compiled statement: its SQL and the tables it reads. */
export interface CompiledStatement {
  sql: string;
  tables: TableId[];
  /**
   * The instant up to which it reads the warehouse, when its result depends on nothing else (no
   * state judged as of now): at or before the current time, it reads closed periods only.
   */
  readsUntil?: number;
}

/**
 * A statement run as several whose rows merge into exactly its rows: the closed periods apart from
 * the open one, so that a warm refresh can keep the first and run only the second.
 */
export interface SplitStatement {
  parts: CompiledStatement[];
  /** the rows of the whole statement from the rows of each part, in the parts' order */
  merge(rows: DataFrameJSON[]): DataFrameJSON;
}

/**
 * The fields of a query a dashboard variable may stand in: lists take each value of a multi-value
 * variable, singles exactly one value, text the values written in its place.
 */
export interface VariableFields<Q> {
  lists?: Array<keyof Q & string>;
  singles?: Array<keyof Q & string>;
  text?: Array<keyof Q & string>;
}

/**
 * One kind of query: everything the engine, the editor, variables and the dashboards need to know
 * about it. Adding a kind = one module in this folder and its line in the registry (index.ts).
 */
export interface QueryKindDef<Q extends SalesQuery = SalesQuery, C extends CompiledStatement = CompiledStatement> {
  kind: Q['kind'];
  /** the query a user starts from when picking the kind (a new object each time) */
  defaults(): Q;
  /**
   * What the query reads, as far as its fields are known: fields still being edited (an unknown
   * metric, a missing one) do not narrow it. The compiler checks the same scopes strictly.
   */
  scope(query: Partial<Q>): KindScope;
  /**
   * The compiler's checks that need no warehouse, without writing SQL: throws the compiler's own
   * SalesError for the first problem. With a calendar, also those of the query against its range
   * (a series' bucket count, a comparison's periods).
   */
  check(query: Q, calendar?: CalendarContext): void;
  /** besides the filters' values, which every kind's variables may stand in */
  variableFields: VariableFields<Q>;
  compile(query: Q, context: CompileContext): C;
  /** the compiled statement split into closed and open periods, where its rows recombine exactly; else undefined */
  split?(compiled: C, query: Q, context: CompileContext): SplitStatement | undefined;
  toFrames(compiled: C, rows: DataFrameJSON, query: Q, context: FrameContext): DataFrameJSON[];
}
