import { pathToFileURL } from 'node:url';
import {
  DiagnosticSeverity,
  DiagnosticTag,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type Connection,
  type DiagnosticServerCancellationData,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, RelatedInfo, Severity } from '../core';
import type { Server } from './server';
import { CANCELLED, PUSH_DEBOUNCE_MS, RunGate, settle, unlessCancelled } from './timing';

export const SOURCE = 'spectrum-lint';

/** What code actions need to find a diagnostic's finding again, and to refuse a stale one. */
export interface DiagnosticData {
  id: string;
  version: number;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const TAG = { unnecessary: DiagnosticTag.Unnecessary, deprecated: DiagnosticTag.Deprecated } as const;

export function toDiagnostic(f: Finding, uri: string, version: number): Diagnostic {
  const data: DiagnosticData = { id: f.id, version };
  return {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.code,
    codeDescription: { href: f.docs },
    source: SOURCE,
    message: f.message,
    ...(f.related?.length
      ? { relatedInformation: f.related.map((r) => ({ message: r.message, location: { uri: r.path ? pathToFileURL(r.path).href : uri, range: r.range } })) }
      : {}),
    ...(f.tags?.length ? { tags: f.tags.map((t) => TAG[t]) } : {}),
    data,
  };
}

export function isDiagnosticData(v: unknown): v is DiagnosticData {
  return typeof v === 'object' && v !== null && typeof (v as DiagnosticData).id === 'string' && typeof (v as DiagnosticData).version === 'number';
}

/** How diagnostics reach the client; settings and configuration-file changes only call `refresh`. */
export interface DiagnosticsMode {
  refresh(): void;
}

/**
 * Push (textDocument/publishDiagnostics) for clients without pull support: per-URI debounce, a result
 * whose document changed meanwhile is dropped (the newer version has its own timer), cleared on close.
 * With `spectrumLint.run` = `onSave`, only opening and saving schedule a check.
 */
export function registerPush(server: Server, documents: TextDocuments<TextDocument>): DiagnosticsMode {
  const { connection } = server;
  const gate = new RunGate(documents);
  const timers = new Map<string, NodeJS.Timeout>();
  const opened = new Set<string>();
  /** What was last published per document: an index change re-publishes only the documents whose diagnostics it changed. */
  const sent = new Map<string, { version: number; json: string }>();

  const schedule = (uri: string, delay: number) => {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void publish(uri);
      }, delay),
    );
  };

  const publish = server.guard('publishDiagnostics', undefined, async (uri: string) => {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const diagnostics = await server.diagnostics(doc);
    const now = documents.get(uri);
    if (!now || now.version !== version) return;
    const json = JSON.stringify(diagnostics);
    const last = sent.get(uri);
    if (last && last.version === version && last.json === json) return;
    sent.set(uri, { version, json });
    await connection.sendDiagnostics({ uri, version, diagnostics });
  });

  /** Schedules a check of the document's current version if the run mode allows one now. */
  const consider = server.guard('publishDiagnostics', undefined, async (doc: TextDocument, first: boolean, saved = false) => {
    const { settings } = await server.setup(doc.uri);
    if (saved && settings.run !== 'onSave') return; // typing already checked this version
    const current = documents.get(doc.uri);
    if (!current || !gate.mayCheck(current, settings.run)) return;
    // The first version is checked at once; typing is debounced.
    schedule(doc.uri, first ? 0 : (settings.debounce ?? PUSH_DEBOUNCE_MS));
  });

  documents.onDidChangeContent(({ document }) => {
    void consider(document, !opened.has(document.uri));
    opened.add(document.uri);
  });
  documents.onDidSave(({ document }) => void consider(document, true, true));
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    opened.delete(document.uri);
    sent.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  return {
    refresh() {
      gate.checkpointAll(documents);
      for (const doc of documents.all()) schedule(doc.uri, 0);
    },
  };
}

/** The last full report given per document, answered again while `onSave` keeps diagnostics as they are. */
interface KeptReport {
  resultId?: string;
  items: Diagnostic[];
  /** The version the items were made for, and the findings of the version checked last they stand for. */
  version: number;
  findings: Finding[];
}

