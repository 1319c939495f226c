/**
 * A small LSP test client: spawns the bundled server (`node dist/server.js --stdio`) and talks to it
 * with a real JSON-RPC connection, playing the editor's part (settings, refresh, showDocument).
 * Reusable by any protocol test: `const c = await TestClient.start({ pull: true }); ... await c.shutdown();`
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities,
  CodeAction,
  CompletionItem,
  CompletionList,
  Diagnostic,
  DocumentDiagnosticReport,
  Hover,
  InitializeResult,
  PublishDiagnosticsParams,
  Range,
  Registration,
  RegistrationParams,
  ShowDocumentParams,
  TextDocumentContentChangeEvent,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** How long to wait for something the server must send; a test fails with a message after that, never hangs. */
const WAIT_MS = 10_000;

/** The bundled server: $SPECTRUM_LINT_SERVER, else dist/server.js of the checkout the tests run from. */
export function serverPath(): string {
  if (process.env.SPECTRUM_LINT_SERVER) return process.env.SPECTRUM_LINT_SERVER;
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    // out/ holds a copy of package.json (tsc emits imported JSON), but no dist/: keep walking up.
    const server = join(dir, 'dist', 'server.js');
    if (existsSync(pkg) && existsSync(server) && /"name":\s*"spectrum-lint"/.test(readFileSync(pkg, 'utf8'))) return server;
  }
  return join(process.cwd(), 'dist', 'server.js');
}

export interface StartOptions {
  /** Advertise pull diagnostics (textDocument/diagnostic + refresh support). Default false: push. */
  pull?: boolean;
  /** Advertise workspace/configuration (answered from `settings`). Default true. */
  configuration?: boolean;
  /** The `spectrumLint` section the client answers workspace/configuration with. */
  settings?: Record<string, unknown>;
  initializationOptions?: unknown;
  /** Advertise window/showDocument. Default true. */
  showDocument?: boolean;
  /** Advertise completion snippets. Default true. */
  snippets?: boolean;
  /** Replace the capabilities entirely (a minimal client, say). */
  capabilities?: ClientCapabilities;
}

interface Waiter<T> {
  test(value: T): boolean;
  resolve(value: T): void;
}

interface OpenDocument {
  doc: TextDocument;
}

export class TestClient {
  /** Every publishDiagnostics received, oldest first. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly shown: ShowDocumentParams[] = [];
  /** What window/showDocument answers: false plays a user who cancelled opening the link. */
  showDocumentSuccess = true;
  /** window/showMessage and window/showMessageRequest, in order. */
  readonly messages: Array<{ type: number; message: string }> = [];
  readonly logs: Array<{ type: number; message: string }> = [];
  /** Every client/registerCapability registration, in order. */
  readonly registrations: Registration[] = [];
  refreshes = 0;
  configurationRequests = 0;
  stderr = '';
  /** A fresh folder used as the workspace root; documents live in it. */
  readonly root: string;
  settings: Record<string, unknown>;
  initializeResult!: InitializeResult;

  private readonly docs = new Map<string, OpenDocument>();
  private configurationGate: Promise<void> = Promise.resolve();
  private readonly diagnosticWaiters: Array<Waiter<PublishDiagnosticsParams>> = [];
  private readonly refreshWaiters: Array<Waiter<number>> = [];
  private exited: Promise<number | null>;

