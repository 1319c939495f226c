import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType, RequestType, WatchKind, type FileEvent, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Finding, type LintOptions } from '../core';
import { DEFAULT_MAX_SIZE } from '../core/document';
import { kindByPath, mayContainTargets, type FileAssociations } from '../core/detect';
import { AccountLoader, DEFAULT_CONTEXT_FILE, describeContext, inlineAccountFindings, loadAccountText, type AccountContext } from '../core/context';
import { finding } from '../core/context/resolve';
import { mergeFiles, type ParsedConfig } from '../core/config';
import { readTextOrUndefined, unreadableReason } from '../node/read-text';
import { isTerraformFile, LOCK_FILE } from '../node/terraform';
import { normalPath, summarizeDocument, summarizeText, WorkspaceIndex, type FileSummary } from '../core/workspace';
import { CONTEXT_INFO_REQUEST, type ContextInfo, type ContextInfoParams } from './context-protocol';
import { pathOf } from './documents';
import type { Server } from './server';
import type { ServerSettings } from './settings';

/** Files larger than this are not indexed (the lint itself has its own limit). */
const MAX_INDEXED_SIZE = DEFAULT_MAX_SIZE;
/** Enough for any real configuration repository; a huge monorepo is indexed up to here. */
const MAX_INDEXED_FILES = 20000;
const EXTENSIONS = ['.json', '.jsonc', '.tf'];
/** Typing in one file re-lints the other open files after this pause, not on every keystroke. */
const RELINT_DELAY_MS = 400;
/** Read by default, as the pull command writes it (the `spectrumLint.contextFile` default). */
const skipDir = (name: string) => name === 'node_modules' || name.startsWith('.');

/** Account contexts and configurations: regular files only (a FIFO or /dev/zero must not block or flood the server). */
const readText = (path: string) => readTextOrUndefined(path);

const ContextInfoRequest = new RequestType<ContextInfoParams, ContextInfo | null, void>(CONTEXT_INFO_REQUEST);

/**
 * The workspace index and the account contexts of a language server: every Spectrum app, monitor and
 * pool file of the workspace folders (open or not) is summarised; open documents count with their
 * current text; file changes keep it current. When the index or a context changes, `onChange`
 * re-lints the open documents.
 */
export class LspWorkspace {
  readonly index = new WorkspaceIndex();
  readonly accounts = new AccountLoader(readText);
  private folders: string[] = [];
  private scanning: Promise<void> = Promise.resolve();
  private readonly contextPaths = new Set<string>();
  private relintTimer: NodeJS.Timeout | undefined;
  /** The file associations each file was indexed with (as JSON; open ones with their document's): a change of configuration or settings re-indexes the files it concerns. */
  private readonly indexedWith = new Map<string, string>();
  /** The distinct keys of `indexedWith`, one string each: a workspace has few sets of associations, and thousands of files. */
  private readonly keys = new Map<string, string>();
  /** Settings are asked for only once the client is initialized (no request may come before). */
  private initialized!: () => void;
  private readonly started = new Promise<void>((resolve) => (this.initialized = resolve));

  constructor(
    private readonly server: Server,
    private readonly documents: TextDocuments<TextDocument>,
    /** The index changed: lint the open documents again (settings and configurations unchanged). */
    private readonly relint: () => void,
    /** An account context changed: rebuild every document's options. */
    private readonly reconfigure: () => void,
  ) {}

  /** Lint options for a document: the index, and the account context of its configuration (or of `spectrumLint.contextFile`). */
  readonly provideOptions = async (uri: string, settings: ServerSettings, options: LintOptions): Promise<Partial<LintOptions>> => {
    const context = await this.contextFor(options.path, settings);
    return { workspace: this.index, ...(context ? { account: context } : {}) };
  };

