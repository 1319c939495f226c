import { SUBCOMMANDS } from './commands';
import { USAGE } from './help';
import { UsageError, type CliIo } from './io';
import { run as lintCommand } from './lint-command';

/** Dispatches to a subcommand, or lints the given paths. Returns the exit code. */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  try {
    const [name, rest] = pickSubcommand(args);
    return await (name ? SUBCOMMANDS[name](rest, io) : lintCommand(args, io));
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`spectrum-lint: ${error.message}\n${USAGE.split('\n')[0]}\nRun \`spectrum-lint --help\` for all options.\n`);
      return 2;
    }
    throw error;
  }
}

/** The longest run of leading words that names a subcommand ("context pull" before "context"). */
export function pickSubcommand(args: string[]): [string | undefined, string[]] {
  for (let n = Math.min(args.length, 3); n > 0; n--) {
    const name = args.slice(0, n).join(' ');
    if (Object.prototype.hasOwnProperty.call(SUBCOMMANDS, name)) return [name, args.slice(n)];
  }
  return [undefined, args];
}
