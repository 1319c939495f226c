/// <reference types="mocha" />
// The restart command brings up a fresh server that lints again.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, diagnosticsWithCode, open, ours, replace, waitFor, withCode } from './helpers';

suite('restart command', () => {
  suiteTeardown(closeAll);

  test('spectrumLint.restart: diagnostics come back, and edits are linted by the new server', async () => {
    const { doc: invalid } = await open('apps/invalid-app.spectrum.json');
    await diagnosticsWithCode(invalid.uri, 11002);
    const { doc } = await open('apps/restart.spectrum.json');
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(ours(doc.uri), [], 'the valid app starts clean');

    await vscode.commands.executeCommand('spectrumLint.restart');

    await diagnosticsWithCode(invalid.uri, 11002);
    await replace(doc, '"tcp://[2a01:4f8:c0c:1::5]:22"', '"tcp://2a01:4f8:c0c:1::5:22"');
    await diagnosticsWithCode(doc.uri, 11002);
    await replace(doc, '"tcp://2a01:4f8:c0c:1::5:22"', '"tcp://[2a01:4f8:c0c:1::5]:22"');
    await waitFor('11002 gone again', () => withCode(doc.uri, 11002), (ds) => ds.length === 0);
  });
});
