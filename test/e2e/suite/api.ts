// The extension's exported API, as the suites of the editor status and commands use it.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { LanguageStatus } from '../../../client/language-status';
import { EXTENSION_ID } from './helpers';

export interface Api {
  client: LanguageClient;
  status: LanguageStatus;
}

/** Activates the installed extension (as opening a JSON file does) and returns what it exports. */
export async function extensionApi(): Promise<Api> {
  const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed`);
  return ext.activate();
}

/**
 * Runs a command that shows a quick pick and accepts its selected item (the first, or `next` rows
 * down) as a user pressing Enter would, until the command has finished. Returns its result.
 */
export async function runPickingItem<T>(command: string, next = 0, ...args: unknown[]): Promise<T> {
  let settled: { value?: T; error?: unknown } | undefined;
  vscode.commands.executeCommand<T>(command, ...args).then(
    (value) => (settled = { value }),
    (error) => (settled = { error: error ?? new Error(`${command} failed`) }),
  );
  const until = Date.now() + 30_000;
  while (!settled) {
    if (Date.now() > until) assert.fail(`${command}: its quick pick was not answered within 30 s`);
    await new Promise((r) => setTimeout(r, 200));
    if (settled) break;
    for (let i = 0; i < next; i++) await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  }
  if ('error' in settled) throw settled.error;
  return settled.value as T;
}
