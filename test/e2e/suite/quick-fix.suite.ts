/// <reference types="mocha" />
// Quick fixes: offered on the diagnostic, named with their result, applied, and the diagnostic is gone.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, diagnosticsWithCode, open, quickFixes, replace, waitFor, withCode } from './helpers';

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

  test('typing that changes no finding keeps the diagnostic, and its fix is still offered and applies', async () => {
    const { doc } = await open('apps/kept-fix.spectrum.json');
    const [before] = await diagnosticsWithCode(doc.uri, 11002);
    // A character typed into the hostname, on the line above the finding: the server answers "unchanged".
    await replace(doc, 'kept-fix.example.com', 'kept-fixx.example.com');
    const fixes = await waitFor(
      'the fix of the kept diagnostic',
      async () => (await quickFixes(doc.uri, before.range)).filter((a) => a.title.startsWith('Write ')),
      (fs) => fs.length === 2,
    );
    const [after] = withCode(doc.uri, 11002);
    assert.deepEqual(after?.range, before.range, 'the diagnostic stays where it was');
    assert.ok(fixes[0].edit && (await vscode.workspace.applyEdit(fixes[0].edit)));
    assert.match(doc.getText(), /"tcp:\/\/\[2a01:4f8:c0c:1::7\]:2222"/);
    assert.match(doc.getText(), /kept-fixx\.example\.com/, 'the typed character is kept');
    await waitFor('11002 gone after the fix', () => withCode(doc.uri, 11002), (ds) => ds.length === 0);
  });
});

