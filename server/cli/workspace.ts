import { configLintOptions, type ConfigResolver } from '../core/config';
import { AccountLoader } from '../core/context/loader';
import type { Finding } from '../core/findings';
import { analyze, type Analysis, type LintOptions } from '../core/lint';
import { kindByPath, mayContainTargets } from '../core/detect';
import { summarizeDocument, WorkspaceIndex } from '../core/workspace';
import { readTextFileSync, readTextOrUndefined as read } from '../node/read-text';
import { isTerraformFile } from '../node/terraform';

/**
 * What the lint command adds for account context and cross-file checks: an index of every Spectrum
 * app, monitor and pool among the given paths, and the account context of each configuration.
 */
export class CliWorkspace {
  readonly index = new WorkspaceIndex();
  /**
   * @param contextFile the account context named on the command line (`--context`): it applies to every
   *   file, over a configuration's `account`, as `--rule` goes over its rules.
   * @param defaultContextFile read when neither names one and it exists (the file `context pull` writes).
   */
  constructor(
    private readonly contextFile?: string,
    private readonly defaultContextFile?: string,
  ) {}

  private readonly accounts = new AccountLoader(read);
  /** Parses made while indexing, handed to the lint of the same file so no file is parsed twice. */
  private readonly parses = new Map<string, Analysis>();

  /**
   * Summarises every input file (with its configuration's file associations and size limit) before
   * any is linted; `maxFileSize` is the command line's limit, over the configuration's.
   */
  async indexFiles(paths: string[], resolver: ConfigResolver | undefined, maxFileSize?: number): Promise<void> {
    for (const path of paths) {
      let text: string;
      try {
        text = readTextFileSync(path);
      } catch {
        continue; // the lint of this file reports it
      }
      const own = configLintOptions(resolver ? (await resolver.forFile(path))?.config : undefined, { maxFileSize });
      const files = resolver ? own.files : undefined;
      // Terraform files: the front end finds the resources (and parses nothing when none is named).
      if (!isTerraformFile(path) && !kindByPath(path, files) && !mayContainTargets(text)) continue;
      // The options the lint of this file analyses with (see lint-command), so its parse can be reused.
      let analysis: Analysis;
      try {
        analysis = analyze(text, { path, files, syntaxErrors: true, ...(own.maxFileSize ? { maxFileSize: own.maxFileSize } : {}) });
      } catch {
        continue; // the lint of this file reports it
      }
      if (!analysis.doc) continue;
      this.parses.set(path, analysis);
      const s = summarizeDocument(analysis.doc, path, files, analysis.targets);
      if (s.apps.length || s.monitors.length || s.pools.length) this.index.set(s);
    }
  }

  /** The parse of a file made while indexing, once: the lint takes it over. */
  takeParse(path: string): Analysis | undefined {
    const a = this.parses.get(path);
    this.parses.delete(path);
    return a;
  }

  /** The account context and workspace index for a file under this configuration. */
  async options(config: Parameters<AccountLoader['forConfig']>[0]): Promise<Pick<LintOptions, 'account' | 'workspace'>> {
    const context = await this.contextFor(config);
    return { workspace: this.index, ...(context ? { account: context } : {}) };
  }

  /** Whether the `--context` file can be read; checked once before the run, as a usage problem. */
  async contextFileReadable(): Promise<boolean> {
    return !this.contextFile || (await this.accounts.forContextFile(this.contextFile)) !== undefined;
  }

  private async contextFor(config: Parameters<AccountLoader['forConfig']>[0]) {
    if (this.contextFile) return (await this.accounts.forContextFile(this.contextFile))?.context;
    const own = (await this.accounts.forConfig(config)).context;
    if (own || config?.account || !this.defaultContextFile) return own;
    return (await this.accounts.forContextFile(this.defaultContextFile))?.context;
  }

  /** `config-invalid` findings of the account contexts used, per file (a context file or a configuration). */
  async contextFindings(): Promise<Array<{ path: string; findings: Finding[] }>> {
    return (await this.accounts.diagnostics()).filter((d) => d.findings.length > 0);
  }
}
