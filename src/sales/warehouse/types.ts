import { type Phrase, phrase } from '../errors';
import { getDialect } from '../sql/dialects';
import type { Dialect } from '../types';
import type { LogicalType } from './contract';

/** Families of engine types, as far as the contract cares. */
export type TypeFamily = 'text' | 'integer' | 'decimal' | 'float' | 'boolean' | 'date' | 'timestamptz' | 'timestamp';

/** What an engine's type name (as introspection reports it) is: each dialect's types.families. */
export function typeFamilies(dialect: Dialect, nativeType: string): TypeFamily[] {
  return getDialect(dialect).types.families(nativeType);
}

/** A warning is a catalogued fragment that follows the column and its type ("Column x (float8) is ..."). */
export type TypeVerdict = { ok: true } | { ok: true; warning: Phrase } | { ok: false; expected: string };

export const EXPECTED_TYPE: Record<LogicalType, string> = {
  text: 'a text type',
  integer: 'an integer type',
  amount: 'an exact decimal type (e.g. numeric(18,2))',
  ratio: 'an exact decimal type (e.g. numeric(5,4))',
  score: 'an exact decimal type (e.g. numeric(5,2))',
  boolean: 'a boolean type',
  date: 'a date type',
  timestamp: 'a timestamp type',
};

/** Whether a column of this engine type can serve as a contract column of this logical type. */
export function judgeType(
  dialect: Dialect,
  logical: LogicalType,
  nativeType: string,
  warehouseZone = 'UTC'
): TypeVerdict {
  const d = getDialect(dialect);
  const families = d.types.families(nativeType);
  const has = (family: TypeFamily) => families.includes(family);
  switch (logical) {
    case 'text':
      return has('text') ? { ok: true } : { ok: false, expected: EXPECTED_TYPE.text };
    case 'integer':
    case 'amount':
    case 'ratio':
    case 'score':
      if (has('integer') || has('decimal')) {
        return { ok: true };
      }
      return has('float')
        ? { ok: true, warning: phrase('check.type.float', { expected: EXPECTED_TYPE[logical] }) }
        : { ok: false, expected: EXPECTED_TYPE[logical] };
    case 'boolean':
      return has('boolean') && (d.capabilities.integerConditions || !has('integer'))
        ? { ok: true }
        : { ok: false, expected: d.types.expected.boolean ?? EXPECTED_TYPE.boolean };
    case 'date':
      if (has('date')) {
        return { ok: true };
      }
      return has('timestamp') || has('timestamptz')
        ? {
            ok: true,
            warning: has('timestamp')
              ? phrase('check.type.timestamp-for-date-wall', {})
              : phrase('check.type.timestamp-for-date-zone', { zone: warehouseZone }),
          }
        : { ok: false, expected: EXPECTED_TYPE.date };
    case 'timestamp':
      if (has('timestamptz')) {
        return { ok: true };
      }
      return has('timestamp')
        ? {
            ok: true,
            warning: phrase('check.type.zoneless-timestamp', { zone: warehouseZone, zoned: d.types.zonedTimestamp }),
          }
        : { ok: false, expected: EXPECTED_TYPE.timestamp };
  }
}
