/// <reference types="mocha" />
// settings.json completes the keys of spectrumLint.rules to the catalog's ids (package.json's
// generated propertyNames, read by VS Code's own JSON language features).
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, open, waitFor } from './helpers';

suite('settings schema', () => {
  suiteTeardown(closeAll);

  test('in settings.json, a key inside "spectrumLint.rules" completes to codes and checks', async () => {
    const { doc, editor } = await open('.vscode/settings.json');
    const text = doc.getText();
    const at = text.lastIndexOf('}');
    const before = text.slice(0, at).trimEnd();
    // Unsaved: the suite's teardown reverts it.
    await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(before.length), doc.positionAt(at)), ',\n  "spectrumLint.rules": { "" }\n'));
    const inside = doc.positionAt(doc.getText().indexOf('{ "" }') + 3);
    const labels = await waitFor(
      'rule ids offered by completion',
      async () => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, inside);
        return list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label).replace(/^"|"$/g, ''));
      },
      (ls) => ls.includes('11002'),
    );
    for (const id of ['11044', 'legacy-field', 'monitor-port-required']) assert.ok(labels.includes(id), `${id} in ${labels.slice(0, 20).join(', ')}…`);
  });
});
