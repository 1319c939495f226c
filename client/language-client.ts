import { workspace, type ExtensionContext, type LogOutputChannel } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { traceChannel } from './trace';

/** The client id: VS Code reads `spectrumLint.trace.server` because of it. */
export const CLIENT_ID = 'spectrumLint';

/** The languages spectrum-lint checks; the language status items follow this list (terraform can join it). */
export const LANGUAGES = ['json', 'jsonc'];

/** A client for the bundled server (`dist/server.js`), started over Node IPC, for JSON and JSONC documents. */
export function createLanguageClient(context: ExtensionContext, outputChannel: LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const trace = traceChannel(outputChannel, CLIENT_ID);
  context.subscriptions.push(trace);
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    outputChannel,
    // `spectrumLint.trace.server` alone turns the protocol trace on (no log level to change as well).
    traceOutputChannel: trace,
    // Read at every (re)start: the server resolves no hostnames for quick fixes in an untrusted workspace.
    // documentStatus: the server tells the language status item what it took each document for.
    initializationOptions: () => ({ workspaceTrusted: workspace.isTrusted, documentStatus: true }),
    synchronize: { fileEvents: workspace.createFileSystemWatcher('**/spectrum-lint.config.json') },
  };
  const client = new LanguageClient(CLIENT_ID, 'Spectrum Lint', serverOptions, clientOptions);
  // Trust granted: restart so the server knows (it is told only at start).
  context.subscriptions.push(workspace.onDidGrantWorkspaceTrust(() => void client.restart().catch((e) => outputChannel.error(`Restart after trust failed: ${String(e)}`))));
  return client;
}
