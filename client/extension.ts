import { commands, window, type ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerCommandsMenu } from './commands-menu';
import { registerContext } from './context';
import { registerExplain } from './explain';
import { createLanguageClient } from './language-client';
import { registerLanguageStatus, type LanguageStatus } from './language-status';
import { registerTerraformLanguage } from './terraform-language';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<{ client: LanguageClient; status: LanguageStatus }> {
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
    registerContext(context, output),
    registerCommandsMenu(output),
    registerTerraformLanguage(context, output),
    // Features with their own files register here, one line each.
  );
  const status = registerLanguageStatus(c);
  context.subscriptions.push(status);
  await c.start();
  return { client: c, status };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