  async contextFor(path: string | undefined, settings: ServerSettings): Promise<AccountContext | undefined> {
    const parsed = await this.server.configs.forFile(path);
    const resolved = parsed?.config.account ? await this.accounts.forConfig(parsed.config) : undefined;
    if (resolved?.contextPath) this.useContextPath(resolved.contextPath);
    if (resolved?.context) return resolved.context;
    // Without an `account` in the configuration: the editor setting (ignored in untrusted workspaces by the client),
    // else the file the pull command writes, at the workspace folder's root, when it exists.
    const setting = typeof settings.raw.contextFile === 'string' ? settings.raw.contextFile.trim() : '';
    const folder = this.folderOf(path) ?? this.folders[0];
    if (!setting && !folder) return undefined;
    const file = setting || DEFAULT_CONTEXT_FILE;
    const abs = isAbsolute(file) ? file : resolve(folder ?? '.', file);
    this.useContextPath(abs);
    const text = await readText(abs);
    return text === undefined ? undefined : loadAccountText(text, abs).context;
  }

  /** Counts a file as an account context in use: its changes reconfigure the documents. */
  useContextPath(path: string): void {
    this.contextPaths.add(normalPath(path));
  }

  /** Whether a path is an account context file in use (its own problems are shown when it is open). */
  isContextFile(path: string | undefined): boolean {
    return !!path && this.contextPaths.has(normalPath(path));
  }

  setFolders(folders: string[]): void {
    this.folders = folders;
    this.scanning = this.scanning.then(() => this.scan()).catch((e) => this.server.log(`scanning the workspace failed: ${String(e)}`));
  }

  /** The client is initialized: the scan may read settings. */
  start(): void {
    this.initialized();
  }

  /** Resolves when the current scan is done (tests and the status request wait for it). */
  ready(): Promise<void> {
    return this.scanning;
  }

  private folderOf(path: string | undefined): string | undefined {
    if (!path) return undefined;
    const p = normalPath(path);
    return this.folders.filter((f) => p.startsWith(normalPath(f).replace(/\/?$/, '/'))).sort((a, b) => b.length - a.length)[0];
  }

