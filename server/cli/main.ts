// Entry point of `spectrum-lint` (bundled to dist/cli.js): runs the command line and sets the exit code.
import { processIo } from './io';
import { runCli } from './run';

runCli(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`spectrum-lint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
