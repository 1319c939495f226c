/// <reference types="mocha" />
// What a user sees in VS Code, through the `vscode` API: plain-text Problems, short diagnostic hovers,
// "Fix all <code> problems", the suppress fix's reason placeholder, completion order, fix-on-save.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { closeAll, diagnosticsWithCode, hoverText, open, ours, quickFixes, rangeOf, waitFor, withCode } from './helpers';

suite('editor experience', () => {
  teardown(closeAll);

  test('Problems show plain text: no Markdown backticks; "is case-sensitive"', async () => {
    const { doc } = await open('ux/several.spectrum.json');
    await diagnosticsWithCode(doc.uri, 11002, 2);
    const ds = await waitFor('4 diagnostics', () => ours(doc.uri), (x) => x.length >= 4);
    for (const d of ds) assert.doesNotMatch(d.message, /`/, d.message);
    assert.equal(withCode(doc.uri, 'protocol-format')[0].message, 'protocol is case-sensitive: write tcp/22.');
    assert.match(withCode(doc.uri, 11004)[0].message, /not "ADDRESS"/);
  });

  test('hover on a diagnostic: the title, a one-line cause and the docs link, not the message again', async () => {
    const { doc } = await open('ux/several.spectrum.json');
    const [d] = await diagnosticsWithCode(doc.uri, 11002, 2);
    const text = await hoverText(doc.uri, d.range.start.translate(0, 3));
    assert.ok(!text.includes(d.message), text);
    assert.match(text, /\*\*11002: /);
    assert.match(text, /\[Cloudflare documentation\]\(https:\/\/developers\.cloudflare\.com\//);
    assert.ok(text.split('\n').filter((l) => l.trim()).length <= 6, `a few lines:\n${text}`);
  });

  test('Quick Fix: "Fix all 11002 problems in this file" right after the fix; applying it fixes both', async () => {
    const { doc } = await open('ux/several.spectrum.json');
    const [d] = await diagnosticsWithCode(doc.uri, 11002, 2);
    const actions = await quickFixes(doc.uri, d.range);
    const titles = actions.map((a) => a.title);
    assert.equal(titles[1], 'Fix all 11002 problems in this file', titles.join(' | '));
    assert.equal(actions[0].isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(actions[1].edit!));
    await waitFor('no 11002 left', () => withCode(doc.uri, 11002), (x) => x.length === 0);
    assert.match(doc.getText(), /"tcp:\/\/\[2606:4700::1\]:1000-1010"[\s\S]*"tcp:\/\/\[2606:4700::2\]:1000-1010"/);
  });

  test('pool weight 1.5: the first choice is "Set weight 1", with no percent reading', async () => {
    const { doc } = await open('ux/weight.pool.json');
    const [d] = await diagnosticsWithCode(doc.uri, 'pool-origin-weight');
    const titles = (await quickFixes(doc.uri, d.range)).map((a) => a.title);
    assert.equal(titles[0], 'Set weight 1', titles.join(' | '));
    assert.ok(!titles.some((x) => x.includes('%')), titles.join(' | '));
  });

  test('suppress for this line: the reason placeholder is selected to type over, and not flagged meanwhile', async () => {
    const { doc, editor } = await open('ux/suppress.spectrum.jsonc');
    const [d] = await diagnosticsWithCode(doc.uri, 11000);
    const suppress = (await quickFixes(doc.uri, d.range)).find((a) => a.title === 'Suppress 11000 for this line');
    assert.ok(suppress?.edit, 'the suppress fix');
    assert.ok(await vscode.workspace.applyEdit(suppress.edit));
    assert.match(doc.getText(), /\n {2}\/\/ spectrum-lint-disable-next-line 11000 -- <reason>\n {2}"origin_dns"/);
    assert.equal(doc.getText(editor.selection), '<reason>', 'the placeholder is selected (a snippet edit)');
    await waitFor('11000 suppressed', () => withCode(doc.uri, 11000), (x) => x.length === 0);
    assert.deepEqual(withCode(doc.uri, 'suppression-without-reason'), [], 'the fresh placeholder is not reported');
    // Typing replaces the selected placeholder.
    assert.ok(await editor.edit((b) => b.replace(editor.selection, 'the origin moves this week')));
    assert.match(doc.getText(), /11000 -- the origin moves this week\n/);
    await waitFor('still suppressed with a reason', () => ours(doc.uri), (x) => x.every((y) => y.code !== 11000) && x.every((y) => (typeof y.code === 'object' ? y.code.value : y.code) !== 'suppression-without-reason'));
  });

  test('completion in an empty *.spectrum.json: the app snippet first, before "Empty object"/"Empty array"', async () => {
    const { doc } = await open('ux/empty.spectrum.json');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(0, 0));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.equal(labels[0], 'Add a Spectrum application', labels.join(' | '));
    assert.ok(labels.includes('Empty object'), `VS Code's JSON support offers its items too: ${labels.join(' | ')}`);
    assert.equal(list.items[0].preselect, true);
  });

  test('completion after a JSONC trailing comma in an array of apps: the app snippet', async () => {
    const { doc } = await open('ux/more-apps.jsonc');
    assert.equal(doc.languageId, 'jsonc');
    const at = doc.positionAt(doc.getText().lastIndexOf('},\n  ') + 5);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, at);
    const first = list.items[0];
    assert.equal(typeof first.label === 'string' ? first.label : first.label.label, 'Add a Spectrum application');
    assert.ok(first.insertText instanceof vscode.SnippetString, 'a snippet');
  });

  test('fix on save: "true" becomes true on a UDP app, ip_firewall and tls stay', async () => {
    const { doc } = await open('ux/udp-dns.spectrum.json');
    // Typed by the user: the document is dirty, and the server has seen this version when the diagnostic shows.
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, rangeOf(doc, 'false'), '"true"');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await diagnosticsWithCode(doc.uri, 'wrong-type');
    assert.ok(await doc.save(), 'saved');
    const saved = JSON.parse(readFileSync(doc.uri.fsPath, 'utf8'));
    assert.equal(saved.ip_firewall, true);
    assert.equal(saved.tls, 'off');
    await waitFor('no wrong-type after save', () => withCode(doc.uri, 'wrong-type'), (x) => x.length === 0);
  });
});
