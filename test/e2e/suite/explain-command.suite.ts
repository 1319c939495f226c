/// <reference types="mocha" />
// "Spectrum Lint: Explain error code..." as VS Code runs it: the catalog request without params, the
// quick pick, and the picked entry's page.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CATALOG_REQUEST, type CatalogItem } from '../../../server/lsp/protocol';
import { extensionApi, runPickingItem } from './api';
import { closeAll } from './helpers';

suite('explain command', () => {
  suiteTeardown(closeAll);

  test('the catalog request, sent as the command sends it (no params), lists every code', async () => {
    const { client } = await extensionApi();
    const catalog = await client.sendRequest<CatalogItem[]>(CATALOG_REQUEST);
    assert.ok(catalog.some((e) => e.id === '11002' && e.code === 11002), 'lists 11002');
    assert.ok(catalog.length > 100, `${catalog.length} entries`);
  });

  test('Explain error code...: the first item of the quick pick picked, its page opened', async () => {
    const { client } = await extensionApi();
    const [first] = await client.sendRequest<CatalogItem[]>(CATALOG_REQUEST);
    await runPickingItem('spectrumLint.explain');
    const page = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'spectrum-lint-explain', path: `/${first.id}.md` }));
    assert.ok(page.getText().includes(first.title), `the page of ${first.id} holds its title: ${page.getText().slice(0, 200)}`);
  });
});
