import type { DataFrameJSON } from '../../sales';

/** What a kept result is found by: the warehouse, the statement and the day it was read on. */
export interface ClosedPeriodKey {
  warehouseUid: string;
  sql: string;
  /** YYYY-MM-DD in the request's time zone */
  day: string;
}

interface Entry {
  frame: DataFrameJSON;
  storedAt: number;
}

/**
 * The results of statements that read closed periods only, kept for a time to live: a warm refresh
 * then reads the open period alone. Entries of another day are never returned (a new day closes
 * another period, and the day bounds how stale a kept result of the past can be besides the TTL).
 * A TTL of 0 keeps nothing.
 */
export class ClosedPeriodCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = () => Date.now()
  ) {}

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: ClosedPeriodKey): DataFrameJSON | undefined {
    const id = keyText(key);
    const entry = this.entries.get(id);
    if (!entry) {
      return undefined;
    }
    if (this.now() - entry.storedAt >= this.ttlMs) {
      this.entries.delete(id);
      return undefined;
    }
    return copyFrame(entry.frame);
  }

  set(key: ClosedPeriodKey, frame: DataFrameJSON): void {
    if (!this.enabled) {
      return;
    }
    this.dropExpired();
    this.entries.set(keyText(key), { frame: copyFrame(frame), storedAt: this.now() });
  }

  /** Forgets every result of a warehouse (a forced refresh). */
  clear(warehouseUid: string): void {
    const prefix = `${warehouseUid}\u0000`;
    for (const id of [...this.entries.keys()]) {
      if (id.startsWith(prefix)) {
        this.entries.delete(id);
      }
    }
  }

  private dropExpired(): void {
    const now = this.now();
    for (const [id, entry] of this.entries) {
      if (now - entry.storedAt >= this.ttlMs) {
        this.entries.delete(id);
      }
    }
  }
}

function keyText({ warehouseUid, sql, day }: ClosedPeriodKey): string {
  return `${warehouseUid}\u0000${day}\u0000${sql}`;
}

/** A copy the engine may annotate without touching the kept one. */
function copyFrame(frame: DataFrameJSON): DataFrameJSON {
  return {
    schema: {
      ...frame.schema,
      meta: frame.schema.meta && { ...frame.schema.meta },
      fields: frame.schema.fields.map((field) => ({ ...field })),
    },
    data: { values: frame.data.values.map((column) => [...column]) },
  };
}
