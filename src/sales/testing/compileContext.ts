import type { CompileContext } from '../sql/compile';
import type { Dialect } from '../types';

/** The compile context of the core's unit tests: Q1 2024 in UTC, seen from March 15, schema sales. */
export function q1Context(dialect: Dialect = 'postgres'): CompileContext {
  return {
    dialect,
    location: { schema: 'sales' },
    range: { from: Date.parse('2024-01-01T00:00:00Z'), to: Date.parse('2024-04-01T00:00:00Z') },
    currentTime: Date.parse('2024-03-15T00:00:00Z'),
    timeZone: 'UTC',
    fiscalYearStartMonth: 1,
  };
}