  private constructor(
    readonly child: ChildProcess,
    readonly connection: MessageConnection,
    options: StartOptions,
  ) {
    this.root = mkdtempSync(join(tmpdir(), 'spectrum-lint-lsp-'));
    this.settings = options.settings ?? {};
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    child.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));

    connection.onRequest('workspace/configuration', async (params: { items: Array<{ section?: string }> }) => {
      this.configurationRequests++;
      await this.configurationGate;
      return params.items.map((i) => (i.section === 'spectrumLint' ? this.settings : null));
    });
    connection.onRequest('client/registerCapability', (p: RegistrationParams) => {
      this.registrations.push(...p.registrations);
      return null;
    });
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('window/showDocument', (p: ShowDocumentParams) => {
      this.shown.push(p);
      return { success: this.showDocumentSuccess };
    });
    connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      this.settle(this.refreshWaiters, this.refreshes);
      return null;
    });
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.settle(this.diagnosticWaiters, p);
    });
    connection.onRequest('window/showMessageRequest', (p: { type: number; message: string }) => {
      this.messages.push(p);
      return null;
    });
    connection.onNotification('window/showMessage', (p: { type: number; message: string }) => void this.messages.push(p));
    connection.onNotification('window/logMessage', (p: { type: number; message: string }) => void this.logs.push(p));
  }

  /** Spawns the server and completes initialize/initialized. */
  static async start(options: StartOptions = {}, args: string[] = ['--stdio']): Promise<TestClient> {
    const child = spawn(process.execPath, [serverPath(), ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection, options);
    connection.listen();
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(client.root).href,
      workspaceFolders: [{ uri: pathToFileURL(client.root).href, name: 'test' }],
      capabilities: options.capabilities ?? capabilities(options),
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  uri(name: string): string {
    return pathToFileURL(join(this.root, name)).href;
  }

  /** Writes a file into the workspace folder (e.g. spectrum-lint.config.json). */
  writeFile(name: string, text: string): string {
    writeFileSync(join(this.root, name), text);
    return this.uri(name);
  }

  text(uri: string): string {
    return this.document(uri).getText();
  }

  version(uri: string): number {
    return this.document(uri).version;
  }

  async open(name: string, text: string, languageId = 'json'): Promise<string> {
    const uri = name.includes(':') ? name : this.uri(name);
    const doc = TextDocument.create(uri, languageId, 1, text);
    this.docs.set(uri, { doc });
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Sends incremental changes (ranges in the current text) and returns the new version. */
  async change(uri: string, changes: Array<{ range: Range; text: string }>): Promise<number> {
    const open = this.docs.get(uri)!;
    const version = open.doc.version + 1;
    open.doc = TextDocument.update(open.doc, changes as TextDocumentContentChangeEvent[], version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Replaces the first occurrence of `search` incrementally. */
  async replace(uri: string, search: string, replacement: string): Promise<number> {
    const doc = this.document(uri);
    const at = doc.getText().indexOf(search);
    if (at < 0) throw new Error(`"${search}" is not in ${uri}`);
    return this.change(uri, [{ range: { start: doc.positionAt(at), end: doc.positionAt(at + search.length) }, text: replacement }]);
  }

  /** Applies a workspace edit the way an editor does (refusing one for another version) and sends it. */
  async applyEdit(edit: WorkspaceEdit): Promise<void> {
    const perUri = new Map<string, TextEdit[]>();
    for (const change of edit.documentChanges ?? []) {
      if (!('textDocument' in change)) throw new Error('unexpected resource operation');
      const { uri, version } = change.textDocument;
      if (version !== null && version !== this.version(uri)) throw new Error(`edit for version ${version}, document is at ${this.version(uri)}`);
      perUri.set(uri, [...(perUri.get(uri) ?? []), ...(change.edits as TextEdit[])]);
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) perUri.set(uri, [...(perUri.get(uri) ?? []), ...edits]);
    for (const [uri, edits] of perUri) {
      const doc = this.document(uri);
      // One full-range change keeps this simple and is still an incremental didChange.
      const end = doc.positionAt(doc.getText().length);
      await this.change(uri, [{ range: { start: { line: 0, character: 0 }, end }, text: TextDocument.applyEdits(doc, edits) }]);
    }
  }

  /** textDocument/didSave (without text, as the server asks). */
  async save(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    this.docs.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** textDocument/diagnostic (pull clients). */
  pull(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    return this.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) });
  }

  /** Pulled diagnostics as a list (a full report is expected). */
  async pulled(uri: string): Promise<Diagnostic[]> {
    const r = await this.pull(uri);
    if (r.kind !== 'full') throw new Error(`expected a full report, got ${r.kind}`);
    return r.items;
  }

  /** The next pushed diagnostics for `uri` matching `test` (already received ones count), e.g. of a version. */
  pushed(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const have = this.published.filter((p) => p.uri === uri && test(p)).at(-1);
    if (have) return Promise.resolve(have);
    return this.wait(this.diagnosticWaiters, (p) => p.uri === uri && test(p), `diagnostics for ${uri}`);
  }

  /** Pushed diagnostics for the document's current version. */
  async pushedNow(uri: string): Promise<Diagnostic[]> {
    const version = this.version(uri);
    return (await this.pushed(uri, (p) => p.version === version)).diagnostics;
  }

  /** Resolves once the server has asked for a diagnostic refresh `count` times in total. */
  refreshed(count: number): Promise<number> {
    if (this.refreshes >= count) return Promise.resolve(this.refreshes);
    return this.wait(this.refreshWaiters, (n) => n >= count, `diagnostic refresh #${count}`);
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[], triggerKind?: 1 | 2): Promise<CodeAction[] | null> {
    return this.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics, ...(only ? { only } : {}), ...(triggerKind ? { triggerKind } : {}) },
    });
  }

  hover(uri: string, offset: number): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: this.document(uri).positionAt(offset) });
  }

  completion(uri: string, offset: number, triggerCharacter?: string): Promise<CompletionItem[] | CompletionList | null> {
    return this.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: this.document(uri).positionAt(offset),
      context: triggerCharacter ? { triggerKind: 2, triggerCharacter } : { triggerKind: 1 },
    });
  }

  /** A request with `params` (a missing one is sent as null, as vscode-jsonrpc does for one argument). */
  request<R>(method: string, params?: unknown): Promise<R> {
    return this.connection.sendRequest(method, params);
  }

  /** A request with no `params` member at all, as VS Code's client sends `sendRequest(method)`. */
  requestWithoutParams<R>(method: string): Promise<R> {
    return this.connection.sendRequest(method);
  }

  /** Every notification of this method the server sends from now on, in order. */
  notifications<P>(method: string): P[] {
    const received: P[] = [];
    this.connection.onNotification(method, (p: P) => void received.push(p));
    return received;
  }

  /** Changes the settings the client answers with and tells the server, as an editor does. */
  async configure(settings: Record<string, unknown>, pushSettings = false): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: pushSettings ? { spectrumLint: settings } : null });
  }

  /** Answers workspace/configuration only once the returned function is called (to widen a race on purpose). */
  holdConfiguration(): () => void {
    let release!: () => void;
    this.configurationGate = new Promise<void>((r) => (release = r));
    return () => {
      this.configurationGate = Promise.resolve();
      release();
    };
  }

  /** Sends raw bytes to the server's stdin (for garbage-input tests). */
  writeRaw(data: string): void {
    this.child.stdin!.write(data);
  }

  /** shutdown + exit; resolves with the server's exit code. */
  async shutdown(): Promise<number | null> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
    }
    const code = await Promise.race([this.exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), WAIT_MS).unref())]);
    if (code === 'timeout') {
      this.child.kill();
      throw new Error('the server did not exit after shutdown/exit');
    }
    rmSync(this.root, { recursive: true, force: true });
    return code;
  }

  /** Kills the server without the protocol (for cleanup after a failure). */
  kill(): void {
    this.connection.dispose();
    this.child.kill();
    rmSync(this.root, { recursive: true, force: true });
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  private document(uri: string): TextDocument {
    const open = this.docs.get(uri);
    if (!open) throw new Error(`${uri} is not open`);
    return open.doc;
  }

  private settle<T>(waiters: Array<Waiter<T>>, value: T): void {
    for (const w of [...waiters]) {
      if (w.test(value)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(value);
      }
    }
  }

  private wait<T>(waiters: Array<Waiter<T>>, test: (v: T) => boolean, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.splice(waiters.indexOf(waiter), 1);
        reject(new Error(`timed out waiting for ${what}; server stderr:\n${this.stderr}`));
      }, WAIT_MS);
      timer.unref();
      const waiter: Waiter<T> = {
        test,
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v);
        },
      };
      waiters.push(waiter);
    });
  }
}

