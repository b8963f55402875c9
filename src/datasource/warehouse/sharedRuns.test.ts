import { SharedRuns } from './sharedRuns';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

describe('runs shared while in flight', () => {
  it('starts one run per key and gives every caller its result', async () => {
    const runs = new SharedRuns<string>();
    const result = deferred<string>();
    const start = jest.fn(() => result.promise);
    const first = runs.run('a', start);
    const second = runs.run('a', start);
    const other = runs.run('b', () => Promise.resolve('other'));
    result.resolve('shared');
    await expect(Promise.all([first, second, other])).resolves.toEqual(['shared', 'shared', 'other']);
    expect(start).toHaveBeenCalledTimes(1);
    expect(runs.size).toBe(0);
  });

  it('starts afresh once a run has finished', async () => {
    const runs = new SharedRuns<number>();
    let count = 0;
    await runs.run('a', async () => ++count);
    await expect(runs.run('a', async () => ++count)).resolves.toBe(2);
  });

  it('cancels the run only when every caller has left', async () => {
    const runs = new SharedRuns<string>();
    const result = deferred<string>();
    let runSignal: AbortSignal | undefined;
    const start = (signal: AbortSignal) => {
      runSignal = signal;
      return result.promise;
    };
    const [one, two] = [new AbortController(), new AbortController()];
    const first = runs.run('a', start, one.signal);
    const second = runs.run('a', start, two.signal);
    one.abort();
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    expect(runSignal?.aborted).toBe(false);
    two.abort();
    await expect(second).rejects.toMatchObject({ name: 'AbortError' });
    expect(runSignal?.aborted).toBe(true);
    expect(runs.size).toBe(0);
  });

  it('shares failures as well', async () => {
    const runs = new SharedRuns<string>();
    const start = () => Promise.reject(new Error('relation "sales.reps" does not exist'));
    await expect(Promise.all([runs.run('a', start), runs.run('a', start)])).rejects.toThrow('does not exist');
  });
});
