/** What a command may use of the process: injected so commands run the same in tests and in a terminal. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

/** A command: arguments after its name in, exit code out (0 ok, 1 findings, 2 usage or input error). */
export type Command = (args: string[], io: CliIo) => Promise<number>;

export function processIo(): CliIo {
  return { stdout: quietOnClosedPipe(process.stdout), stderr: quietOnClosedPipe(process.stderr), env: process.env, cwd: process.cwd() };
}

/**
 * A stream whose reader may go away (`spectrum-lint dir | head -c 100`): once the pipe is closed
 * (EPIPE) further output is dropped, and the run ends normally with its own exit code.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): CliIo['stdout'] {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  return {
    get isTTY() {
      return stream.isTTY;
    },
    write: (text: string) => (closed ? false : stream.write(text)),
  };
}

/** Thrown for bad usage; the dispatcher prints the message and exits 2. */
export class UsageError extends Error {}

/** Whether to colour a stream: never when NO_COLOR is set, always when FORCE_COLOR is, else only on a terminal. */
export function useColor(stream: { isTTY?: boolean }, env: CliIo['env'], flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && !['', '0', 'false'].includes(env.FORCE_COLOR)) return true;
  return stream.isTTY === true;
}
