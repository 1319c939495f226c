import { readdirSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { CONFIG_FILE_NAME } from '../core/config';
import { describeFsError } from '../node/read-text';

/** Extensions linted when a folder or glob is given (`.tf.json` is a `.json`); a file named explicitly is linted whatever its name. */
const EXTENSIONS = ['.json', '.jsonc', '.tf'];

export interface Inputs {
  /** Absolute paths of the files to lint, in a stable order, without duplicates. */
  files: string[];
  /** Configuration files met on the way (reported even when no linted file sits next to them). */
  configs: string[];
  /** Patterns that named nothing and folders or files that could not be read, with the reason. */
  problems: string[];
}

const skipDir = (name: string) => name === 'node_modules' || name.startsWith('.');
const lintable = (name: string) => EXTENSIONS.some((e) => name.toLowerCase().endsWith(e));
/**
 * Every .json/.jsonc/.tf file below `dir` (dot-folders such as `.terraform/` skipped), sorted per folder; symlinked folders are not followed (no
 * loops). A folder that cannot be listed, or a matching entry that is not a readable regular file,
 * is a problem: nothing is skipped without a word.
 */
function walk(dir: string, out: string[], configs: string[], problems: string[], shown: (p: string) => string): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    problems.push(`cannot read ${shown(dir)}: ${describeFsError(error)}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (!skipDir(e.name)) walk(p, out, configs, problems, shown);
    } else if (e.name === CONFIG_FILE_NAME) {
      configs.push(p);
    } else if (lintable(e.name)) {
      if (e.isFile()) out.push(p);
      else if (e.isSymbolicLink()) {
        const problem = symlinkProblem(p);
        if (problem === undefined) out.push(p);
        else if (problem) problems.push(`cannot read ${shown(p)}: ${problem}`);
      } else problems.push(`cannot read ${shown(p)}: not a regular file (a FIFO, socket or device)`);
    }
  }
}

/** undefined: a link to a regular file; '': a link to something else (a folder); else why it cannot be read. */
function symlinkProblem(p: string): string | undefined {
  try {
    return statSync(p).isFile() ? undefined : '';
  } catch (error) {
    return describeFsError(error);
  }
}

/** Expands paths, folders and globs (relative to `cwd`) into files to lint. */
export function expandInputs(patterns: string[], cwd: string): Inputs {
  const files: string[] = [];
  const configs: string[] = [];
  const problems: string[] = [];
  const shown = (p: string) => {
    const r = relative(cwd, p);
    return (r && !r.startsWith('..') && !isAbsolute(r) ? r : p).replace(/\\/g, '/');
  };
  for (const pattern of patterns.length ? patterns : ['.']) {
    const abs = resolve(cwd, pattern);
    let stat;
    let error: unknown;
    try {
      stat = statSync(abs);
    } catch (e) {
      error = e;
    }
    if (stat?.isDirectory()) {
      walk(abs, files, configs, problems, shown);
    } else if (stat) {
      // Whatever it is (a FIFO, a device): named explicitly, it is read, or reported as unreadable.
      if (abs.endsWith(sep + CONFIG_FILE_NAME)) configs.push(abs);
      else files.push(abs);
    } else if ((error as NodeJS.ErrnoException).code === 'ENOENT' && picomatch.scan(pattern).isGlob) {
      const found = glob(pattern, cwd, configs, problems, shown);
      if (found.length === 0) problems.push(`no files match ${pattern}`);
      files.push(...found);
    } else {
      problems.push(`cannot read ${pattern}: ${describeFsError(error)}`);
    }
  }
  return { files: [...new Set(files)], configs: [...new Set(configs)], problems };
}

function glob(pattern: string, cwd: string, configs: string[], problems: string[], shownPath: (p: string) => string): string[] {
  const normal = pattern.replace(/\\/g, '/');
  const { base } = picomatch.scan(normal);
  const root = resolve(cwd, base || '.');
  const absolute = isAbsolute(pattern);
  const match = picomatch(absolute ? resolve(normal).replace(/\\/g, '/') : normal.replace(/^\.\//, ''));
  const all: string[] = [];
  const metConfigs: string[] = [];
  walk(root, all, metConfigs, problems, shownPath);
  const shown = (p: string) => (absolute ? p : relative(cwd, p)).replace(/\\/g, '/');
  for (const c of metConfigs) if (match(shown(c))) configs.push(c);
  return all.filter((p) => match(shown(p)));
}
