import type { RawAccount, SpectrumLintConfig } from '../config/types';
import { finding, loadAccountText, locator, problemFinding, type FileFindings, type ResolvedAccount } from './resolve';
import { validateAccount } from './validate';

/** Reads a file's text asynchronously; undefined when it does not exist. Injected: the core never touches fs. */
export type ReadTextAsync = (path: string) => Promise<string | undefined>;

const normal = (p: string) => p.replace(/\\/g, '/');

/**
 * The account context of a parsed configuration's `account` value (an object, or a path to a
 * context file), with `config-invalid` findings for the file that holds it.
 */
export async function resolveConfigAccount(raw: RawAccount, configPath: string, read: ReadTextAsync): Promise<ResolvedAccount> {
  if (typeof raw.value === 'string') {
    const path = raw.file ?? raw.value;
    const text = await read(path);
    if (text === undefined) {
      return {
        contextPath: path,
        diagnostics: [{ path: configPath, findings: [finding(raw.doc, raw.node, `The account context file \`${raw.value}\` cannot be read; account-dependent checks are off until it exists.`)] }],
      };
    }
    const loaded = loadAccountText(text, path);
    return { context: loaded.context, contextPath: path, diagnostics: [{ path, findings: loaded.findings }] };
  }
  const { context, problems } = validateAccount(raw.value, { kind: 'file', path: configPath });
  context.locate = locator(raw.doc, raw.node, configPath);
  return { context, contextPath: configPath, diagnostics: [{ path: configPath, findings: problems.map((p) => problemFinding(raw.doc, raw.node, p)) }] };
}

/**
 * Caches the account context per configuration file, so every file under one configuration shares
 * it, and forgets it when the configuration or the context file changes (`invalidate(path)`).
 */
export class AccountLoader {
  private readonly cache = new Map<string, Promise<ResolvedAccount>>();

  constructor(private readonly read: ReadTextAsync) {}

  /** The account of a configuration; undefined context when it has no (usable) `account`. */
  forConfig(config: SpectrumLintConfig | undefined): Promise<ResolvedAccount> {
    if (!config?.account) return Promise.resolve({ diagnostics: [] });
    const key = normal(config.path);
    let p = this.cache.get(key);
    if (!p) {
      p = resolveConfigAccount(config.account, config.path, this.read).catch(() => ({ diagnostics: [] }));
      this.cache.set(key, p);
    }
    return p;
  }

  /**
   * The account of a context file named outside any configuration (the CLI's `--context`, or the
   * default file); undefined when the file does not exist.
   */
  async forContextFile(path: string): Promise<ResolvedAccount | undefined> {
    const key = `file:${normal(path)}`;
    let p = this.cache.get(key);
    if (!p) {
      p = this.read(path).then((text): ResolvedAccount => {
        if (text === undefined) return { diagnostics: [] };
        const loaded = loadAccountText(text, path);
        return { context: loaded.context, contextPath: path, diagnostics: [{ path, findings: loaded.findings }] };
      });
      this.cache.set(key, p);
    }
    const r = await p;
    return r.contextPath ? r : undefined;
  }

  /**
   * Forgets what depends on a changed file (a configuration or a context file); everything when no
   * path is given. Returns whether anything was forgotten, i.e. whether diagnostics must be recomputed.
   */
  async invalidate(path?: string): Promise<boolean> {
    if (path === undefined) {
      const had = this.cache.size > 0;
      this.cache.clear();
      return had;
    }
    const p = normal(path);
    let hit = false;
    for (const [key, value] of [...this.cache]) {
      const resolved = await value;
      if (key === p || (resolved.contextPath && normal(resolved.contextPath) === p)) {
        this.cache.delete(key);
        hit = true;
      }
    }
    return hit;
  }

  /** The context files in use (to watch them), besides the configuration files themselves. */
  async contextFiles(): Promise<string[]> {
    const out: string[] = [];
    for (const p of this.cache.values()) {
      const r = await p;
      if (r.contextPath) out.push(r.contextPath);
    }
    return out;
  }

  /** `config-invalid` findings of every loaded account, per file. */
  async diagnostics(): Promise<FileFindings[]> {
    const out: FileFindings[] = [];
    for (const p of this.cache.values()) out.push(...(await p).diagnostics);
    return out;
  }
}

/** `config-invalid` findings of an inline `account` object, synchronously (for an open configuration file). */
export function inlineAccountFindings(raw: RawAccount, configPath: string) {
  if (typeof raw.value === 'string') return [];
  const { problems } = validateAccount(raw.value, { kind: 'file', path: configPath });
  return problems.map((p) => problemFinding(raw.doc, raw.node, p));
}
