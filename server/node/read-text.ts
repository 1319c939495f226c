import { closeSync, constants, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';

/** Largest file read at all (documents above the lint's own limit are still reported as too large). */
export const MAX_READ_BYTES = 64 * 1024 * 1024;

/** Why a path could not be read, with the system's code (ENOENT, EACCES, ELOOP...) or our own (ENOTREG, EFBIG). */
export class ReadError extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'ReadError';
  }
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many levels of symbolic links (a symlink loop)',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

/** A short reason for a failed file system call, for messages. */
export function describeFsError(error: unknown): string {
  if (error instanceof ReadError) return error.reason;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (code && REASONS[code]) ?? code ?? String((error as Error)?.message ?? error);
}

type StatLike = { isFile(): boolean; isDirectory(): boolean; size: number };

/** The checks both readers make, before opening and once open, and the error they turn a failure into. */
function reader(path: string, maxBytes: number) {
  const fail = (code: string, reason?: string) => new ReadError(path, code, reason ?? REASONS[code] ?? code);
  return {
    check(s: StatLike) {
      if (s.isDirectory()) throw fail('EISDIR');
      if (!s.isFile()) throw fail('ENOTREG', 'not a regular file (a FIFO, socket or device)');
      if (s.size > maxBytes) throw fail('EFBIG', `it is larger than ${Math.round(maxBytes / 1048576)} MB`);
    },
    decode(data: Buffer) {
      if (data.length > maxBytes) throw fail('EFBIG', `it is larger than ${Math.round(maxBytes / 1048576)} MB`);
      return decodeText(data);
    },
    error(error: unknown): ReadError {
      if (error instanceof ReadError) return error;
      return fail((error as NodeJS.ErrnoException).code ?? 'EIO', describeFsError(error));
    },
  };
}

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a text file: only a regular file (a FIFO would block forever, a device such as /dev/zero
 * never ends), of at most `maxBytes`, opened without blocking and checked again once open. UTF-8,
 * or UTF-16 with a byte-order mark; the mark is dropped (editors drop it too).
 */
export async function readTextFile(path: string, maxBytes = MAX_READ_BYTES): Promise<string> {
  const r = reader(path, maxBytes);
  try {
    r.check(await stat(path));
    const handle = await open(path, OPEN_FLAGS);
    try {
      r.check(await handle.stat());
      return r.decode(await handle.readFile());
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw r.error(error);
  }
}

/**
 * `readTextFile` without the thread-pool round trips: for the CLI, which reads thousands of files one
 * after another and has nothing else to do meanwhile. The same checks, so a FIFO never blocks.
 */
export function readTextFileSync(path: string, maxBytes = MAX_READ_BYTES): string {
  const r = reader(path, maxBytes);
  try {
    r.check(statSync(path));
    const fd = openSync(path, OPEN_FLAGS);
    try {
      r.check(fstatSync(fd));
      return r.decode(readFileSync(fd));
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw r.error(error);
  }
}

/**
 * Why `readTextFile` would refuse a path, told from its metadata alone (no open, so a FIFO does not
 * block); undefined for a regular file of a size it reads.
 */
export function unreadableReason(path: string, maxBytes = MAX_READ_BYTES): string | undefined {
  try {
    const s = statSync(path);
    if (s.isDirectory()) return REASONS.EISDIR;
    if (!s.isFile()) return 'not a regular file (a FIFO, socket or device)';
    if (s.size > maxBytes) return `it is larger than ${Math.round(maxBytes / 1048576)} MB`;
    return undefined;
  } catch (error) {
    return describeFsError(error);
  }
}

/** The same, undefined when the file cannot be read (a missing configuration or context is not an error there). */
export function readTextOrUndefined(path: string, maxBytes = MAX_READ_BYTES): Promise<string | undefined> {
  return readTextFile(path, maxBytes).catch(() => undefined);
}

/** Bytes to text by their byte-order mark: UTF-16 LE or BE, else UTF-8 (with or without a mark). */
export function decodeText(data: Buffer): string {
  if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) return data.subarray(2).toString('utf16le');
  if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) {
    const le = Buffer.from(data.subarray(2, 2 + ((data.length - 2) & ~1)));
    le.swap16();
    return le.toString('utf16le');
  }
  const text = data.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
