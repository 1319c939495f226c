/// <reference types="mocha" />
// A Terraform language extension installed while spectrum-lint runs (run-vscode.mjs gives this suite a
// session of its own): the client hands the terraform language configuration over to it at once.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, open, ours, rangeOf, STAND_IN_ID, STAND_IN_SOURCE, toggleLineComment, waitFor } from './helpers';

const FILE = 'terraform/coexist.tf';

suite('terraform with a Terraform language extension installed later', () => {
  suiteTeardown(closeAll);

  test('our # comment until the extension is installed, then its // comment and its diagnostics', async () => {
    const { doc, editor } = await open(FILE);
    await waitFor('our diagnostics', () => ours(doc.uri), (ds) => ds.length > 0);
    const line = rangeOf(doc, 'traffic_type  = "direct"').start.line;
    assert.equal(await toggleLineComment(editor, line), '  # traffic_type  = "direct"');

    const vsix = process.env.SPECTRUM_E2E_STAND_IN_VSIX;
    assert.ok(vsix, 'SPECTRUM_E2E_STAND_IN_VSIX is not set by the launcher');
    assert.equal(vscode.extensions.getExtension(STAND_IN_ID), undefined, 'not installed yet');
    await vscode.commands.executeCommand('workbench.extensions.installExtension', vscode.Uri.file(vsix));
    await waitFor('the stand-in running', () => vscode.extensions.getExtension(STAND_IN_ID)?.isActive, (active) => active === true);
    await waitFor('its // comment', () => toggleLineComment(editor, line), (text) => text === '  // traffic_type  = "direct"');
    await waitFor('its diagnostic', () => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === STAND_IN_SOURCE), (ds) => ds.length === 1);
    assert.ok(ours(doc.uri).length > 0, 'ours are still there');
  });
});
