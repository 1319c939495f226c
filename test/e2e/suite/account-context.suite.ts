/// <reference types="mocha" />
// Account context in a real editor: the configuration's context file applies, a change to it on disk
// applies without a reload, and the context's commands are contributed.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, diagnosticsWithCode, fixture, open, waitFor, withCode } from './helpers';

suite('account context', () => {
  const context = fixture('account/spectrum-lint.account.json');
  let original: Uint8Array;
  suiteSetup(async () => {
    original = await vscode.workspace.fs.readFile(context);
  });
  suiteTeardown(async () => {
    await vscode.workspace.fs.writeFile(context, original);
    await closeAll();
  });

  test('11044 from the context file, gone once the context file gains a route', async () => {
    const { doc } = await open('account/private-db.spectrum.json');
    const [d] = await diagnosticsWithCode(doc.uri, 11044);
    assert.match(d.message, /according to the account context pulled 2026-11-22 10:00 UTC/);
    const text = Buffer.from(original).toString('utf8').replace('"10.1.0.0/16"', '"10.0.0.0/16"');
    await vscode.workspace.fs.writeFile(context, Buffer.from(text, 'utf8'));
    await waitFor('11044 gone after the context file changed', () => withCode(doc.uri, 11044), (ds) => ds.length === 0);
  });

  test('contributes the pull and token commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('spectrumLint.pullContext'), 'spectrumLint.pullContext');
    assert.ok(commands.includes('spectrumLint.setApiToken'), 'spectrumLint.setApiToken');
  });
});