/** What a typical editor advertises; `pull` adds pull diagnostics with refresh, as VS Code does. */
export function capabilities(options: StartOptions = {}): ClientCapabilities {
  return {
    workspace: {
      configuration: options.configuration ?? true,
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: true },
      workspaceEdit: { documentChanges: true },
      workspaceFolders: true,
      ...(options.pull ? { diagnostics: { refreshSupport: true } } : {}),
    },
    textDocument: {
      synchronization: { didSave: true },
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true, tagSupport: { valueSet: [1, 2] } },
      codeAction: {
        codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
        isPreferredSupport: true,
        dataSupport: true,
      },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      completion: { completionItem: { snippetSupport: options.snippets ?? true, documentationFormat: ['markdown', 'plaintext'] } },
      ...(options.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
    },
    window: { ...(options.showDocument === false ? {} : { showDocument: { support: true } }) },
  };
}

/** Offset of the first occurrence of `search` in `text` (plus `delta`), failing loudly when absent. */
export function offsetOf(text: string, search: string, delta = 0): number {
  const at = text.indexOf(search);
  if (at < 0) throw new Error(`"${search}" not found`);
  return at + delta;
}

/** The diagnostics with this code (number or id). */
export function withCode(diagnostics: Diagnostic[], code: number | string): Diagnostic[] {
  return diagnostics.filter((d) => String(d.code) === String(code));
}
