import { pathToFileURL } from 'node:url';
import {
  DiagnosticSeverity,
  DiagnosticTag,
  DocumentDiagnosticReportKind,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../core';
import type { Server } from './server';

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

const PUSH_DELAY_MS = 250;

/**
 * Push (textDocument/publishDiagnostics) for clients without pull support: per-URI debounce, a result
 * whose document changed meanwhile is dropped (the newer version has its own timer), cleared on close.
 */
export function registerPush(server: Server, documents: TextDocuments<TextDocument>): DiagnosticsMode {
  const { connection } = server;
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

  documents.onDidChangeContent(({ document }) => {
    // The first version is checked at once; typing is debounced.
    schedule(document.uri, opened.has(document.uri) ? PUSH_DELAY_MS : 0);
    opened.add(document.uri);
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    opened.delete(document.uri);
    sent.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  return {
    refresh() {
      for (const doc of documents.all()) schedule(doc.uri, 0);
    },
  };
}

/** Pull (textDocument/diagnostic): the client asks when it needs them; `refresh` asks it to ask again. */
export function registerPull(server: Server, documents: TextDocuments<TextDocument>, refreshSupport: boolean): DiagnosticsMode {
  const { connection } = server;
  const empty: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
  connection.languages.diagnostics.on(
    server.guard('textDocument/diagnostic', empty, async (params, token): Promise<DocumentDiagnosticReport> => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return empty;
      // Let a cancellation sent right after this request arrive: a superseded version is not linted at all.
      await new Promise((resolve) => setImmediate(resolve));
      if (token?.isCancellationRequested) return empty;
      const resultId = await server.resultId(doc);
      if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
      const items = await server.diagnostics(doc);
      if (token?.isCancellationRequested) return empty;
      // Settings or other files may have changed meanwhile: then this id must not match the next request.
      return { kind: DocumentDiagnosticReportKind.Full, resultId: resultId === (await server.resultId(doc)) ? resultId : undefined, items };
    }),
  );
  return {
    refresh() {
      if (refreshSupport) connection.languages.diagnostics.refresh().catch((e) => server.log(`diagnostic refresh failed: ${String(e)}`));
    },
  };
}
