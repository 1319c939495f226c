/// <reference types="mocha" />
// Terraform in VS Code next to a Terraform language extension (test/e2e/terraform-stand-in, installed by
// run-vscode.mjs in a session of its own): it contributes `terraform` for .tf with its own configuration
// (`//` line comments, no bracket closing in comments) and grammar (source.terraform), and diagnostics with
// source `Terraform`. Both extensions' diagnostics stand side by side, our quick fix applies, and the
// other extension's configuration and grammar are the ones in effect.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { applyQuickFix, closeAll, codeOf, diagnosticsWithCode, EXTENSION_ID, open, ours, rangeOf, rangeText, show, SOURCE, STAND_IN_ID, STAND_IN_SOURCE, toggleLineComment, waitFor, withCode } from './helpers';

const FILE = 'terraform/coexist.tf';
const MARK = '# stand-in-error';

const theirs = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === STAND_IN_SOURCE);

/** Types one character at the end of a line as a user would (autoclosing applies), returns the line, then undoes. */
async function typeAtEnd(editor: vscode.TextEditor, line: number, text: string): Promise<string> {
  const end = editor.document.lineAt(line).range.end;
  editor.selection = new vscode.Selection(end, end);
  await vscode.commands.executeCommand('type', { text });
  const typed = editor.document.lineAt(line).text;
  await vscode.commands.executeCommand('undo');
  return typed;
}

suite('terraform next to a Terraform language extension', () => {
  suiteTeardown(closeAll);

  test('both extensions are installed and the .tf file is a terraform document', async () => {
    assert.ok(vscode.extensions.getExtension(STAND_IN_ID), `${STAND_IN_ID} is installed`);
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} is installed`);
    const { doc } = await open(FILE);
    assert.equal(doc.languageId, 'terraform');
  });

  test('both publish their diagnostics: ours with source spectrum-lint, theirs untouched', async () => {
    const { doc } = await open(FILE);
    const [ipv6] = await diagnosticsWithCode(doc.uri, 11002);
    assert.equal(ipv6.source, SOURCE);
    assert.equal(rangeText(ipv6.range), rangeText(rangeOf(doc, '"tcp://2a01:4f8:c2c:123f::3:25"')));
    assert.deepEqual(ours(doc.uri).map((d) => String(codeOf(d))), ['11002'], show(ours(doc.uri)));
    const [stand] = await waitFor('the stand-in diagnostic', () => theirs(doc.uri), (ds) => ds.length > 0);
    assert.deepEqual(theirs(doc.uri).length, 1, show(theirs(doc.uri)));
    assert.equal(stand.message, 'Stand-in error');
    assert.equal(stand.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(rangeText(stand.range), rangeText(rangeOf(doc, MARK)));
  });

  test('our quick fix applies and clears only our diagnostic', async () => {
    const { doc } = await open(FILE);
    await applyQuickFix(doc, 11002, 'Write tcp://[2a01:4f8:c2c:123f::3]:25');
    assert.match(doc.getText(), /origin_direct = \["tcp:\/\/\[2a01:4f8:c2c:123f::3\]:25"\]/);
    await waitFor('11002 gone', () => withCode(doc.uri, 11002), (ds) => ds.length === 0);
    assert.equal(theirs(doc.uri).length, 1, 'the stand-in diagnostic is still there');
    await closeAll();
  });

  test('the other extension\'s language configuration is in effect: Toggle Line Comment writes its // comment', async () => {
    const { doc, editor } = await open(FILE);
    // Our client has activated (it would set its configuration then, were it to).
    await diagnosticsWithCode(doc.uri, 11002);
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
    const line = rangeOf(doc, 'traffic_type  = "direct"').start.line;
    assert.equal(await toggleLineComment(editor, line), '  // traffic_type  = "direct"');
    await closeAll();
  });

  test('the other extension\'s grammar is in effect: its # comment token stops [ from closing there', async () => {
    const { doc, editor } = await open(FILE);
    await diagnosticsWithCode(doc.uri, 11002);
    const code = rangeOf(doc, 'ports = [25, 587]').start.line;
    const comment = rangeOf(doc, MARK).start.line;
    // Outside a comment the bracket closes, as the configuration says.
    assert.equal(await typeAtEnd(editor, code, '['), '  ports = [25, 587][]');
    // Tokenizing runs in the background: wait until the line's tokens are there.
    await waitFor('no ] after [ in the # comment', () => typeAtEnd(editor, comment, '['), (t) => t.endsWith(`${MARK}[`));
    await closeAll();
  });
});
