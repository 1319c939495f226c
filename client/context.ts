import { applyEdits, modify, parse } from 'jsonc-parser';
import {
  commands,
  Disposable,
  ProgressLocation,
  Uri,
  window,
  workspace,
  type ExtensionContext,
  type LogOutputChannel,
  type WorkspaceFolder,
} from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { baseUrlProblem, CloudflareClient, CloudflareError, DEFAULT_BASE_URL, tokenProblem } from '../server/cloudflare/client';
import { idProblem, pullAccountContext } from '../server/cloudflare/pull';
import { DEFAULT_CONTEXT_FILE } from '../server/core/context/default-file';
import { CONTEXT_INFO_REQUEST, type ContextInfo, type ContextInfoParams } from '../server/lsp/context-protocol';
import { ageOf, explainFailure } from './context-format';

/** SecretStorage key of the API token; the token is never put in settings, logs or files. */
const TOKEN_KEY = 'spectrumLint.apiToken';
const CONFIG_FILE = 'spectrum-lint.config.json';

/**
 * Account context in VS Code: "Pull account context from Cloudflare" and "Set API token" (the language
 * status item names the context in use). In an untrusted workspace nothing here touches the network or
 * the token (and VS Code hides workspace values of the restricted settings).
 */
export function registerContext(context: ExtensionContext, output: LogOutputChannel): Disposable {
  const setToken = async () => {
    if (!workspace.isTrusted) return untrusted();
    const token = await window.showInputBox({
      title: 'Cloudflare API token for Spectrum Lint',
      prompt: 'Read access to the zone, Spectrum, Cloudflare Tunnel routes, IP Prefixes and Load Balancing. Kept in VS Code\'s secret storage only.',
      password: true,
      ignoreFocusOut: true,
      validateInput: (v) => (v.trim() === '' ? 'Enter a token, or press Escape.' : tokenProblem(v.trim())),
    });
    if (token === undefined) return;
    await context.secrets.store(TOKEN_KEY, token.trim());
    void window.showInformationMessage('Spectrum Lint: API token saved in secret storage.');
  };

  const pull = async () => {
    if (!workspace.isTrusted) return untrusted();
    const folder = await pickFolder();
    if (!folder) return;
    let token = await context.secrets.get(TOKEN_KEY);
    if (!token) {
      const choice = await window.showInformationMessage('Spectrum Lint needs a Cloudflare API token to pull the account context.', 'Set API token');
      if (choice !== 'Set API token') return;
      await setToken();
      token = await context.secrets.get(TOKEN_KEY);
      if (!token) return;
    }
    const remembered = context.workspaceState.get<{ account?: string; zone?: string }>('spectrumLint.pullIds') ?? {};
    const hex = (v: string) => idProblem(v.trim(), 'A Cloudflare id');
    const accountId = await window.showInputBox({ title: 'Cloudflare account id', value: remembered.account, ignoreFocusOut: true, validateInput: hex });
    if (!accountId) return;
    const zoneId = await window.showInputBox({ title: 'Zone id of the Spectrum applications', value: remembered.zone, ignoreFocusOut: true, validateInput: hex });
    if (!zoneId) return;
    await context.workspaceState.update('spectrumLint.pullIds', { account: accountId.trim(), zone: zoneId.trim() });

    const settings = workspace.getConfiguration('spectrumLint', folder.uri);
    const baseUrl = settings.get<string>('apiBaseUrl')?.trim() || DEFAULT_BASE_URL;
    // The same checks as the CLI's, before the token is touched: https, or plain HTTP to loopback literals only.
    const refused = baseUrlProblem(baseUrl) ?? tokenProblem(token);
    if (refused) {
      void window.showErrorMessage(`Spectrum Lint: ${refused} (spectrumLint.apiBaseUrl or the saved token)`);
      return;
    }
    const file = settings.get<string>('contextFile')?.trim() || DEFAULT_CONTEXT_FILE;
    const target = Uri.joinPath(folder.uri, file);

    const result = await window.withProgress(
      { location: ProgressLocation.Notification, title: 'Spectrum Lint: pulling account context', cancellable: false },
      async (progress) => {
        const client = new CloudflareClient({
          token: token!,
          baseUrl,
          onRetry: (n) => {
            output.warn(`GET ${n.path}: ${n.reason}; retrying in ${(n.delayMs / 1000).toFixed(1)} s`);
            progress.report({ message: `waiting ${(n.delayMs / 1000).toFixed(0)} s to retry ${n.path} (${n.reason})` });
          },
        });
        return pullAccountContext({
          client,
          accountId: accountId.trim(),
          zoneId: zoneId.trim(),
          previous: await readJson(target),
          onProgress: (part, i, total) => progress.report({ message: `${part} (${i + 1}/${total})`, increment: 100 / total }),
        });
      },
    );
    const failed = result.parts.filter((p) => !p.ok);
    for (const p of failed) output.error(`Pull of ${p.part} failed: ${explainFailure(p.error!)}`);
    if (failed.length === result.parts.length) {
      void window.showErrorMessage(`Spectrum Lint: nothing could be pulled. ${explainFailure(failed[0].error!)}`, 'Show log').then((c) => c && output.show());
      return;
    }
    await workspace.fs.writeFile(target, Buffer.from(JSON.stringify(result.context, null, 2) + '\n', 'utf8'));
    await referenceFromConfig(folder, file);
    output.info(`Account context written to ${target.fsPath}${failed.length ? ` without ${failed.map((p) => p.part).join(', ')}` : ''}.`);
    const message = failed.length
      ? `Spectrum Lint: account context written without ${failed.map((p) => p.part).join(', ')} (see the log).`
      : `Spectrum Lint: account context written to ${file}.`;
    void window.showInformationMessage(message);
  };

  return Disposable.from(
    commands.registerCommand('spectrumLint.pullContext', () => pull().catch((e) => failure(e, output))),
    commands.registerCommand('spectrumLint.setApiToken', () => setToken().catch((e) => failure(e, output))),
  );
}

