import { TextDocumentSyncKind, type ClientCapabilities, type ServerCapabilities } from 'vscode-languageserver/node';
import { FIX_ALL_KIND } from './code-actions';
import { TRIGGER_CHARACTERS } from './completion';
import { COMMANDS } from './requests';

/** What the client can do, reduced to the questions the server asks. */
export interface ClientSupport {
  pullDiagnostics: boolean;
  diagnosticRefresh: boolean;
  configuration: boolean;
  configurationChangeRegistration: boolean;
  documentChanges: boolean;
  /** LSP 3.18 snippet edits in workspace edits (vscode-languageclient 11 advertises them). */
  snippetEdits: boolean;
  showDocument: boolean;
  snippets: boolean;
}

export function clientSupport(c: ClientCapabilities): ClientSupport {
  return {
    pullDiagnostics: c.textDocument?.diagnostic !== undefined,
    diagnosticRefresh: c.workspace?.diagnostics?.refreshSupport === true,
    configuration: c.workspace?.configuration === true,
    configurationChangeRegistration: c.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    documentChanges: c.workspace?.workspaceEdit?.documentChanges === true,
    snippetEdits: c.workspace?.workspaceEdit?.documentChanges === true && c.workspace.workspaceEdit.snippetEditSupport === true,
    showDocument: c.window?.showDocument?.support === true,
    snippets: c.textDocument?.completion?.completionItem?.snippetSupport === true,
  };
}

export function serverCapabilities(support: ClientSupport): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    ...(support.pullDiagnostics
      ? { diagnosticProvider: { identifier: 'spectrum-lint', interFileDependencies: false, workspaceDiagnostics: false } }
      : {}),
    codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND], resolveProvider: false },
    hoverProvider: true,
    completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: false },
    executeCommandProvider: { commands: COMMANDS },
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}
