import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, lintInSlices, ObjectCache, releaseAnalysis, RULES, type Analysis, type LintOptions, type LintResult, type Rule } from '../core';
import { parseConfig, type ParsedConfig } from '../core/config';
import type { Finding } from '../core/findings';
import { isConfigFile } from './config';

/** The path the core matches file-name globs against: the file system path, or the URI's path for other schemes. */
export function pathOf(uri: string): string | undefined {
  try {
    const u = new URL(uri);
    if (u.protocol === 'file:') return fileURLToPath(u);
    return decodeURIComponent(u.pathname) || undefined;
  } catch {
    return undefined;
  }
}

interface Entry {
  version: number;
  /** Settings generation the options belong to: a change makes a new entry, unless the options stay equal. */
  generation: number;
  /** Set by the lint: whether the document's findings were the rules' alone (see `rulesOnly`). */
  rulesOnly?: boolean;
  options: LintOptions;
  analysis: Analysis;
  result?: LintResult;
  /** State of the other workspace files the result was computed against. */
  resultStamp?: number;
  /** The lint under way, for the state of the other files it started with. */
  pending?: { stamp: number; promise: Promise<LintResult | undefined> };
}

/**
 * Whether two settings generations check a document the same way: equal values, and the same
 * workspace index (which has its own stamp).
 */
export function sameLintOptions(a: LintOptions, b: LintOptions): boolean {
  return a.workspace === b.workspace && isDeepStrictEqual({ ...a, workspace: undefined }, { ...b, workspace: undefined });
}

/** The state of the other workspace files a document's findings depend on. */
export function workspaceStamp(options: LintOptions): number {
  return options.workspace?.stampExcept(options.path ?? '') ?? 0;
}

/** Called once per new lint result, e.g. to log rule errors once per version rather than per request. */
export type LintListener = (uri: string, version: number, result: LintResult) => void;

/**
 * One parse per document version and settings generation, and one lint per parse and state of the
 * other workspace files: diagnostics, code actions, hover and completion of the same version share
 * them. Older versions are replaced, never kept.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  /** Per document: the findings of each object, reused across versions while the object's text is the same. */
  private readonly objects = new Map<string, ObjectCache>();

  constructor(
    private readonly onLinted: LintListener,
    /** The rules to run; tests pass their own. */
    private readonly rules: readonly Rule[] = RULES,
  ) {}

  analysis(doc: TextDocument, options: LintOptions, generation: number): Analysis {
    return this.entry(doc, options, generation).analysis;
  }

  /**
   * The lint of this version, checked in slices so other requests are answered meanwhile; undefined
   * when a newer version or a settings change made it stale before it finished (ask again).
   */
  async result(doc: TextDocument, options: LintOptions, generation: number): Promise<LintResult | undefined> {
    const e = this.entry(doc, options, generation);
    const stamp = workspaceStamp(e.options);
    if (e.result && e.resultStamp === stamp) return e.result;
    if (e.pending?.stamp !== stamp) {
      // Only a newer version (or new settings) makes the work useless; a later workspace stamp re-lints cheaply.
      const stale = () => this.entries.get(doc.uri) !== e;
      const promise = this.compute(e, doc.uri, stale).then((result) => {
        if (e.pending?.promise === promise) e.pending = undefined;
        if (result && !stale()) {
          e.result = result;
          e.resultStamp = stamp;
          this.onLinted(doc.uri, doc.version, result);
        }
        return result;
      });
      e.pending = { stamp, promise };
    }
    return e.pending.promise;
  }

  private async compute(e: Entry, uri: string, stale: () => boolean): Promise<LintResult | undefined> {
    const path = e.options.path;
    // A configuration file is parsed once, for its own problems and for the extra findings.
    const config = isConfigFile(path) ? parseConfig(e.analysis.text, path!) : undefined;
    let result = config ? lintConfig(e.analysis, config) : await lintInSlices(e.analysis, e.options, this.rules, this.objectCache(uri), stale);
    if (!result) return undefined;
    const extras = extraFindings(path, e.analysis.text, config);
    e.rulesOnly = rulesOnly(path, extras);
    const more = extras.flatMap((x) => x ?? []);
    if (more.length) result = { ...result, findings: [...result.findings, ...more].sort((a, b) => a.offset - b.offset) };
    return result;
  }

  delete(uri: string): void {
    const e = this.entries.get(uri);
    if (e) releaseAnalysis(e.analysis);
    this.entries.delete(uri);
    this.objects.delete(uri);
  }

  private objectCache(uri: string): ObjectCache {
    let c = this.objects.get(uri);
    if (!c) this.objects.set(uri, (c = new ObjectCache()));
    return c;
  }

  private entry(doc: TextDocument, options: LintOptions, generation: number): Entry {
    const cached = this.entries.get(doc.uri);
    if (cached && cached.version === doc.version) {
      if (cached.generation === generation) return cached;
      // A settings notification that changed nothing this document is checked with (VS Code sends one as
      // the client starts) keeps its parse and the lint under way, instead of starting both again.
      // Extra findings depend on more than the options: a result that has some, or a document that would now, is not kept.
      if (cached.rulesOnly !== false && sameLintOptions(cached.options, options) && rulesOnly(options.path, extraFindings(options.path, cached.analysis.text))) {
        cached.generation = generation;
        // The next version is re-parsed from this one only for the very options object it is asked with.
        cached.options = options;
        return cached;
      }
    }
    const text = doc.getText();
    // The earlier version of the same settings is re-parsed only where the edit touched it.
    const previous = cached && cached.generation === generation && cached.options === options ? cached.analysis : undefined;
    // An entry not parsed from is freed (a `.tf` one holds its parser's tree); one parsed from was taken over.
    if (cached && !previous) releaseAnalysis(cached.analysis);
    const analysis = isConfigFile(options.path) ? { text, targets: [], associated: false } : analyze(text, options, previous, true);
    const fresh: Entry = { version: doc.version, generation, options, analysis };
    this.entries.set(doc.uri, fresh);
    return fresh;
  }
}

/** Findings for special files, registered by the features that own them (the account context). */
export const EXTRA_FINDINGS: Array<(path: string | undefined, text: string, config?: ParsedConfig) => Finding[] | undefined> = [];

/** What each extra-findings provider says of a document: its findings, or undefined when the document is none of its files. */
function extraFindings(path: string | undefined, text: string, config?: ParsedConfig): Array<Finding[] | undefined> {
  return EXTRA_FINDINGS.map((extra) => extra(path, text, config));
}

/** Whether a document's findings are the rules' alone: the special files' extra findings depend on more than the options. */
function rulesOnly(path: string | undefined, extras: ReadonlyArray<Finding[] | undefined>): boolean {
  return !isConfigFile(path) && extras.every((x) => x === undefined);
}

/** An open `spectrum-lint.config.json` shows the problems of the configuration itself. */
function lintConfig(analysis: Analysis, parsed: ParsedConfig): LintResult {
  return { ...analysis, doc: parsed.doc, findings: parsed.findings, ruleErrors: [] };
}
