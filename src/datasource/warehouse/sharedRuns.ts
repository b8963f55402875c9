/**
 * Runs shared while they are in flight: callers asking for the same key get the same run, so that the
 * panels of one dashboard refresh that compile to the same SQL cost one round trip. Each caller may
 * cancel on its own; the run itself is cancelled only when every caller waiting for it has cancelled.
 */

interface Entry<T> {
  promise: Promise<T>;
  controller: AbortController;
  waiters: number;
}

export function abortError(): Error {
  const error = new Error('The query was cancelled.');
  error.name = 'AbortError';
  return error;
}

export class SharedRuns<T> {
  private readonly entries = new Map<string, Entry<T>>();

  /** The number of runs in flight. */
  get size(): number {
    return this.entries.size;
  }

  run(key: string, start: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) {
      return Promise.reject(abortError());
    }
    let entry = this.entries.get(key);
    if (!entry) {
      const controller = new AbortController();
      const created: Entry<T> = { controller, waiters: 0, promise: Promise.resolve(undefined as T) };
      created.promise = start(controller.signal).finally(() => {
        if (this.entries.get(key) === created) {
          this.entries.delete(key);
        }
      });
      // a run everyone has left may still fail later: nobody listens any more
      created.promise.catch(() => undefined);
      this.entries.set(key, created);
      entry = created;
    }
    const shared = entry;
    shared.waiters++;
    return new Promise<T>((resolve, reject) => {
      const leave = () => {
        shared.waiters--;
        if (shared.waiters === 0) {
          if (this.entries.get(key) === shared) {
            this.entries.delete(key);
          }
          shared.controller.abort();
        }
        reject(abortError());
      };
      signal?.addEventListener('abort', leave, { once: true });
      shared.promise.then(
        (value) => {
          signal?.removeEventListener('abort', leave);
          resolve(value);
        },
        (error) => {
          signal?.removeEventListener('abort', leave);
          reject(error);
        }
      );
    });
  }
}
