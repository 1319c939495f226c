// A minimal LSP client for the benchmark: spawns a server over stdio, plays the editor's part
// (settings, registrations, refresh), and times didOpen/didChange to the diagnostics of that version.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { peakRss, track, withTimeout } from './process.mjs';

const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');
const { TextDocument } = require('vscode-languageserver-textdocument');

const capabilities = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true, diagnostics: { refreshSupport: true }, workspaceEdit: { documentChanges: true } },
  textDocument: {
    synchronization: { didSave: true, dynamicRegistration: true },
    publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
    diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, dataSupport: true },
  },
};

/** `settings.a.b` for a configuration section "a.b" (undefined section: everything). */
function section(settings, name) {
  if (!name) return settings;
  return name.split('.').reduce((v, k) => (v && typeof v === 'object' ? v[k] : undefined), settings) ?? null;
}

export class LspSession {
  /** @param {{ script: string, settings: object, rootUri: string, timeoutMs: number, initializationOptions?: object }} o */
  static async start(o) {
    const s = new LspSession(o);
    await s.init();
    return s;
  }

  constructor({ script, settings, rootUri, timeoutMs, initializationOptions }) {
    this.settings = settings;
    this.rootUri = rootUri;
    this.timeoutMs = timeoutMs;
    this.initializationOptions = initializationOptions;
    this.child = track(spawn(process.execPath, [script, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] }));
    this.stderr = '';
    this.child.stderr.on('data', (d) => (this.stderr = (this.stderr + d).slice(-4000)));
    this.exited = new Promise((resolve) => this.child.on('exit', (code, signal) => resolve(signal ?? code)));
    this.conn = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.docs = new Map();
    /** Per document: the last diagnostic report's id and items. */
    this.reports = new Map();
    this.waiters = [];
    this.conn.onRequest('workspace/configuration', (p) => p.items.map((i) => section(this.settings, i.section)));
    for (const m of ['client/registerCapability', 'client/unregisterCapability', 'workspace/diagnostic/refresh', 'window/workDoneProgress/create', 'workspace/semanticTokens/refresh']) {
      this.conn.onRequest(m, () => null);
    }
    this.conn.onRequest('workspace/workspaceFolders', () => [{ uri: this.rootUri, name: 'bench' }]);
    this.conn.onNotification('textDocument/publishDiagnostics', (p) => {
      this.waiters = this.waiters.filter((w) => !(w.test(p) && (w.resolve(p), true)));
    });
    this.conn.onNotification(() => {});
    this.conn.onError(() => {});
    this.conn.onClose(() => {
      for (const w of this.waiters) w.reject(new Error(`server exited (${this.stderr.trim().split('\n').at(-1) ?? ''})`));
      this.waiters = [];
    });
    this.conn.listen();
  }

  async init() {
    const result = await this.request('initialize', {
      processId: process.pid,
      rootUri: this.rootUri,
      workspaceFolders: [{ uri: this.rootUri, name: 'bench' }],
      capabilities,
      initializationOptions: this.initializationOptions,
    });
    this.capabilities = result.capabilities;
    /** Pull when the server offers it, as VS Code does; else wait for the push of the version. */
    this.pull = Boolean(result.capabilities.diagnosticProvider);
    await this.conn.sendNotification('initialized', {});
    await this.conn.sendNotification('workspace/didChangeConfiguration', { settings: this.settings });
  }

  get pid() {
    return this.child.pid;
  }

  /** Peak resident memory of the server so far (VmHWM), in bytes. */
  peakRss() {
    return peakRss(this.pid);
  }

  request(method, params) {
    return withTimeout(this.conn.sendRequest(method, params), this.timeoutMs, method);
  }

  /** Opens a document and waits for its first diagnostics; returns the time taken and the diagnostics. */
  async open(uri, text, languageId = 'json') {
    const doc = TextDocument.create(uri, languageId, 1, text);
    this.docs.set(uri, doc);
    const t0 = performance.now();
    const pushed = this.pull ? undefined : this.nextPush(uri, 1);
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    const diagnostics = await this.diagnostics(uri, pushed);
    return { ms: performance.now() - t0, diagnostics };
  }

  /** Replaces `length` characters at `offset` with `text` (an incremental didChange) and waits for that version's diagnostics. */
  async change(uri, offset, length, text) {
    const doc = this.docs.get(uri);
    const range = { start: doc.positionAt(offset), end: doc.positionAt(offset + length) };
    const version = doc.version + 1;
    TextDocument.update(doc, [{ range, text }], version);
    const t0 = performance.now();
    const pushed = this.pull ? undefined : this.nextPush(uri, version);
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    const diagnostics = await this.diagnostics(uri, pushed);
    return { ms: performance.now() - t0, diagnostics };
  }

  text(uri) {
    return this.docs.get(uri).getText();
  }

  /** As VS Code pulls: with the id of the report it holds, keeping its items when told they are unchanged. */
  async diagnostics(uri, pushed) {
    if (pushed) return (await pushed).diagnostics;
    const last = this.reports.get(uri);
    const report = await this.request('textDocument/diagnostic', { textDocument: { uri }, ...(last?.resultId ? { previousResultId: last.resultId } : {}) });
    const items = report.kind === 'full' ? report.items : (last?.items ?? []);
    this.reports.set(uri, { resultId: report.resultId, items });
    return items;
  }

  /** The next publishDiagnostics for this version (or any, for a server that does not send versions). */
  nextPush(uri, version) {
    return withTimeout(
      new Promise((resolve, reject) => this.waiters.push({ test: (p) => p.uri === uri && (p.version === undefined || p.version === version), resolve, reject })),
      this.timeoutMs,
      'publishDiagnostics',
    );
  }

  /** Asks for the fix-all code action of the whole document; returns the time taken and the number of edits. */
  async fixAll(uri) {
    const doc = this.docs.get(uri);
    const t0 = performance.now();
    const actions = await this.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: doc.positionAt(doc.getText().length) },
      context: { diagnostics: [], only: ['source.fixAll'], triggerKind: 2 },
    });
    const ms = performance.now() - t0;
    const edits = (actions ?? []).flatMap((a) => [
      ...Object.values(a.edit?.changes ?? {}).flat(),
      ...(a.edit?.documentChanges ?? []).flatMap((c) => c.edits ?? []),
    ]);
    return { ms, actions: actions?.length ?? 0, edits };
  }

  /** Shuts the server down politely, then for good. */
  async stop() {
    try {
      await withTimeout(this.conn.sendRequest('shutdown'), 5000, 'shutdown');
      await this.conn.sendNotification('exit');
      await withTimeout(this.exited, 3000, 'exit');
    } catch {
      // A server stuck in a long lint is killed below.
    } finally {
      this.conn.dispose();
      if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    }
  }
}
