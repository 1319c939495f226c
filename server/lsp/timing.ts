import type { CancellationToken, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** When diagnostics are computed, as ESLint's `eslint.run`: while typing, or only on open and save. */
export type RunMode = 'onType' | 'onSave';
export const RUN_MODES: readonly RunMode[] = ['onType', 'onSave'];

/** Push clients get one check per pause in typing: this long after the last change (`spectrumLint.debounce` unset). */
export const PUSH_DEBOUNCE_MS = 250;
/** A longer wait would look like a broken server. */
export const MAX_DEBOUNCE_MS = 10_000;

/** `spectrumLint.debounce` as given: a whole number of milliseconds, else undefined (the mode's default). */
export function debounceSetting(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.min(Math.round(value), MAX_DEBOUNCE_MS) : undefined;
}

/**
 * Which version of each open document may get fresh diagnostics. With `onType`, every version; with
 * `onSave`, the version opened or saved last (and the current one after a change of settings or of
 * other files, which is no edit of this one): edits in between keep the diagnostics shown.
 */
export class RunGate {
  /** Per URI, the version opened or saved last. */
  private readonly checkpoints = new Map<string, number>();

  constructor(documents: TextDocuments<TextDocument>) {
    documents.onDidOpen(({ document }) => this.checkpoints.set(document.uri, document.version));
    documents.onDidSave(({ document }) => this.checkpoints.set(document.uri, document.version));
    documents.onDidClose(({ document }) => this.checkpoints.delete(document.uri));
  }

  mayCheck(doc: TextDocument, run: RunMode): boolean {
    return run === 'onType' || this.checkpoints.get(doc.uri) === doc.version;
  }

  /** Settings, configuration or other files changed: the current versions are checked again, whatever the mode. */
  checkpointAll(documents: TextDocuments<TextDocument>): void {
    for (const doc of documents.all()) this.checkpoints.set(doc.uri, doc.version);
  }
}

/**
 * Waits `ms` (at least one turn of the event loop, so that a change or cancellation sent right after
 * the request arrives first). False when the wait was cancelled.
 */
export function settle(ms: number, token?: CancellationToken): Promise<boolean> {
  return new Promise((resolve) => {
    let finished = false;
    const done = () => {
      if (finished) return;
      finished = true;
      listener?.dispose();
      resolve(!token?.isCancellationRequested);
    };
    const timer = ms > 0 ? setTimeout(done, ms) : undefined;
    if (!timer) setImmediate(done);
    const listener = token?.onCancellationRequested(() => {
      clearTimeout(timer);
      done();
    });
  });
}

/** What `unlessCancelled` gives when the request was cancelled first. */
export const CANCELLED = Symbol('cancelled');

/**
 * `work`'s result, or CANCELLED as soon as the request is cancelled: the client sends the request
 * again only once the cancelled one is answered (as VS Code does on a refresh), so that answer must
 * not wait for the work, which goes on for the next request to take over.
 */
export function unlessCancelled<T>(work: Promise<T>, token?: CancellationToken): Promise<T | typeof CANCELLED> {
  if (!token) return work;
  if (token.isCancellationRequested) return Promise.resolve(CANCELLED);
  // The work may fail after the answer went out: that failure is the next request's to report.
  work.catch(() => undefined);
  return new Promise((resolve, reject) => {
    const listener = token.onCancellationRequested(() => {
      listener.dispose();
      resolve(CANCELLED);
    });
    work.then(
      (v) => {
        listener.dispose();
        resolve(v);
      },
      (e) => {
        listener.dispose();
        reject(e);
      },
    );
  });
}
