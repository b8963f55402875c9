import type { Command } from './command';
import { checkCommand } from './commands/check';
import { ddlCommand } from './commands/ddl';
import { queryCommand, sqlCommand } from './commands/query';
import { rollupCommand } from './commands/rollup';
import { seedCommand } from './commands/seed';

/** Every salesperf command, in the order `salesperf --help` lists them. Add new commands here. */
export const COMMANDS: Command[] = [seedCommand, checkCommand, ddlCommand, rollupCommand, queryCommand, sqlCommand];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}
