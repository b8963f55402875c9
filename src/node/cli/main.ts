import { parseArgs } from 'util';

import { SalesError } from '../../sales';
import type { CliIo } from './command';
import { COMMANDS, findCommand } from './registry';

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    errIsTty: Boolean(process.stderr.isTTY),
  };
}

export function overview(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    'salesperf: the Sales Performance warehouse tool',
    '',
    'Usage: salesperf <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Run "salesperf <command> --help" for the options of a command.',
  ].join('\n');
}

/** Runs the CLI and resolves to the exit code: 0 success, 1 failure, 2 bad usage. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' && rest[0] ? findCommand(rest[0]) : undefined;
    io.out(topic ? topic.help : overview());
    return 0;
  }
  const command = findCommand(name);
  if (!command) {
    io.err(`Unknown command "${name}".\n\n${overview()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.help);
    return 0;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: rest, options: command.options, allowPositionals: false, strict: true });
  } catch (error) {
    io.err(
      `${error instanceof Error ? error.message : String(error)}\nRun "salesperf ${name} --help" for its options.`
    );
    return 2;
  }
  try {
    return await command.run(parsed.values as Record<string, string | boolean | undefined>, parsed.positionals, io);
  } catch (error) {
    if (error instanceof SalesError) {
      io.err(`salesperf ${name}: ${error.message}`);
    } else {
      io.err(
        `salesperf ${name} failed: ${error instanceof Error ? (process.env.SALESPERF_DEBUG ? error.stack : error.message) : String(error)}`
      );
    }
    return 1;
  }
}