  /** Walks the workspace folders and indexes every file that holds a Spectrum app, monitor or pool. */
  private async scan(): Promise<void> {
    await this.started;
    for (const p of this.index.paths()) this.index.delete(p);
    for (const p of this.indexedWith.keys()) if (!this.isOpen(p)) this.indexedWith.delete(p);
    let budget = MAX_INDEXED_FILES;
    const walk = async (dir: string): Promise<void> => {
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        if (budget <= 0) return;
        const p = join(dir, e.name);
        if (e.isDirectory()) {
          if (!skipDir(e.name)) await walk(p);
        } else if (e.isFile() && EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x))) {
          budget--;
          await this.indexFile(p);
        }
      }
    };
    for (const f of this.folders) await walk(f);
    if (budget <= 0) this.server.log(`indexed the first ${MAX_INDEXED_FILES} JSON and Terraform files of the workspace only; cross-file checks may miss the others.`);
    this.relint();
  }

  /** (Re)reads one file from disk, unless it is open (then its editor text counts). Returns whether the index changed. */
  private async indexFile(path: string): Promise<boolean> {
    const isOpen = () => this.isOpen(path);
    if (isOpen()) return false;
    const files = await this.associationsFor(path);
    this.indexedWith.set(path, this.keyOf(files));
    const text = await readTextOrUndefined(path, MAX_INDEXED_SIZE);
    // Opened while it was read: its editor text counts, not the file's.
    if (isOpen()) return false;
    if (text === undefined) return this.index.delete(path);
    return this.indexText(path, text, files);
  }

  private indexText(path: string, text: string, files?: FileAssociations): boolean {
    if (isTerraformFile(path)) {
      // The Terraform front end finds the resources (and parses nothing when none is named).
      const a = analyze(text, { path, files });
      return a.doc ? this.indexSummary(summarizeDocument(a.doc, path, files, a.targets)) : this.index.delete(path);
    }
    if (!kindByPath(path, files) && !mayContainTargets(text)) return this.index.delete(path);
    return this.indexSummary(summarizeText(text, path, files));
  }

  private indexSummary(s: FileSummary): boolean {
    if (!s.apps.length && !s.monitors.length && !s.pools.length) return this.index.delete(s.path);
    return this.index.set(s);
  }

  private isOpen(path: string): boolean {
    return this.documents.get(pathToFileURL(path).href) !== undefined;
  }

  /**
   * The file associations the lint of the file would use (its configuration's `files` and the
   * editor's `spectrumLint.files` for its folder), so that a closed file counts as it does open.
   */
  private async associationsFor(path: string): Promise<FileAssociations> {
    let config: ParsedConfig | undefined;
    try {
      config = await this.server.configs.forFile(path);
    } catch {
      // An unreadable configuration: the lint of an open file reports it; the defaults apply here.
    }
    const folder = this.folderOf(path);
    const settings = await this.server.settings.get(pathToFileURL(folder ?? path).href);
    return mergeFiles(config?.config, settings.files);
  }

  private keyOf(files: FileAssociations | undefined): string {
    const key = JSON.stringify(files ?? {});
    const known = this.keys.get(key);
    if (known !== undefined) return known;
    this.keys.set(key, key);
    return key;
  }

  /** Files whose associations changed with the settings or a configuration are indexed again (a file a new `files` glob makes a pool counts at once), open ones too. */
  private async associationsChanged(): Promise<void> {
    await this.scanning;
    let changed = false;
    for (const [path, used] of this.indexedWith) {
      const doc = this.documents.get(pathToFileURL(path).href);
      if (doc) {
        if (this.keyOf((await this.server.setup(doc.uri)).options.files) !== used) await this.documentChanged(doc);
      } else if (this.keyOf(await this.associationsFor(path)) !== used) changed = (await this.indexFile(path)) || changed;
    }
    if (changed) this.relint();
  }

  /**
   * An open document's text changed: index it from the parse its own lint uses (no second parse);
   * the other open documents are linted again once typing pauses.
   */
  async documentChanged(doc: TextDocument): Promise<void> {
    const path = pathOf(doc.uri);
    if (!path || !doc.uri.startsWith('file:')) return;
    const analyzed = await this.server.analyze(doc);
    const files = analyzed?.options.files ?? (await this.server.setup(doc.uri)).options.files;
    // Closed or changed again meanwhile: this text is gone (a closed document counts from disk, or not at all).
    if (this.documents.get(doc.uri)?.version !== doc.version) return;
    this.indexedWith.set(path, this.keyOf(files));
    const changed = analyzed
      ? analyzed.analysis.doc
        ? this.indexSummary(summarizeDocument(analyzed.analysis.doc, path, files, analyzed.analysis.targets))
        : this.index.delete(path)
      : this.indexText(path, doc.getText(), files); // spectrum-lint is off for it, but the others still see it
    if (!changed) return;
    clearTimeout(this.relintTimer);
    this.relintTimer = setTimeout(() => {
      this.relintTimer = undefined;
      this.relint();
    }, RELINT_DELAY_MS);
  }

  /** An open document closed: its file on disk counts again. */
  async documentClosed(uri: string): Promise<void> {
    const path = pathOf(uri);
    if (!path || !uri.startsWith('file:')) return;
    if (await this.indexFile(path)) this.relint();
  }

  /** workspace/didChangeWatchedFiles: re-index changed files; reload a context that changed. */
  async filesChanged(changes: FileEvent[]): Promise<void> {
    let indexChanged = false;
    let contextChanged = false;
    for (const c of changes) {
      const path = pathOf(c.uri);
      if (!path || !c.uri.startsWith('file:')) continue;
      if (this.isContextFile(path) || (await this.accounts.invalidate(path))) contextChanged = true;
      if (c.type === FileChangeType.Deleted) {
        this.indexedWith.delete(path);
        indexChanged = this.index.delete(path) || indexChanged;
      } else if (EXTENSIONS.some((x) => path.toLowerCase().endsWith(x))) indexChanged = (await this.indexFile(path)) || indexChanged;
    }
    if (contextChanged) {
      await this.accounts.invalidate();
      this.reconfigure();
    } else if (indexChanged) this.relint();
  }

  /**
   * Settings or a configuration changed (call it once the server's settings and configurations are
   * invalidated): contexts are re-read, and files are indexed again where their associations changed.
   */
  async configChanged(): Promise<void> {
    await this.accounts.invalidate();
    await this.associationsChanged();
  }

  async info(uri: string, settings: ServerSettings): Promise<ContextInfo | null> {
    await this.scanning;
    const path = pathOf(uri);
    const context = await this.contextFor(path, settings);
    const indexed = this.index.files().reduce((n, f) => n + f.apps.length + f.monitors.length + f.pools.length, 0);
    if (!context) return null;
    const parts = ['plan', 'spectrum', 'entitlements', 'zone', 'zones', 'virtual_networks', 'routes', 'prefixes', 'spectrum_apps', 'monitors', 'pools', 'quotas'].filter(
      (k) => (context as unknown as Record<string, unknown>)[k] !== undefined,
    );
    const config = (await this.server.configs.forFile(path))?.config;
    return {
      ...(context.source.path ? { path: context.source.path } : {}),
      ...(config ? { configPath: config.path } : {}),
      ...(context.source.pulledAt ? { pulledAt: context.source.pulledAt } : {}),
      description: describeContext(context),
      parts,
      indexed,
    };
  }
}

