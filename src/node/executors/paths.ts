import fs from 'fs';

import { SalesError } from '../../sales';

/**
 * A database file or directory that must already exist (read-only use): an error naming the path,
 * so a mistyped path is never created empty by the engine.
 */
export function missingPath(engine: string, path: string, kind: 'file' | 'directory'): SalesError | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(path);
  } catch {
    return new SalesError(
      `The ${engine} ${kind} "${path}" does not exist: check the path (it is not created when only reading).`,
      'invalid_config'
    );
  }
  if (kind === 'file' ? !stat.isFile() : !stat.isDirectory()) {
    return new SalesError(`The ${engine} path "${path}" is not a ${kind}.`, 'invalid_config');
  }
  return undefined;
}
