import { basename } from 'node:path';
import {
  Disposable,
  EventEmitter,
  languages,
  LanguageStatusSeverity,
  Uri,
  window,
  workspace,
  type Command,
  type DocumentSelector,
  type LanguageStatusItem,
  type TextDocument,
} from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { DOCUMENT_STATUS_NOTIFICATION, type DocumentStatus } from '../server/lsp/status-protocol';
import { DEFAULT_CONTEXT_FILE } from '../server/core/context/default-file';
import { ageOf } from './context-format';
import { CLIENT_ID, DOCUMENT_SELECTOR } from './language-client';

/** From this length on, an edit shows the item busy until the server has analysed the new version. */
export const LARGE_DOCUMENT = 200_000;
/** The file the server reads at a folder's root when no configuration or setting names one. */
export const COMMANDS_COMMAND = 'spectrumLint.showCommands';

/** What an item shows, for the extension's API (and so for its tests). */
export interface ItemView {
  text: string;
  detail?: string;
  busy: boolean;
  severity: 'information' | 'warning' | 'error';
  command?: { title: string; command: string };
}

export interface StatusView {
  /** The document the items describe (the active editor's), when it is one spectrum-lint checks. */
  uri?: string;
  version?: number;
  document: ItemView;
  context: ItemView;
}

export interface LanguageStatus extends Disposable {
  view(): StatusView;
  /** Fires with each new view (busy states included), in order. */
  readonly onDidUpdate: (listener: (view: StatusView) => void) => Disposable;
}

/**
 * The language status items of JSON, JSONC and Terraform editors: what the server took the document for
 * ("Spectrum apps: 12"), busy while a large document is analysed, and the account context in use.
 * The server says what it found (spectrumLint/documentStatus, after each lint); nothing is parsed here.
 */
export function registerLanguageStatus(client: LanguageClient): LanguageStatus {
  const selector: DocumentSelector = DOCUMENT_SELECTOR;
  // VS Code orders items of one severity by id: the document's kind above its context.
  const documentItem = languages.createLanguageStatusItem('spectrumLint.document', selector);
  documentItem.name = 'Spectrum Lint';
  const contextItem = languages.createLanguageStatusItem('spectrumLint.document.context', selector);
  contextItem.name = 'Spectrum Lint account context';

  const statuses = new Map<string, DocumentStatus>();
  const updated = new EventEmitter<StatusView>();
  let current: StatusView = { document: { text: 'Spectrum Lint', busy: false, severity: 'information' }, context: { text: '', busy: false, severity: 'information' } };

  const apply = (item: LanguageStatusItem, view: ItemView, command?: Command) => {
    item.text = view.text;
    item.detail = view.detail;
    item.busy = view.busy;
    item.severity = view.severity === 'error' ? LanguageStatusSeverity.Error : view.severity === 'warning' ? LanguageStatusSeverity.Warning : LanguageStatusSeverity.Information;
    item.command = command;
  };

  const update = () => {
    const doc = window.activeTextEditor?.document;
    const view = viewOf(doc, doc && statuses.get(doc.uri.toString()), client.state);
    const open = view.context.command?.command === 'vscode.open' && doc ? statuses.get(doc.uri.toString())?.context?.path : undefined;
    apply(documentItem, view.document, view.document.command);
    apply(contextItem, view.context, open ? { ...view.context.command!, arguments: [Uri.file(open)] } : view.context.command);
    current = view;
    updated.fire(view);
  };

  client.onNotification(DOCUMENT_STATUS_NOTIFICATION, (status: DocumentStatus) => {
    const known = statuses.get(status.uri);
    if (known && known.version > status.version) return;
    statuses.set(status.uri, status);
    if (window.activeTextEditor?.document.uri.toString() === status.uri) update();
  });

  const timer = setInterval(update, 60_000);
  const disposable = Disposable.from(
    documentItem,
    contextItem,
    updated,
    { dispose: () => clearInterval(timer) },
    client.onDidChangeState((e) => {
      // A new server analyses every document again.
      if (e.newState !== State.Running) statuses.clear();
      update();
    }),
    window.onDidChangeActiveTextEditor(update),
    workspace.onDidChangeTextDocument((e) => {
      // Synchronous with the edit, so a busy state is shown before the server can answer.
      if (e.contentChanges.length && e.document === window.activeTextEditor?.document) update();
    }),
    workspace.onDidCloseTextDocument((d) => statuses.delete(d.uri.toString())),
    workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(`${CLIENT_ID}.enable`) && update()),
  );
  update();
  return { view: () => current, onDidUpdate: (listener) => updated.event(listener), dispose: () => disposable.dispose() };
}

function viewOf(doc: TextDocument | undefined, status: DocumentStatus | undefined, state: State): StatusView {
  const commands = { title: 'Commands…', command: COMMANDS_COMMAND };
  const info = 'information' as const;
  if (!doc || !languages.match(DOCUMENT_SELECTOR, doc)) return { document: { text: '', busy: false, severity: info }, context: { text: '', busy: false, severity: info } };
  const base = { uri: doc.uri.toString(), version: doc.version };
  if (!workspace.getConfiguration(CLIENT_ID, doc).get<boolean>('enable', true)) {
    return { ...base, document: { text: 'Spectrum Lint off', detail: 'spectrumLint.enable is false here', busy: false, severity: info, command: commands }, context: { text: '', busy: false, severity: info } };
  }
  if (state !== State.Running) {
    const starting = state === State.Starting;
    return {
      ...base,
      document: { text: starting ? 'Spectrum Lint starting' : 'Spectrum Lint stopped', busy: starting, severity: starting ? info : 'error', command: commands },
      context: { text: '', busy: false, severity: info },
    };
  }
  if (!status) return { ...base, document: { text: 'Spectrum Lint', detail: 'checking', busy: true, severity: info, command: commands }, context: { text: '', busy: true, severity: info } };
  const stale = status.version < doc.version;
  const busy = stale && doc.getText().length >= LARGE_DOCUMENT;
  const problems = status.problems === 1 ? '1 problem' : `${status.problems} problems`;
  const document: ItemView = status.skipped
    ? { text: status.summary, detail: status.skipped, busy, severity: 'warning', command: commands }
    : { text: status.summary, detail: busy ? 'analysing…' : problems, busy, severity: info, command: commands };
  const c = status.context;
  const age = c?.pulledAt ? ageOf(c.pulledAt) : undefined;
  const context: ItemView = c
    ? {
        text: `Context: ${c.path ? basename(c.path) : 'inline'}`,
        detail: age ? `pulled, ${age}` : c.path && basename(c.path) !== 'spectrum-lint.config.json' ? 'written by hand' : 'inline in the configuration',
        busy: false,
        severity: info,
        ...(c.path ? { command: { title: 'Open', command: 'vscode.open' } } : {}),
      }
    : { text: 'No account context', detail: `no ${DEFAULT_CONTEXT_FILE}`, busy: false, severity: info, command: { title: 'Pull…', command: 'spectrumLint.pullContext' } };
  return { ...base, document, context };
}
