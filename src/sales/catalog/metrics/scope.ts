import { FACTS, type FactDef, TARGET_DIMENSIONS, TARGETS } from '../../sql/facts';
import type { Formula } from '../../sql/formulas';
import type { DimensionId } from '../../types';
import type { TableId } from '../tables';

/** What a metric reads and can be grouped and filtered by, derived from its formula and the facts. */
export interface MetricScope {
  tables: TableId[];
  dimensions: DimensionId[];
}

const unique = <T>(items: T[]): T[] => [...new Set(items)];

const factTables = (fact: FactDef): TableId[] => [fact.table, ...fact.joins.map((join) => join.table)];

/**
 * A formula reads its facts with the tables they join, and the tables its components' subqueries
 * read. It can be grouped by a dimension every one of its facts has (listed in the first fact's order).
 */
export function formulaScope(formula: Formula): MetricScope {
  const [first, ...others] = unique(formula.components.map((component) => FACTS[component.fact]));
  return {
    tables: unique([
      ...[first, ...others].flatMap(factTables),
      ...formula.components.flatMap((component) => component.tables ?? []),
    ]),
    dimensions: (Object.keys(first.dimensions) as DimensionId[]).filter((dimension) =>
      others.every((fact) => fact.dimensions[dimension] !== undefined)
    ),
  };
}

/**
 * A targets-family metric reads the targets (and, comparing with it, the actual of the default target
 * metric); it can be grouped by the dimensions both a target row and that actual have.
 */
export function planScope(readsActual: boolean, actual: MetricScope): MetricScope {
  return {
    tables: unique([...factTables(TARGETS), ...(readsActual ? actual.tables : [])]),
    dimensions: TARGET_DIMENSIONS.filter((dimension) => actual.dimensions.includes(dimension)),
  };
}
