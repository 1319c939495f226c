import { dirname, join, relative, isAbsolute } from 'node:path';
import { parseConfig, type ParsedConfig, type ParseConfigOptions } from './parse';
import { CONFIG_FILE_NAME } from './types';

/** File access, injected so the core never touches the disk itself. */
export interface ConfigHost {
  /** The file's text, or undefined when it does not exist or cannot be read. */
  readFile(path: string): Promise<string | undefined>;
}

/** Whether `dir` is `stop` or below it. */
function within(dir: string, stop: string): boolean {
  const r = relative(stop, dir);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
}

/**
 * The nearest configuration file at or above the file's directory. With `stopDir` (the workspace
 * folder in an editor), directories above it are not searched for files inside it.
 */
export async function findConfigFile(filePath: string, host: ConfigHost, stopDir?: string): Promise<{ path: string; text: string } | undefined> {
  let dir = dirname(filePath);
  const bounded = stopDir !== undefined && within(dir, stopDir);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    const text = await host.readFile(candidate);
    if (text !== undefined) return { path: candidate, text };
    const parent = dirname(dir);
    if (parent === dir || (bounded && !within(parent, stopDir!))) return undefined;
    dir = parent;
  }
}

/**
 * Finds and parses configurations with a cache per directory and per file, so linting a folder
 * reads each configuration once. Call `invalidate()` when a configuration file changes.
 */
export class ConfigResolver {
  private readonly byDir = new Map<string, Promise<string | undefined>>();
  private readonly byPath = new Map<string, Promise<ParsedConfig>>();

  constructor(
    private readonly host: ConfigHost,
    private readonly options: ParseConfigOptions & { stopDir?: string } = {},
  ) {}

  /** The configuration that applies to a file, or undefined when there is none. */
  async forFile(filePath: string, stopDir = this.options.stopDir): Promise<ParsedConfig | undefined> {
    const configPath = await this.nearest(dirname(filePath), stopDir, stopDir !== undefined && within(dirname(filePath), stopDir));
    return configPath === undefined ? undefined : this.load(configPath);
  }

  /** Every configuration parsed so far (to report unused `ignore` entries after a run). */
  async loaded(): Promise<ParsedConfig[]> {
    return Promise.all(this.byPath.values());
  }

  invalidate(): void {
    this.byDir.clear();
    this.byPath.clear();
  }

  private nearest(dir: string, stopDir: string | undefined, bounded: boolean): Promise<string | undefined> {
    const key = `${bounded ? stopDir : ''}\0${dir}`;
    let p = this.byDir.get(key);
    if (!p) {
      p = (async () => {
        const candidate = join(dir, CONFIG_FILE_NAME);
        const text = await this.host.readFile(candidate);
        if (text !== undefined) {
          if (!this.byPath.has(candidate)) this.byPath.set(candidate, Promise.resolve(parseConfig(text, candidate, this.options)));
          return candidate;
        }
        const parent = dirname(dir);
        if (parent === dir || (bounded && !within(parent, stopDir!))) return undefined;
        return this.nearest(parent, stopDir, bounded);
      })();
      this.byDir.set(key, p);
    }
    return p;
  }

  private load(configPath: string): Promise<ParsedConfig> {
    return this.byPath.get(configPath)!;
  }
}
