import { commands, window, type ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerContext } from './context';
import { registerExplain } from './explain';
import { createLanguageClient } from './language-client';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<{ client: LanguageClient }> {
  const output = window.createOutputChannel('Spectrum Lint', { log: true });
  const c = createLanguageClient(context, output);
  client = c;
  context.subscriptions.push(
    output,
    commands.registerCommand('spectrumLint.restart', async () => {
      output.info('Restarting the Spectrum Lint server.');
      await c.restart();
    }),
    registerExplain(() => c),
    registerContext(context, () => c, output),
    // Features with their own files register here, one line each.
  );
  await c.start();
  return { client: c };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
