/// <reference types="mocha" />
// Quick fixes: offered on the diagnostic, named with their result, applied, and the diagnostic is gone.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, diagnosticsWithCode, open, waitFor, withCode } from './helpers';

suite('quick fixes', () => {
  suiteTeardown(closeAll);

  test('11002: one fix per reading of the address, none preferred; applying one clears the diagnostic', async () => {
    const { doc } = await open('apps/quick-fix.spectrum.json');
    const [d] = await diagnosticsWithCode(doc.uri, 11002);
    const actions =
      (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    const titles = actions.map((a) => a.title);
    const fixes = actions.filter((a) => a.title.startsWith('Write '));
    assert.deepEqual(
      fixes.map((a) => a.title),
      ['Write tcp://[2a01:4f8:c0c:1::5]:22', 'Write tcp://[2a01:4f8:c0c:1::5:22]:22'],
      `offered: ${titles.join(' | ')}`,
    );
    for (const f of fixes) {
      assert.equal(f.isPreferred ?? false, false, `${f.title} must not be preferred: the reading is ambiguous`);
      assert.ok(f.kind && vscode.CodeActionKind.QuickFix.contains(f.kind), `${f.title} is a quick fix`);
    }
    // Real fixes come before suppressions and documentation links.
    const lastFix = Math.max(...fixes.map((f) => actions.indexOf(f)));
    const firstOther = actions.findIndex((a) => /suppress|documentation/i.test(a.title));
    if (firstOther >= 0) assert.ok(firstOther > lastFix, `order: ${titles.join(' | ')}`);

    const chosen = fixes[0];
    assert.ok(chosen.edit, 'the fix carries its edit');
    assert.ok(await vscode.workspace.applyEdit(chosen.edit));
    assert.match(doc.getText(), /"tcp:\/\/\[2a01:4f8:c0c:1::5\]:22"/);
    await waitFor('11002 gone after the fix', () => withCode(doc.uri, 11002), (ds) => ds.length === 0);
  });
});