/** Whether two lists of findings show the same: what a diagnostic is made of, in the same order. */
export function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x.id !== y.id || x.message !== y.message || x.severity !== y.severity || x.docs !== y.docs || String(x.code) !== String(y.code)) return false;
    if (!sameRange(x.range, y.range) || !sameList(x.related, y.related, sameRelated) || !sameList(x.tags, y.tags, (p, q) => p === q)) return false;
  }
  return true;
}

function sameList<T>(a: readonly T[] | undefined, b: readonly T[] | undefined, same: (x: T, y: T) => boolean): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((x, i) => same(x, b[i]));
}

const sameRelated = (a: RelatedInfo, b: RelatedInfo) => a.message === b.message && a.path === b.path && sameRange(a.range, b.range);

export function sameRange(a: Finding['range'], b: Finding['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/**
 * Pull (textDocument/diagnostic): the client asks when it needs them; `refresh` asks it to ask again.
 * A request is answered for the newest version (one that arrives while it waits wins); with `onSave`,
 * versions between an open or save and the next save get the diagnostics of the one checked last.
 */
export function registerPull(server: Server, documents: TextDocuments<TextDocument>, refreshSupport: boolean): DiagnosticsMode {
  const { connection } = server;
  const gate = new RunGate(documents);
  const kept = new Map<string, KeptReport>();
  const empty: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
  // A cancelled request is answered as such, never with an empty report the client might show. Only the
  // client cancels, and it pulls again when it means to (after a refresh, say): retriggerRequest false
  // would tell it not to, and a refresh that arrived meanwhile would then be lost.
  const cancelled = () => new ResponseError<DiagnosticServerCancellationData>(LSPErrorCodes.RequestCancelled, 'the client cancelled this request', { retriggerRequest: true });
  type Answer = DocumentDiagnosticReport | ResponseError<DiagnosticServerCancellationData>;
  connection.languages.diagnostics.on(
    server.guard('textDocument/diagnostic', empty as Answer, async (params, token): Promise<Answer> => {
      const uri = params.textDocument.uri;
      if (!documents.get(uri)) return empty;
      const { settings } = await server.setup(uri);
      // A superseded version is not linted at all: a cancellation or newer change may arrive meanwhile.
      if (!(await settle(settings.debounce ?? 0, token))) return cancelled();
      const doc = documents.get(uri);
      if (!doc) return empty;
      const last = kept.get(uri);
      if (last && !gate.mayCheck(doc, settings.run)) {
        return last.resultId !== undefined && params.previousResultId === last.resultId
          ? { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId }
          : { kind: DocumentDiagnosticReportKind.Full, ...(last.resultId !== undefined ? { resultId: last.resultId } : {}), items: last.items };
      }
      const resultId = await server.resultId(doc);
      if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
      const shown = await unlessCancelled(server.shown(doc), token);
      if (shown === CANCELLED || token?.isCancellationRequested) return cancelled();
      // Settings or other files may have changed meanwhile: then this id must not match the next request.
      const id = resultId === (await server.resultId(doc)) ? resultId : undefined;
      const findings = shown?.findings ?? [];
      // Most keystrokes change no finding: the client's diagnostics still hold, and their ranges too.
      if (shown && id !== undefined && last?.resultId !== undefined && params.previousResultId === last.resultId && sameFindings(last.findings, findings)) {
        server.holdDiagnostics(uri, last.version, shown.doc.version);
        kept.set(uri, { ...last, resultId: id, findings });
        return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: id };
      }
      const version = shown?.doc.version ?? doc.version;
      const items = findings.map((f) => toDiagnostic(f, uri, version));
      server.holdDiagnostics(uri, version, version);
      kept.set(uri, { resultId: id, items, version, findings });
      return { kind: DocumentDiagnosticReportKind.Full, ...(id !== undefined ? { resultId: id } : {}), items };
    }),
  );
  documents.onDidClose(({ document }) => kept.delete(document.uri));
  // With onSave, a save is what makes new diagnostics: ask the client to pull again.
  documents.onDidSave(
    server.guard('textDocument/didSave', undefined, async ({ document }) => {
      if ((await server.setup(document.uri)).settings.run === 'onSave' && refreshSupport) requestRefresh();
    }),
  );
  const requestRefresh = () => connection.languages.diagnostics.refresh().catch((e) => server.log(`diagnostic refresh failed: ${String(e)}`));
  return {
    refresh() {
      gate.checkpointAll(documents);
      if (refreshSupport) requestRefresh();
    },
  };
}
