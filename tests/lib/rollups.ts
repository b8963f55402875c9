import { rollupBuild } from '../../src/sales/sql/rollupBuild';
import type { RollupState } from '../../src/sales/sql/rollups';
import { runRollupBuild } from '../../src/sales/warehouse/rollups';
import type { WarehouseProfile } from '../../src/sales/warehouse/profile';
import type { NodeExecutor } from '../../src/node/executors';
import { FIXTURE_NOW, FIXTURE_ZONE } from '../fixtures/handmade';

/**
 * Builds the rollups of `schema` into `rollupSchema` as `salesperf rollup` does (by default as of the
 * fixture's now, in its zone) and returns the state their freshness table records.
 */
export async function buildRollups(
  executor: NodeExecutor,
  schema: string,
  rollupSchema: string,
  options: { profile?: WarehouseProfile; timeZone?: string; builtAt?: number } = {}
): Promise<RollupState> {
  const build = rollupBuild({
    dialect: executor.dialect,
    location: { schema },
    profile: options.profile,
    timeZone: options.timeZone ?? FIXTURE_ZONE,
    fiscalYearStartMonth: 1,
    rollupSchema,
    builtAt: options.builtAt ?? FIXTURE_NOW,
  });
  const state = await runRollupBuild(executor, build, rollupSchema);
  if (!state) {
    throw new Error(`the freshness table of ${rollupSchema} records no usable rollups`);
  }
  return state;
}
