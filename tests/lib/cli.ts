import type { CliIo } from '../../src/node/cli/command';
import { main } from '../../src/node/cli/main';

/** Runs `salesperf` in-process with its output captured. */
export async function runSalesperf(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (text) => out.push(text), err: (text) => err.push(text), errIsTty: false };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
