/// <reference types="mocha" />
// Completion inside an application: the fields it does not have yet, with documentation.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, waitFor } from './helpers';

suite('completion', () => {
  suiteTeardown(closeAll);

  test('field names of an app that are not there yet', async () => {
    const content = '{\n  "protocol": "tcp/22",\n  "dns": { "type": "CNAME", "name": "completion.example.com" },\n  "origin_direct": ["tcp://[2a01:4f8:c0c:1::5]:22"],\n  ""\n}\n';
    const doc = await vscode.workspace.openTextDocument({ language: 'json', content });
    await vscode.window.showTextDocument(doc);
    const at = new vscode.Position(4, 3);
    const list = await waitFor(
      'completion items from spectrum-lint',
      async () => (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, at))?.items ?? [],
      (items) => items.some((i) => label(i) === 'traffic_type'),
    );
    const labels = list.map(label);
    assert.ok(labels.includes('proxy_protocol'), `offered: ${labels.join(', ')}`);
    assert.ok(!labels.includes('protocol'), 'protocol is already there');
    assert.ok(!labels.includes('dns'), 'dns is already there');
  });
});

function label(i: vscode.CompletionItem): string {
  return typeof i.label === 'string' ? i.label : i.label.label;
}
