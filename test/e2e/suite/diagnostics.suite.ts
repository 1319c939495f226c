/// <reference types="mocha" />
// Diagnostics as the Problems panel gets them: codes, severities, exact ranges, docs links.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SOURCE, closeAll, codeOf, diagnosticsWithCode, docsOf, open, ours, rangeOf, rangeText, waitFor } from './helpers';

const ERROR_CODES = 'https://developers.cloudflare.com/spectrum/reference/error-codes/';

suite('diagnostics', () => {
  suiteTeardown(closeAll);

  test('an IPv6 origin without brackets: 11002, an error on the origin string, linked to its docs', async () => {
    const { doc } = await open('apps/invalid-app.spectrum.json');
    const [d] = await diagnosticsWithCode(doc.uri, 11002);
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(d.source, SOURCE);
    assert.equal(rangeText(d.range), rangeText(rangeOf(doc, '"tcp://2a01:4f8:c0c:1::5:22"')));
    assert.match(d.message, /brackets/);
    assert.equal(docsOf(d), `${ERROR_CODES}#11002--invalid-origin-address`);
  });

  test('a check without a Cloudflare code has its own id, severity and range', async () => {
    const { doc } = await open('apps/invalid-app.spectrum.json');
    const [d] = await diagnosticsWithCode(doc.uri, 'invalid-enum-value');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(rangeText(d.range), rangeText(rangeOf(doc, '"V1"')));
    assert.match(docsOf(d) ?? '', /^https:\/\/developers\.cloudflare\.com\//);
    // One problem, one diagnostic: nothing else in this file.
    assert.deepEqual(ours(doc.uri).map(codeOf).sort(), [11002, 'invalid-enum-value'].sort());
  });

  test('an API error envelope gets an information diagnostic per returned code', async () => {
    const { doc } = await open('api/error-response.json');
    const [d] = await diagnosticsWithCode(doc.uri, 11044);
    assert.equal(d.severity, vscode.DiagnosticSeverity.Information);
    assert.equal(rangeText(d.range), rangeText(rangeOf(doc, '11044')));
    assert.equal(docsOf(d), `${ERROR_CODES}#11044--virtual-network-route-not-found`);
  });

  test('a Load Balancing monitor with a 2 s timeout: predicted health-check failure', async () => {
    const { doc } = await open('monitors/slow.monitor.json');
    const [d] = await diagnosticsWithCode(doc.uri, 'http-timeout-occurred');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(rangeText(d.range), rangeText(rangeOf(doc, '2', doc.getText().indexOf('"timeout": ') + '"timeout": '.length)));
    assert.equal(docsOf(d), 'https://developers.cloudflare.com/load-balancing/troubleshooting/common-error-codes/#http-timeout-occurred');
  });

  test('a pool origin on a private address: 1002', async () => {
    const { doc } = await open('pools/primary.pool.json');
    const [d] = await diagnosticsWithCode(doc.uri, 1002);
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(rangeText(d.range), rangeText(rangeOf(doc, '"192.168.1.10"')));
  });

  test('unrelated JSON gets no diagnostics', async () => {
    const { doc: unrelated } = await open('config/tsconfig.json');
    // Once a document opened after it has its diagnostics, the server has seen this one too.
    const { doc } = await open('apps/invalid-app.spectrum.json');
    await waitFor('diagnostics of a later document', () => ours(doc.uri), (ds) => ds.length > 0);
    await new Promise((r) => setTimeout(r, 1000));
    assert.deepEqual(ours(unrelated.uri), []);
  });
});
