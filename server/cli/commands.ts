import type { Command } from './io';
import { run as explain } from './explain-command';
import { run as contextPull } from './context-pull';

/**
 * Subcommands by their words ("explain", "context pull"); the longest match wins and receives the
 * remaining arguments. Anything else is a list of paths to lint. Adding a command is one line here.
 */
export const SUBCOMMANDS: Record<string, Command> = {
  explain,
  'context pull': contextPull,
};
