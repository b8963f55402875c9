import type { DataFrameJSON, Dialect, Executor } from '../../sales';
import type { ClosedPeriodCache } from './ClosedPeriodCache';

/**
 * An executor that answers the statements reading closed periods only from the cache when it can,
 * and keeps what it reads for them; every other statement goes to the warehouse.
 */
export class CachingExecutor implements Executor {
  readonly dialect: Dialect;

  constructor(
    private readonly executor: Executor,
    private readonly cache: ClosedPeriodCache,
    private readonly warehouseUid: string,
    private readonly day: string
  ) {
    this.dialect = executor.dialect;
  }

  get keepsClosedPeriods(): boolean {
    return this.cache.enabled;
  }

  async run(sql: string, options: { signal?: AbortSignal; closed?: boolean } = {}): Promise<DataFrameJSON> {
    if (!options.closed || !this.cache.enabled) {
      return this.executor.run(sql, options);
    }
    const key = { warehouseUid: this.warehouseUid, sql, day: this.day };
    const kept = this.cache.get(key);
    if (kept) {
      return kept;
    }
    const frame = await this.executor.run(sql, options);
    this.cache.set(key, frame);
    return frame;
  }
}
