import { commands, Disposable, window, type LogOutputChannel } from 'vscode';
import { COMMANDS_COMMAND } from './language-status';

/** The commands the language status item offers, in the order of the menu. */
export const MENU = [
  { label: 'Explain error code...', command: 'spectrumLint.explain' },
  { label: 'Restart Server', command: 'spectrumLint.restart' },
  { label: 'Show Output', command: 'spectrumLint.showOutput' },
  { label: 'Pull account context from Cloudflare', command: 'spectrumLint.pullContext' },
];

/** "Show Output", and the menu of the language status item's "Commands…" link. */
export function registerCommandsMenu(output: LogOutputChannel): Disposable {
  return Disposable.from(
    commands.registerCommand('spectrumLint.showOutput', () => output.show(true)),
    commands.registerCommand(COMMANDS_COMMAND, async () => {
      const pick = await window.showQuickPick(MENU, { title: 'Spectrum Lint', placeHolder: 'Run a Spectrum Lint command' });
      if (pick) await commands.executeCommand(pick.command);
    }),
  );
}
