/**
 * spectrum-lint language server: `node dist/server.js --stdio` (any LSP client) or `--node-ipc` (VS Code).
 * A thin adapter: the core lints; this file wires documents, settings and handlers to the connection.
 */
import { createConnection, DidChangeConfigurationNotification, ProposedFeatures, TextDocuments, type InitializeParams } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { EDITOR_DOCUMENTS } from './editor-document';
import { version } from '../../package.json';
import { clientSupport, serverCapabilities } from './capabilities';
import { registerCodeActions } from './code-actions';
import { registerCompletion } from './completion';
import { registerDocumentStatus } from './document-status';
import { isConfigFile, ProjectConfigs } from './config';
import { registerPull, registerPush, type DiagnosticsMode } from './diagnostics';
import { pathOf } from './documents';
import { registerHover } from './hover';
import { refuseAfterShutdown } from './lifecycle';
import { registerRequests } from './requests';
import { describe, Server } from './server';
import { SECTION, SettingsStore } from './settings';
import { EXTRA_FINDINGS } from './documents';
import { isLockFile, loadTerraform, refreshModuleVersions } from '../node/terraform';
import { trackOpenDeclarations } from './module-versions';
import { accountFindingsFor, LspWorkspace, registerWorkspaceIndex, watchWorkspaceFiles } from './workspace-index';

const lifecycle = refuseAfterShutdown();
const connection = createConnection(ProposedFeatures.all, { messageStrategy: lifecycle.messageStrategy });
lifecycle.register(connection);
const documents: TextDocuments<TextDocument> = new TextDocuments(EDITOR_DOCUMENTS);

// A bug in async code must not take the editor's linting down with it: log it and keep serving.
process.on('uncaughtException', (e) => connection.console.error(`spectrum-lint: uncaught exception:\n${describe(e)}`));
process.on('unhandledRejection', (e) => connection.console.error(`spectrum-lint: unhandled rejection:\n${describe(e)}`));

function workspaceFolders(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.map((u) => (u.startsWith('file:') ? pathOf(u) : undefined)).filter((p): p is string => p !== undefined);
}

// The HCL parser loads while the client starts; documents are linted only once it is ready (or has failed).
const terraform = loadTerraform();

connection.onInitialize(async (params) => {
  const terraformProblem = await terraform;
  const support = clientSupport(params.capabilities);
  const settings = new SettingsStore(connection, support.configuration, params.initializationOptions);
  const configs = new ProjectConfigs(workspaceFolders(params));
  const server = new Server(connection, documents, settings, configs);
  const diagnostics: DiagnosticsMode = support.pullDiagnostics ? registerPull(server, documents, support.diagnosticRefresh) : registerPush(server, documents);

  // VS Code says when the workspace is untrusted; then no quick fix resolves hostnames from its files.
  const untrusted = (params.initializationOptions as { workspaceTrusted?: unknown } | undefined)?.workspaceTrusted === false;
  registerCodeActions(server, { ...support, network: !untrusted });
  registerHover(server);
  registerCompletion(server, support.snippets);
  registerRequests(server, support.showDocument);

  // Workspace index (cross-file checks) and account context: the index changing re-lints, a context changing reconfigures.
  const ws = new LspWorkspace(server, documents, () => diagnostics.refresh(), () => changed());
  EXTRA_FINDINGS.push((path, text, config) => accountFindingsFor(ws, path, text, config));
  registerWorkspaceIndex(server, documents, ws);
  registerDocumentStatus(server, params.initializationOptions, (path) => ws.isContextFile(path));
  ws.setFolders(workspaceFolders(params));

  /** Settings or a configuration file changed: recompute and refresh diagnostics, no reload needed. */
  const changed = () => {
    server.invalidate();
    ws.configChanged().catch((e) => server.log(`re-reading contexts and file associations failed: ${String(e)}`));
    diagnostics.refresh();
  };

  connection.onInitialized(() => {
    ws.start();
    connection.console.info(`spectrum-lint ${version}: ${support.pullDiagnostics ? 'pull' : 'push'} diagnostics, settings ${support.configuration ? 'per resource' : 'from initializationOptions'}`);
    if (terraformProblem) connection.console.error(`spectrum-lint: Terraform files cannot be checked: ${terraformProblem}`);
    watchWorkspaceFiles(server, params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true);
    if (support.configurationChangeRegistration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: SECTION }).catch((e) => server.log(`could not register for settings changes: ${String(e)}`));
    }
    if (params.capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(
        server.guard('workspace/didChangeWorkspaceFolders', undefined, async () => {
          const folders = (await connection.workspace.getWorkspaceFolders()) ?? [];
          configs.setFolders(folders.map((f) => pathOf(f.uri)).filter((p): p is string => p !== undefined));
          ws.setFolders(folders.map((f) => pathOf(f.uri)).filter((p): p is string => p !== undefined));
          changed();
        }),
      );
    }
  });
  connection.onDidChangeConfiguration(
    server.guard('workspace/didChangeConfiguration', undefined, (p) => {
      settings.changed(p.settings);
      changed();
    }),
  );
  connection.onDidChangeWatchedFiles(
    server.guard('workspace/didChangeWatchedFiles', undefined, (p) => {
      // A lock file that `terraform init` rewrote, or a `required_providers` edited in one file of a
      // module, can change the provider version of the .tf files beside it.
      const paths = p.changes.map((c) => pathOf(c.uri)).filter((x): x is string => x !== undefined);
      const declarations = refreshModuleVersions(paths);
      if (declarations || paths.some((x) => isConfigFile(x) || isLockFile(x))) changed();
      void ws.filesChanged(p.changes);
    }),
  );
  // Clients that watch no files still save them: a saved configuration applies at once.
  documents.onDidSave((e) => {
    if (isConfigFile(pathOf(e.document.uri))) changed();
  });
  documents.onDidClose((e) => server.forget(e.document.uri));
  trackOpenDeclarations(server, documents, changed);

  return { capabilities: serverCapabilities(support), serverInfo: { name: 'spectrum-lint', version } };
});

documents.listen(connection);
connection.listen();