/**
 * Problems of the account context for an open file: a context file in use gets its own problems; a
 * configuration file gets those of its inline `account` object, or of a context path that does not exist.
 */
export function accountFindingsFor(ws: LspWorkspace, path: string | undefined, text: string, parsed?: ParsedConfig): Finding[] | undefined {
  if (parsed) {
    const raw = parsed.config.account;
    if (!raw) return [];
    if (typeof raw.value !== 'string') return inlineAccountFindings(raw, parsed.config.path);
    if (!raw.file) return [];
    // The file it names is a context in use even while no document under the configuration is open: its
    // appearing, changing or going away must re-check this configuration too.
    ws.useContextPath(raw.file);
    if (!existsSync(raw.file)) return [finding(raw.doc, raw.node, `The account context file \`${raw.value}\` does not exist; account-dependent checks are off until it does.`)];
    const why = unreadableReason(raw.file);
    return why ? [finding(raw.doc, raw.node, `The account context file \`${raw.value}\` cannot be read (${why}); account-dependent checks are off until it can.`)] : [];
  }
  return path && ws.isContextFile(path) ? loadAccountText(text, path).findings : undefined;
}

/**
 * Wires the workspace index into a server: options for every document, open-document changes, and
 * the context-info request.
 */
export function registerWorkspaceIndex(server: Server, documents: TextDocuments<TextDocument>, ws: LspWorkspace): void {
  server.optionProviders.push(ws.provideOptions);
  documents.onDidChangeContent(({ document }) => ws.documentChanged(document).catch((e) => server.log(`indexing ${document.uri} failed: ${String(e)}`)));
  documents.onDidClose(({ document }) => void ws.documentClosed(document.uri));
  server.connection.onRequest(
    ContextInfoRequest,
    server.guard('spectrumLint/contextInfo', null, async (params: ContextInfoParams) => {
      if (!params || typeof params.uri !== 'string') return null;
      const settings = await server.settings.get(params.uri);
      return ws.info(params.uri, settings);
    }),
  );
}

/** After `initialized`: asks the client to report changes of every JSON and Terraform file, when it can register watchers. */
export function watchWorkspaceFiles(server: Server, dynamicWatchers: boolean): void {
  if (dynamicWatchers) {
    server.connection.client
      .register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          { globPattern: '**/*.{json,jsonc,tf}', kind: WatchKind.Create | WatchKind.Change | WatchKind.Delete },
          { globPattern: `**/${LOCK_FILE}`, kind: WatchKind.Create | WatchKind.Change | WatchKind.Delete },
        ],
      })
      .catch((e) => server.log(`could not watch workspace files; the workspace index follows open documents only: ${String(e)}`));
  }
}
