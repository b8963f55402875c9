import type { RollupState } from '../../sales';

/** What reading a rollup schema's freshness table gave: the state, or why there is none. */
export interface RollupLookup {
  /** undefined: the table holds no usable state, or could not be read */
  state?: RollupState;
  /** why the table could not be read (no freshness table: never built, or being rebuilt) */
  error?: unknown;
}

interface Entry {
  value: Promise<RollupLookup>;
  storedAt: number;
}

/** Five minutes: a rebuild is noticed soon, and a refresh does not read the freshness table each time. */
export const ROLLUP_STATE_TTL_MS = 5 * 60_000;

/**
 * The rollup state of each warehouse and rollup schema, read once per TTL. A failed read is kept too
 * (as no rollups: queries read the fact tables) and tried again after the TTL; concurrent requests
 * share one read.
 */
export class RollupStateCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs: number = ROLLUP_STATE_TTL_MS,
    private readonly now: () => number = () => Date.now()
  ) {}

  /** The lookup kept for the warehouse and schema, or the one `read` gives (never rejects). */
  get(warehouseUid: string, rollupSchema: string, read: () => Promise<RollupState | undefined>): Promise<RollupLookup> {
    const id = keyText(warehouseUid, rollupSchema);
    const entry = this.entries.get(id);
    if (entry && this.now() - entry.storedAt < this.ttlMs) {
      return entry.value;
    }
    const value = read().then(
      (state) => ({ state }),
      (error: unknown) => ({ error })
    );
    this.entries.set(id, { value, storedAt: this.now() });
    return value;
  }

  /** Keeps a lookup made elsewhere ("Save & test" reads the table itself). */
  set(warehouseUid: string, rollupSchema: string, lookup: RollupLookup): void {
    this.entries.set(keyText(warehouseUid, rollupSchema), { value: Promise.resolve(lookup), storedAt: this.now() });
  }

  /** Forgets what was read of a warehouse (a forced refresh reads the freshness table again). */
  clear(warehouseUid: string): void {
    const prefix = `${warehouseUid}\u0000`;
    for (const id of [...this.entries.keys()]) {
      if (id.startsWith(prefix)) {
        this.entries.delete(id);
      }
    }
  }
}

function keyText(warehouseUid: string, rollupSchema: string): string {
  return `${warehouseUid}\u0000${rollupSchema}`;
}
