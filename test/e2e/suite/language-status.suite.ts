/// <reference types="mocha" />
// The language status items of a JSON editor: what the server took the document for, busy while a
// large document is analysed, the account context in use (a hand-written spectrum-lint.account.json at
// the workspace root is read by default), and the commands they offer.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import type { StatusView } from '../../../client/language-status';
import { extensionApi, runPickingItem } from './api';
import { closeAll, diagnosticsWithCode, fixture, open, replace, show, waitFor, withCode } from './helpers';

const NETWORK = 'f70ff985-a4ef-4643-bbbc-4a0ed4fc8415';
const pretty = (v: unknown) => JSON.stringify(v, null, 2) + '\n';

/** The status view once it describes this document's current version. */
async function viewOf(doc: vscode.TextDocument, ok: (v: StatusView) => boolean = () => true): Promise<StatusView> {
  const { status } = await extensionApi();
  return waitFor(
    `the language status of ${doc.uri.path}`,
    () => status.view(),
    (v) => v.uri === doc.uri.toString() && v.version === doc.version && !v.document.busy && ok(v),
  );
}

suite('language status', () => {
  const written: string[] = [];
  const write = (rel: string, text: string) => {
    const path = fixture(rel).fsPath;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    written.push(path);
  };
  suiteTeardown(async () => {
    await closeAll();
    for (const p of written) rmSync(p, { force: true });
  });

  test('says what the document was taken for: apps with their count, a pool, unrelated JSON', async () => {
    write('status/apps.spectrum.json', pretty(Array.from({ length: 12 }, (_, i) => ({ protocol: `tcp/${3000 + i}`, dns: { type: 'CNAME', name: `status-${i}.example.com` }, origin_direct: [`tcp://192.0.2.${i + 1}:22`] }))));
    const { doc: apps } = await open('status/apps.spectrum.json');
    const view = await viewOf(apps, (v) => v.document.text === 'Spectrum apps: 12');
    assert.equal(view.document.detail, '0 problems');
    assert.equal(view.document.severity, 'information');

    const { doc: pool } = await open('pools/primary.pool.json');
    assert.equal((await viewOf(pool, (v) => v.document.text !== 'Spectrum apps: 12')).document.text, 'Load Balancing pool');

    const { doc: other } = await open('config/tsconfig.json');
    assert.equal((await viewOf(other, (v) => v.document.text !== 'Load Balancing pool')).document.text, 'not a Spectrum or LB document');
  });

  test('busy while a large document is analysed, then the count of the new version', async () => {
    const { status } = await extensionApi();
    const apps = Array.from({ length: 3000 }, (_, i) => ({ protocol: `tcp/${10000 + i}`, dns: { type: 'CNAME', name: `big-${i}.example.com` }, origin_direct: [`tcp://192.0.2.${(i % 250) + 1}:${10000 + i}`] }));
    write('status/big.spectrum.json', pretty(apps));
    const { doc } = await open('status/big.spectrum.json');
    assert.ok(doc.getText().length > 400_000, `large: ${doc.getText().length} characters`);
    await viewOf(doc, (v) => v.document.text === 'Spectrum apps: 3000');

    const seen: StatusView[] = [];
    const listening = status.onDidUpdate((v) => seen.push(v));
    try {
      await replace(doc, '[\n  {', '[\n  { "protocol": "tcp/9999", "dns": { "type": "CNAME", "name": "added.example.com" }, "origin_direct": ["tcp://192.0.2.9:9999"] },\n  {');
      const edited = doc.version;
      await viewOf(doc, (v) => v.document.text === 'Spectrum apps: 3001');
      const mine = seen.filter((v) => v.uri === doc.uri.toString() && v.version === edited);
      assert.ok(mine.some((v) => v.document.busy && v.document.detail === 'analysing…'), `busy after the edit: ${show(mine.map((v) => v.document))}`);
      assert.equal(mine.at(-1)?.document.busy, false);
    } finally {
      listening.dispose();
    }
  });

  test('a hand-written spectrum-lint.account.json at the workspace root is read by default, and the item names it', async () => {
    write('status/db.spectrum.json', pretty({ protocol: 'tcp/6543', dns: { type: 'CNAME', name: 'status-db.example.com' }, origin_direct: ['tcp://10.0.0.7:6543'], virtual_network_id: NETWORK, traffic_type: 'direct' }));
    const { doc } = await open('status/db.spectrum.json');
    const before = await viewOf(doc, (v) => v.document.text === 'Spectrum app');
    assert.equal(before.context.text, 'No account context');
    assert.equal(before.context.command?.command, 'spectrumLint.pullContext');
    assert.deepEqual(withCode(doc.uri, 11044), []);

    const context = {
      pulled_at: '2026-11-22T10:00:00Z',
      virtual_networks: [{ id: NETWORK, name: 'east', is_default_network: true, comment: '', created_at: '2019-10-12T07:20:50.52Z', deleted_at: null }],
      routes: [{ id: 'r1', network: '10.1.0.0/16', tunnel_name: 'east', virtual_network_id: NETWORK, deleted_at: null }],
    };
    // Written through VS Code, as a person saving the file would; no configuration file names it.
    await vscode.workspace.fs.writeFile(fixture('spectrum-lint.account.json'), Buffer.from(pretty(context), 'utf8'));
    written.push(fixture('spectrum-lint.account.json').fsPath);
    const [d] = await diagnosticsWithCode(doc.uri, 11044);
    assert.match(d.message, /pulled 2026-11-22 10:00 UTC/);
    const after = await viewOf(doc, (v) => v.context.text === 'Context: spectrum-lint.account.json');
    assert.match(after.context.detail ?? '', /^pulled, \d+ (min|h|d) old$/);
    assert.equal(after.context.command?.command, 'vscode.open');

    // Removed again: the checks that needed it go quiet, and the item says so.
    await vscode.workspace.fs.delete(fixture('spectrum-lint.account.json'));
    await waitFor('11044 gone with the context file', () => withCode(doc.uri, 11044), (ds) => ds.length === 0);
    await viewOf(doc, (v) => v.context.text === 'No account context');
  });

  test('offers the commands: Explain, Restart, Show output, Pull account context (Restart picked here)', async () => {
    const { client, status } = await extensionApi();
    const { doc } = await open('pools/primary.pool.json');
    const view = await viewOf(doc);
    assert.equal(view.document.command?.command, 'spectrumLint.showCommands');
    const all = await vscode.commands.getCommands(true);
    for (const c of ['spectrumLint.explain', 'spectrumLint.restart', 'spectrumLint.showOutput', 'spectrumLint.pullContext']) assert.ok(all.includes(c), c);

    const states: number[] = [];
    const listening = client.onDidChangeState((e) => states.push(e.newState));
    try {
      // The menu lists Explain, Restart Server, Show Output, Pull account context: one down is Restart.
      await runPickingItem(view.document.command!.command, 1);
      await waitFor('the server restarted', () => states, (s) => s.includes(3 /* Starting */) && s.at(-1) === 2 /* Running */);
    } finally {
      listening.dispose();
    }
    await viewOf(doc, (v) => v.document.text === 'Load Balancing pool');
    assert.equal(status.view().document.text, 'Load Balancing pool');
  });
});
