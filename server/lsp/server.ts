import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver/node';
import { lockedMajorOptions, moduleMajorOptions } from '../node/terraform';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Finding, LintOptions, LintResult } from '../core';
import { configLintOptions } from '../core/config';
import type { ProjectConfigs } from './config';
import { toDiagnostic } from './diagnostics';
import { AnalysisCache, workspaceStamp, pathOf } from './documents';
import { FreshPlaceholders } from './placeholders';
import type { ServerSettings, SettingsStore } from './settings';

export interface Linted {
  /** The version that was linted: the current one when the result was made. */
  doc: TextDocument;
  result: LintResult;
  settings: ServerSettings;
  options: LintOptions;
}

/** Adds lint options for a document (e.g. the account context); registered by features that own them. */
export type OptionsProvider = (uri: string, settings: ServerSettings, options: LintOptions) => Partial<LintOptions> | Promise<Partial<LintOptions>>;

interface DocumentSetup {
  settings: ServerSettings;
  options: LintOptions;
}

/** The state every handler shares: connection, open documents, settings, and the per-version results. */
export class Server {
  readonly cache: AnalysisCache;
  readonly optionProviders: OptionsProvider[] = [];
  /** Called with every lint result handed out (e.g. to tell the client what the document was taken for). */
  readonly lintListeners: Array<(linted: Linted) => void> = [];
  /** Reason placeholders that suppression fixes offered, not reported while untouched. */
  readonly placeholders = new FreshPlaceholders();
  private readonly setups = new Map<string, Promise<DocumentSetup>>();
  private changes = 0;
  /** Per document: an earlier version whose diagnostics the client keeps, told they still hold through a later one. */
  private readonly held = new Map<string, { version: number; through: number }>();

  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
    readonly settings: SettingsStore,
    readonly configs: ProjectConfigs,
  ) {
    this.cache = new AnalysisCache((uri, version, result) => {
      for (const { rule, error } of result.ruleErrors) {
        this.log(`rule "${rule}" failed on ${uri} (version ${version}); its findings are missing:\n${describe(error)}`);
      }
    });
  }

  /** Changes whenever settings or a configuration file change; part of cache keys and pull result ids. */
  get generation(): number {
    return this.changes;
  }

  /**
   * Identifies the diagnostics of a document's current state: its version, the settings generation
   * and the state of the other workspace files. Pull clients get "unchanged" while it holds.
   */
  async resultId(doc: TextDocument): Promise<string> {
    const generation = this.changes;
    const { options } = await this.setup(doc.uri);
    return `${doc.version}:${generation}:${workspaceStamp(options)}`;
  }

  /** Settings or configuration changed: everything derived from them is recomputed on next use. */
  invalidate(): void {
    this.changes++;
    this.setups.clear();
    this.settings.invalidate();
    this.configs.invalidate();
  }

  /** The client keeps the diagnostics of `version`: they are exactly those of `through` too. */
  holdDiagnostics(uri: string, version: number, through: number): void {
    if (version === through) this.held.delete(uri);
    else this.held.set(uri, { version, through });
  }

  /** Whether a diagnostic made for `diagnosticVersion` stands for a finding of `version`. */
  diagnosticHolds(uri: string, diagnosticVersion: number, version: number): boolean {
    if (diagnosticVersion === version) return true;
    const h = this.held.get(uri);
    return h !== undefined && h.version === diagnosticVersion && h.through === version;
  }

  /** A document closed: forget what was kept for it. */
  forget(uri: string): void {
    this.held.delete(uri);
    this.setups.delete(uri);
    this.settings.forget(uri);
    this.cache.delete(uri);
    this.placeholders.forget(uri);
  }

  log(message: string): void {
    this.connection.console.error(`spectrum-lint: ${message}`);
  }

  /**
   * Wraps a handler so that an exception costs this one request: it is logged to the connection's
   * console and the request is answered with `fallback`.
   */
  guard<A extends unknown[], R>(name: string, fallback: R, fn: (...args: A) => R | Promise<R>): (...args: A) => Promise<R> {
    return async (...args: A) => {
      try {
        return await fn(...args);
      } catch (e) {
        this.log(`${name} failed:\n${describe(e)}`);
        return fallback;
      }
    };
  }

  /** Settings and lint options of a document: editor settings over the project configuration file. */
  setup(uri: string): Promise<DocumentSetup> {
    let s = this.setups.get(uri);
    if (!s) {
      const generation = this.changes;
      s = this.makeSetup(uri);
      this.setups.set(uri, s);
      // A failed read is not kept: the next request tries again.
      s.catch(() => {
        if (this.changes === generation && this.setups.get(uri) === s) this.setups.delete(uri);
      });
    }
    return s;
  }

  private async makeSetup(uri: string): Promise<DocumentSetup> {
    const settings = await this.settings.get(uri);
    const path = pathOf(uri);
    let config;
    try {
      config = (await this.configs.forFile(path))?.config;
    } catch (e) {
      this.log(`could not read the configuration for ${uri}:\n${describe(e)}`);
    }
    // The size limit a project states in its configuration file wins over the editor's (which always has a value).
    const maxFileSize = config?.maxFileSize ?? settings.maxFileSize;
    let options: LintOptions = {
      path,
      ...configLintOptions(config, { rules: settings.rules, files: settings.files }),
      ...(maxFileSize ? { maxFileSize } : {}),
      ...lockedMajorOptions(path),
      ...moduleMajorOptions(path),
    };
    for (const provide of this.optionProviders) {
      try {
        options = { ...options, ...(await provide(uri, settings, options)) };
      } catch (e) {
        this.log(`lint options for ${uri} incomplete:\n${describe(e)}`);
      }
    }
    return { settings, options };
  }

  /** The lint result of the document's current version, or undefined when spectrum-lint is disabled for it. */
  async lint(doc: TextDocument): Promise<Linted | undefined> {
    for (;;) {
      const generation = this.changes;
      const { settings, options } = await this.setup(doc.uri);
      if (!settings.enable) return undefined;
      // Setup and the lint are asynchronous: lint the version that is current now, not the one asked about.
      const current = this.documents.get(doc.uri) ?? doc;
      const result = await this.cache.result(current, options, generation);
      // Undefined: a newer version or new settings came first; the newest one is linted instead.
      if (!result) continue;
      const linted: Linted = { doc: current, result, settings, options };
      for (const listen of this.lintListeners) {
        try {
          listen(linted);
        } catch (e) {
          this.log(`a lint listener failed:\n${describe(e)}`);
        }
      }
      return linted;
    }
  }

  /** The parse of the current version without running the rules (completion needs no findings). */
  async analyze(doc: TextDocument): Promise<{ doc: TextDocument; analysis: Analysis; options: LintOptions } | undefined> {
    const generation = this.changes;
    const { settings, options } = await this.setup(doc.uri);
    if (!settings.enable) return undefined;
    const current = this.documents.get(doc.uri) ?? doc;
    return { doc: current, analysis: this.cache.analysis(current, options, generation), options };
  }

  async diagnostics(doc: TextDocument): Promise<Diagnostic[]> {
    const shown = await this.shown(doc);
    return shown ? shown.findings.map((f) => toDiagnostic(f, shown.doc.uri, shown.doc.version)) : [];
  }

  /** The findings shown for the document's current version (undefined when spectrum-lint is off for it). */
  async shown(doc: TextDocument): Promise<{ doc: TextDocument; findings: Finding[] } | undefined> {
    const linted = await this.lint(doc);
    return linted && { doc: linted.doc, findings: this.placeholders.filter(linted.doc, linted.result.findings) };
  }
}

export function describe(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}
