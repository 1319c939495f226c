import { workspace, type ExtensionContext, type LogOutputChannel } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { traceChannel } from './trace';

/** The client id: VS Code reads `spectrumLint.trace.server` because of it. */
export const CLIENT_ID = 'spectrumLint';

/** The languages spectrum-lint checks (`terraform` and `terraform-vars` as HashiCorp's extension names them). */
export const LANGUAGES = ['json', 'jsonc', 'terraform', 'terraform-vars'];

/** Terraform files by name too, whatever language another extension gives them (or none does). */
const FILE_PATTERNS = ['**/*.tf', '**/*.tf.json'];

/** The documents the server is given, and the language status items shown for. */
export const DOCUMENT_SELECTOR: Array<{ scheme: string; language: string } | { scheme: string; pattern: string }> = [
  ...LANGUAGES.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]),
  ...FILE_PATTERNS.map((pattern) => ({ scheme: 'file', pattern })),
];

/** A client for the bundled server (`dist/server.js`), started over Node IPC, for JSON, JSONC and Terraform documents. */
export function createLanguageClient(context: ExtensionContext, outputChannel: LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const trace = traceChannel(outputChannel, CLIENT_ID);
  context.subscriptions.push(trace);
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
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
