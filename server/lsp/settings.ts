import type { Connection } from 'vscode-languageserver/node';
import type { FileAssociations, RuleSetting } from '../core';
import { isRuleSetting } from '../core/settings';
import { parseSize } from '../core/size';
import { debounceSetting, RUN_MODES, type RunMode } from './timing';

/** The `spectrumLint.*` settings the server reads, after validation (bad values fall back to defaults). */
export interface ServerSettings {
  enable: boolean;
  /** Severity override per code or check id. */
  rules: Record<string, RuleSetting>;
  /** File-name globs per kind, e.g. `{ "spectrum-app": ["**\/apps/*.json"] }`. */
  files: FileAssociations;
  maxFileSize?: number;
  /** Check while typing (default) or only on open and save. */
  run: RunMode;
  /** Milliseconds to wait after a change before checking; undefined: the diagnostics mode's default. */
  debounce?: number;
  /** The section as the client sent it, for features that read settings of their own. */
  raw: Record<string, unknown>;
}

export const SECTION = 'spectrumLint';

export const DEFAULT_SETTINGS: ServerSettings = { enable: true, rules: {}, files: {}, run: 'onType', raw: {} };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates a raw `spectrumLint` section; unknown or malformed values are dropped, never thrown on. */
export function normalizeSettings(raw: unknown): ServerSettings {
  if (!isObject(raw)) return DEFAULT_SETTINGS;
  const rules: Record<string, RuleSetting> = {};
  if (isObject(raw.rules)) {
    for (const [id, value] of Object.entries(raw.rules)) if (isRuleSetting(value)) rules[id.trim()] = value;
  }
  const files: Record<string, string[]> = {};
  if (isObject(raw.files)) {
    for (const [kind, globs] of Object.entries(raw.files)) {
      const list = typeof globs === 'string' ? [globs] : Array.isArray(globs) ? globs.filter((g): g is string => typeof g === 'string') : undefined;
      if (list) files[kind] = list;
    }
  }
  const max = parseSize(raw.maxFileSize);
  const debounce = debounceSetting(raw.debounce);
  return {
    enable: typeof raw.enable === 'boolean' ? raw.enable : true,
    rules,
    files: files as FileAssociations,
    ...(max !== undefined ? { maxFileSize: max } : {}),
    run: RUN_MODES.find((m) => m === raw.run) ?? 'onType',
    ...(debounce !== undefined ? { debounce } : {}),
    raw,
  };
}

/** `initializationOptions` may be the section itself or `{ spectrumLint: {...} }`. */
export function sectionOf(value: unknown): unknown {
  if (isObject(value) && isObject(value[SECTION])) return value[SECTION];
  return value;
}

/**
 * Settings per resource: read with `workspace/configuration` when the client supports it (scoped to the
 * document, so multi-root folders can differ), else from `initializationOptions` and the settings that
 * `workspace/didChangeConfiguration` carries. Cached per URI until the configuration changes.
 */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<ServerSettings>>();
  private fallback: unknown;

  constructor(
    private readonly connection: Connection,
    private readonly pullConfiguration: boolean,
    initializationOptions: unknown,
  ) {
    this.fallback = sectionOf(initializationOptions);
  }

  get(uri: string): Promise<ServerSettings> {
    let s = this.cache.get(uri);
    if (!s) {
      s = this.read(uri);
      this.cache.set(uri, s);
    }
    return s;
  }

  /** After `didChangeConfiguration`: keep the settings it carries, for clients that push them rather than answer requests. */
  changed(settings: unknown): void {
    if (isObject(settings) && isObject(settings[SECTION])) this.fallback = settings[SECTION];
    this.invalidate();
  }

  invalidate(): void {
    this.cache.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  private async read(uri: string): Promise<ServerSettings> {
    if (this.pullConfiguration) {
      try {
        const value: unknown = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: SECTION });
        // Clients without a value for the section answer null: the fallback still applies.
        if (isObject(value)) return normalizeSettings(value);
      } catch (e) {
        this.connection.console.warn(`spectrum-lint: could not read settings (${String(e)}); using defaults.`);
      }
    }
    return normalizeSettings(this.fallback);
  }
}
