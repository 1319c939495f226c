import type { Node } from 'jsonc-parser';
import type { FileAssociations } from '../detect';
import type { JsonDocument, Range } from '../document';
import type { RuleSetting } from '../settings';

/** The file name looked for next to and above each linted file. */
export const CONFIG_FILE_NAME = 'spectrum-lint.config.json';

/** Where something is written in a configuration file, so problems about it can point there. */
export interface ConfigLocation {
  /** Path of the configuration file. */
  path: string;
  offset: number;
  length: number;
  range: Range;
  pointer: string;
}

/** One `ignore` entry: findings of `code` in files matching `files`, optionally under `pointer`. */
export interface IgnoreEntry {
  /** Catalog id of the ignored code ("11002", "legacy-field"). */
  code: string;
  /** Glob relative to `base`; absent means every file below `base`. */
  files?: string;
  /** Directory the glob is relative to: the configuration file's directory. Absent: match any path. */
  base?: string;
  /** JSON pointer of the ignored node; also ignores everything below it. */
  pointer?: string;
  reason?: string;
  /** Where the entry is written, for reporting it as unused. */
  source?: ConfigLocation;
}

/** The `account` value, untouched: its validation and meaning belong to the account-context module. */
export interface RawAccount {
  /** The parsed JSON value: an object, or a path string (anything else is passed on as is). */
  value: unknown;
  /** For a path string: the path resolved against the configuration file's directory. */
  file?: string;
  /** The whole value in the configuration file. */
  location: ConfigLocation;
  /** The value's node and the configuration document, to point problems at parts of the value. */
  node: Node;
  doc: JsonDocument;
}

export interface SpectrumLintConfig {
  /** Absolute path of the configuration file. */
  path: string;
  /** Severity per catalog id (keys normalised to catalog ids). */
  rules: Record<string, RuleSetting>;
  /** File-name globs per kind, relative to the configuration file's directory (see `configFileAssociations`). */
  files: FileAssociations;
  ignore: IgnoreEntry[];
  account?: RawAccount;
  /** Largest document checked, in characters. */
  maxFileSize?: number;
}
