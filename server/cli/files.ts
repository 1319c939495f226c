import { readdirSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { CONFIG_FILE_NAME } from '../core/config';

/** Extensions linted when a folder or glob is given; a file named explicitly is linted whatever its name. */
const EXTENSIONS = ['.json', '.jsonc'];

export interface Inputs {
  /** Absolute paths of the files to lint, in a stable order, without duplicates. */
  files: string[];
  /** Configuration files met on the way (reported even when no linted file sits next to them). */
  configs: string[];
  /** Patterns that named nothing, with the reason. */
  problems: string[];
}

const skipDir = (name: string) => name === 'node_modules' || name.startsWith('.');
const lintable = (name: string) => EXTENSIONS.some((e) => name.toLowerCase().endsWith(e));

/** Every .json/.jsonc file below `dir`, sorted per folder; symlinked folders are not followed (no loops). */
function walk(dir: string, out: string[], configs: string[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (!skipDir(e.name)) walk(p, out, configs);
    } else if (e.name === CONFIG_FILE_NAME) {
      configs.push(p);
    } else if ((e.isFile() || (e.isSymbolicLink() && isFile(p))) && lintable(e.name)) {
      out.push(p);
    }
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Expands paths, folders and globs (relative to `cwd`) into files to lint. */
export function expandInputs(patterns: string[], cwd: string): Inputs {
  const files: string[] = [];
  const configs: string[] = [];
  const problems: string[] = [];
  for (const pattern of patterns.length ? patterns : ['.']) {
    const abs = resolve(cwd, pattern);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      walk(abs, files, configs);
    } else if (stat) {
      if (abs.endsWith(sep + CONFIG_FILE_NAME)) configs.push(abs);
      else files.push(abs);
    } else if (picomatch.scan(pattern).isGlob) {
      const found = glob(pattern, cwd, configs);
      if (found.length === 0) problems.push(`no files match ${pattern}`);
      files.push(...found);
    } else {
      problems.push(`cannot read ${pattern}: no such file or folder`);
    }
  }
  return { files: [...new Set(files)], configs: [...new Set(configs)], problems };
}

function glob(pattern: string, cwd: string, configs: string[]): string[] {
  const normal = pattern.replace(/\\/g, '/');
  const { base } = picomatch.scan(normal);
  const root = resolve(cwd, base || '.');
  const absolute = isAbsolute(pattern);
  const match = picomatch(absolute ? resolve(normal).replace(/\\/g, '/') : normal.replace(/^\.\//, ''));
  const all: string[] = [];
  const metConfigs: string[] = [];
  walk(root, all, metConfigs);
  const shown = (p: string) => (absolute ? p : relative(cwd, p)).replace(/\\/g, '/');
  for (const c of metConfigs) if (match(shown(c))) configs.push(c);
  return all.filter((p) => match(shown(p)));
}
