/// <reference types="mocha" />
// A large document (thousands of apps, about 1 MB) is linted, and the server keeps answering while it is open.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import { closeAll, diagnosticsWithCode, fixture, hoverText, open, rangeOf, replace, waitFor, withCode } from './helpers';

const APPS = 4000;

function app(i: number, origin: string) {
  return {
    protocol: `tcp/${1000 + (i % 60000)}`,
    dns: { type: 'CNAME', name: `app-${i}.example.com` },
    origin_direct: [origin],
    traffic_type: 'direct',
  };
}

suite('large document', () => {
  suiteTeardown(closeAll);
  // The suite before may have restarted the server: wait until it checks a small document again.
  suiteSetup(async () => {
    const { doc } = await open('apps/invalid-app.spectrum.json');
    await diagnosticsWithCode(doc.uri, 11002);
    await closeAll();
  });

  test('diagnostics arrive for the last app, an edit near the top is linted, hovers still answer', async () => {
    const apps = Array.from({ length: APPS }, (_, i) => app(i, `tcp://[2a01:4f8:c0c:1::5]:${1000 + (i % 60000)}`));
    apps[APPS - 1].origin_direct = ['tcp://2a01:4f8:c0c:1::5:4999'];
    const uri = fixture('large/many-apps.spectrum.json');
    mkdirSync(dirname(uri.fsPath), { recursive: true });
    writeFileSync(uri.fsPath, JSON.stringify(apps, null, 2) + '\n');

    const { doc } = await open('large/many-apps.spectrum.json');
    assert.ok(doc.getText().length > 800_000, `large: ${doc.getText().length} characters`);
    const [last] = await diagnosticsWithCode(doc.uri, 11002);
    assert.ok(last.range.start.line > doc.lineCount - 20, 'on the last app');

    await replace(doc, '"tcp://[2a01:4f8:c0c:1::5]:1000"', '"tcp://2a01:4f8:c0c:1::5:1000"');
    const both = await waitFor('11002 on the first app too', () => withCode(doc.uri, 11002), (ds) => ds.length === 2);
    assert.ok(both.some((d) => d.range.start.line < 10));

    const text = await hoverText(doc.uri, rangeOf(doc, '2a01:4f8:c0c:1::5:1000').start);
    assert.match(text, /11002/);
  });
});
