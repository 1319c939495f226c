/// <reference types="mocha" />
// settings.json completes the keys of spectrumLint.rules to the catalog's ids (package.json's
// generated propertyNames, read by VS Code's own JSON language features).
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import { closeAll, fixture, open, waitFor } from './helpers';

// A folder's settings file of its own (VS Code gives every `.vscode/settings.json` the settings schema),
// so the workspace's settings, which other suites write, are never left with a half-typed key.
const FILE = 'settings-schema/.vscode/settings.json';

suite('settings schema', () => {
  suiteTeardown(async () => {
    await closeAll();
    rmSync(dirname(dirname(fixture(FILE).fsPath)), { recursive: true, force: true });
  });

  test('in settings.json, a key inside "spectrumLint.rules" completes to codes and checks', async () => {
    const path = fixture(FILE).fsPath;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, '{\n  "spectrumLint.rules": { "" }\n}\n');
    const { doc } = await open(FILE);
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
