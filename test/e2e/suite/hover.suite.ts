/// <reference types="mocha" />
// Hovers explain codes where they stand: in an API error response and on a diagnostic's value.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, diagnosticsWithCode, hoverText, open, rangeOf } from './helpers';

suite('hover', () => {
  suiteTeardown(closeAll);

  test('on a Cloudflare code in an API error envelope: title, cause, resolution, docs link', async () => {
    const { doc } = await open('api/error-response.json');
    await diagnosticsWithCode(doc.uri, 11044);
    const text = await hoverText(doc.uri, rangeOf(doc, '11044').start.translate(0, 2));
    assert.match(text, /11044/);
    assert.match(text, /Virtual network route not found/i);
    assert.match(text, /https:\/\/developers\.cloudflare\.com\/spectrum\/reference\/error-codes\/#11044/);
  });

  test('on the value a diagnostic points at: the diagnostic explained', async () => {
    const { doc } = await open('apps/invalid-app.spectrum.json');
    await diagnosticsWithCode(doc.uri, 11002);
    const text = await hoverText(doc.uri, rangeOf(doc, '2a01:4f8').start);
    assert.match(text, /11002/);
    assert.match(text, /https:\/\/developers\.cloudflare\.com\/spectrum\/reference\/error-codes\/#11002/);
  });

  test('on a field name: what the field does', async () => {
    const { doc } = await open('apps/invalid-app.spectrum.json');
    const text = await hoverText(doc.uri, rangeOf(doc, '"traffic_type"').start.translate(0, 3));
    assert.match(text, /traffic_type/);
    assert.ok(text.length > 40, `a real explanation, got: ${text}`);
  });
});
