/// <reference types="mocha" />
// Fix-all on save: the workspace asks for source.fixAll.spectrum-lint in editor.codeActionsOnSave.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { closeAll, diagnosticsWithCode, open, replace, waitFor, withCode } from './helpers';

suite('fix-all on save', () => {
  suiteTeardown(closeAll);

  test('saving applies every safe fix and clears their diagnostics', async () => {
    const { doc } = await open('apps/fix-on-save.spectrum.json');
    await replace(doc, '"tcp://[2a01:4f8:c0c:1::5]:22"', '"tcp://2a01:4f8:c0c:1:0:0:0:5:22"');
    await replace(doc, '"off"', '"V1"');
    await diagnosticsWithCode(doc.uri, 11002);
    await diagnosticsWithCode(doc.uri, 'invalid-enum-value');

    const all = (await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      new vscode.Range(0, 0, 0, 0),
      vscode.CodeActionKind.SourceFixAll.value,
    )) ?? [];
    assert.ok(
      all.some((a) => a.kind?.value === 'source.fixAll.spectrum-lint'),
      `fix-all offered: ${all.map((a) => `${a.kind?.value}: ${a.title}`).join(' | ')}`,
    );

    assert.ok(await doc.save(), 'saved');
    const text = doc.getText();
    assert.match(text, /"tcp:\/\/\[2a01:4f8:c0c:1:0:0:0:5\]:22"/);
    assert.match(text, /"proxy_protocol": "v1"/);
    assert.equal(readFileSync(doc.uri.fsPath, 'utf8'), text, 'the fixed text is what was written');
    await waitFor('no 11002 after save', () => withCode(doc.uri, 11002), (ds) => ds.length === 0);
    await waitFor('no invalid-enum-value after save', () => withCode(doc.uri, 'invalid-enum-value'), (ds) => ds.length === 0);
  });
});