function untrusted(): void {
  void window.showWarningMessage('Spectrum Lint does not use the network or the API token in an untrusted workspace. Trust the workspace to pull the account context.');
}

async function pickFolder(): Promise<WorkspaceFolder | undefined> {
  const folders = workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void window.showWarningMessage('Spectrum Lint: open a folder first; the account context is written into it.');
    return undefined;
  }
  if (folders.length === 1) return folders[0];
  return window.showWorkspaceFolderPick({ placeHolder: 'Folder to write the account context into' });
}

async function readJson(uri: Uri): Promise<Record<string, unknown> | undefined> {
  try {
    const v = parse(Buffer.from(await workspace.fs.readFile(uri)).toString('utf8'));
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** Makes `spectrum-lint.config.json` name the context file (creating it, or editing only `account`). */
async function referenceFromConfig(folder: WorkspaceFolder, file: string): Promise<void> {
  const uri = Uri.joinPath(folder.uri, CONFIG_FILE);
  const ref = './' + file.replace(/\\/g, '/').replace(/^\.\//, '');
  let text: string | undefined;
  try {
    text = Buffer.from(await workspace.fs.readFile(uri)).toString('utf8');
  } catch {
    text = undefined;
  }
  if (text === undefined) {
    await workspace.fs.writeFile(uri, Buffer.from(JSON.stringify({ account: ref }, null, 2) + '\n', 'utf8'));
    return;
  }
  const current = (parse(text) as { account?: unknown } | undefined)?.account;
  if (current === ref || current === file) return;
  if (current !== undefined) {
    const replace = await window.showInformationMessage(`${CONFIG_FILE} already names an account context. Use the pulled ${file} instead?`, 'Use the pulled file', 'Keep the current one');
    if (replace !== 'Use the pulled file') return;
  }
  const edited = applyEdits(text, modify(text, ['account'], ref, { formattingOptions: { insertSpaces: true, tabSize: 2, eol: text.includes('\r\n') ? '\r\n' : '\n' } }));
  await workspace.fs.writeFile(uri, Buffer.from(edited, 'utf8'));
}

function failure(e: unknown, output: LogOutputChannel): void {
  const message = e instanceof CloudflareError ? explainFailure(e) : e instanceof Error ? e.message : String(e);
  output.error(`Account context: ${message}`);
  void window.showErrorMessage(`Spectrum Lint: ${message}`);
}
