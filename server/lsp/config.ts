import { basename, relative, isAbsolute } from 'node:path';
import { CONFIG_FILE_NAME, ConfigResolver, type ParsedConfig } from '../core/config';
import { readTextOrUndefined } from '../node/read-text';

/**
 * `spectrum-lint.config.json` files, found from each document's directory upwards (not above its
 * workspace folder), read from disk and cached until a configuration file changes.
 */
export class ProjectConfigs {
  // Regular files only: a FIFO or device named like a configuration must not block the server.
  private readonly resolver = new ConfigResolver({ readFile: (path) => readTextOrUndefined(path) });

  constructor(private folders: string[] = []) {}

  setFolders(folders: string[]): void {
    this.folders = folders;
    this.invalidate();
  }

  /** The configuration of a file on disk; undefined without a path or a configuration. */
  async forFile(path: string | undefined): Promise<ParsedConfig | undefined> {
    if (!path || !isAbsolute(path)) return undefined;
    return this.resolver.forFile(path, this.folderOf(path));
  }

  invalidate(): void {
    this.resolver.invalidate();
  }

  /** The innermost workspace folder holding the file. */
  private folderOf(path: string): string | undefined {
    let best: string | undefined;
    for (const f of this.folders) {
      const r = relative(f, path);
      if (r !== '' && !r.startsWith('..') && !isAbsolute(r) && (!best || f.length > best.length)) best = f;
    }
    return best;
  }
}

export function isConfigFile(path: string | undefined): boolean {
  return !!path && basename(path) === CONFIG_FILE_NAME;
}
