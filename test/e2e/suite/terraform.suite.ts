/// <reference types="mocha" />
// Terraform in VS Code without HashiCorp's extension: the .tf file is a `terraform` document (our minimal
// language contribution, with HCL's `#` comments set by the client), its mistakes arrive with their codes on
// the HCL values, a quick fix writes HCL and clears its diagnostic, a .tf file is checked by its name
// whatever language it is given, and typing `=` after an attribute brings up its values, one of which the
// editor writes in place. terraform-extension.coexist.ts checks the same next to another extension.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { applyQuickFix, closeAll, codeOf, diagnosticsWithCode, docsOf, open, ours, rangeOf, rangeText, show, SOURCE, toggleLineComment, waitFor, withCode, workspaceRoot } from './helpers';

const FILE = 'terraform/spectrum.tf';
const UNBRACKETED = '"tcp://2a01:4f8:c2c:123f::1:22"';

suite('terraform', () => {
  suiteTeardown(closeAll);

  test('a .tf file is a terraform document and gets 11002 and 11000 on its HCL values', async () => {
    const { doc } = await open(FILE);
    assert.equal(doc.languageId, 'terraform', 'the extension contributes the terraform language');
    const diagnostics = await waitFor('11000 and 11002', () => ours(doc.uri), (ds) => ds.length >= 2);
    assert.deepEqual(diagnostics.map((d) => String(codeOf(d))).sort(), ['11000', '11002'], show(diagnostics));
    const [ipv6] = withCode(doc.uri, 11002);
    assert.equal(ipv6.source, SOURCE);
    assert.equal(ipv6.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(rangeText(ipv6.range), rangeText(rangeOf(doc, UNBRACKETED)), 'on the origin string');
    assert.match(docsOf(ipv6) ?? '', /#11002--invalid-origin-address$/);
    const [both] = withCode(doc.uri, 11000);
    const game = rangeOf(doc, '"game"').start.line;
    const web = rangeOf(doc, '"web"').start.line;
    assert.ok(both.range.start.line > game && both.range.start.line < web, `11000 in the game resource: ${rangeText(both.range)}`);
  });

  test('the bracket quick fix writes HCL and the diagnostic goes away', async () => {
    const { doc } = await open(FILE);
    await applyQuickFix(doc, 11002, 'Write tcp://[2a01:4f8:c2c:123f::1]:22');
    assert.match(doc.getText(), /origin_direct = \["tcp:\/\/\[2a01:4f8:c2c:123f::1\]:22"\]/);
    await waitFor('11002 gone, 11000 kept', () => ours(doc.uri), (ds) => withCode(doc.uri, 11002).length === 0 && ds.some((x) => codeOf(x) === 11000));
    await closeAll();
  });

  test('Toggle Line Comment writes HCL\'s # comment: the client configures the language when no other extension does', async () => {
    const { doc, editor } = await open(FILE);
    await waitFor('the extension active', () => ours(doc.uri), (ds) => ds.length > 0);
    const line = rangeOf(doc, 'traffic_type  = "direct"').start.line;
    assert.equal(await toggleLineComment(editor, line), '  # traffic_type  = "direct"');
    await closeAll();
  });

  test('a .tf file of another language is still checked: the selector matches *.tf files', async () => {
    // files.associations in the fixture workspace makes this one plain text.
    const { doc } = await open('terraform/as-plaintext.tf');
    assert.equal(doc.languageId, 'plaintext');
    const [d] = await diagnosticsWithCode(doc.uri, 11002);
    assert.equal(rangeText(d.range), rangeText(rangeOf(doc, '"tcp://2a01:4f8:c2c:123f::9:2222"')));
  });

  test('typing " =" after an attribute opens its values; accepting the first writes tls = "off"', async () => {
    const text = 'resource "cloudflare_spectrum_application" "typed" {\n  zone_id  = var.zone_id\n  protocol = "tcp/22"\n  dns = {\n    type = "CNAME"\n    name = "typed.example.com"\n  }\n  origin_direct = ["tcp://192.0.2.10:22"]\n  tls\n}\n';
    writeFileSync(join(workspaceRoot(), 'terraform/typed.tf'), text);
    const { doc, editor } = await open('terraform/typed.tf');
    const end = doc.positionAt(text.indexOf('  tls\n') + 5);
    // The server has the document once it completes the attribute name being typed there.
    await waitFor('attribute names from spectrum-lint', async () => (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, end))?.items ?? [], (items) => items.some((i) => i.label === 'tls'));
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('type', { text: ' =' });
    const accepted = await waitFor(
      'the first value accepted from the list "=" opened',
      async () => {
        await vscode.commands.executeCommand('acceptSelectedSuggestion');
        return doc.getText();
      },
      (t) => t !== text.replace('  tls\n', '  tls =\n'),
    );
    assert.match(accepted, /\n  tls = "off"\n\}\n$/);
    await closeAll();
  });
});
