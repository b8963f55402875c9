import { rollupStateOf, rollupStateQuery, type RollupBuild } from '../sql/rollupBuild';
import type { RollupState } from '../sql/rollups';
import type { Executor } from '../types';
import { frameRows } from './introspect';

/** What a rollup schema's freshness table records (undefined: no usable rollups); the warehouse's error when it cannot be read. */
export async function readRollupState(executor: Executor, rollupSchema: string): Promise<RollupState | undefined> {
  return rollupStateOf(rollupSchema, frameRows(await executor.run(rollupStateQuery(executor.dialect, rollupSchema))));
}

/** Runs a rollup build's statements in order (the freshness table last) and reads back what it recorded. */
export async function runRollupBuild(
  executor: Executor,
  build: RollupBuild,
  rollupSchema: string
): Promise<RollupState | undefined> {
  for (const statement of build.statements) {
    await executor.run(statement);
  }
  return readRollupState(executor, rollupSchema);
}
