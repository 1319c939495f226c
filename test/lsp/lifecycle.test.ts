import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { TestClient, withCode, type StartOptions } from './client';

// Document lifecycle and protocol lifecycle of the server: a closed document leaves the workspace
// index (or counts from disk), requests after shutdown are refused, and an index change re-publishes
// only the documents whose diagnostics it changed.

const pretty = (v: unknown) => JSON.stringify(v, null, 2) + '\n';
const app = (name: string) => pretty({ protocol: 'tcp/22', dns: { type: 'CNAME', name }, origin_direct: ['tcp://192.0.2.1:22'] });

async function start(t: TestContext, options: StartOptions): Promise<TestClient> {
  const c = await TestClient.start(options);
  t.after(() => {
    if (c.alive) c.kill();
  });
  return c;
}

test('a document closed right after a change leaves the index: the next one with the same app gets no duplicate-hostname', async (t) => {
  const c = await start(t, { pull: true });
  await c.request('spectrumLint/contextInfo', { uri: c.uri('none.json') });
  // The server waits for the settings while indexing the change: close the document meanwhile.
  const release = c.holdConfiguration();
  const a = await c.open('a.spectrum.json', app('same.example.com'));
  await c.replace(a, '192.0.2.1', '192.0.2.2');
  await c.close(a);
  const b = await c.open('b.spectrum.json', app('same.example.com'));
  release();
  assert.deepEqual(withCode(await c.pulled(b), 'duplicate-hostname'), []);
  await c.request('spectrumLint/contextInfo', { uri: b });
  assert.deepEqual(withCode(await c.pulled(b), 'duplicate-hostname'), []);
  await c.shutdown();
});

test('closing without saving: the file on disk counts again, not the discarded text', async (t) => {
  const c = await start(t, { pull: true });
  const disk = c.writeFile('a.spectrum.json', app('disk.example.com'));
  await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: disk, type: 1 }] });
  const b = await c.open('b.spectrum.json', app('same.example.com'));
  const duplicates = async () => withCode(await c.pulled(b), 'duplicate-hostname').length;
  /** Pulls b after each refresh until `done`; never settling fails after the client's wait limit. */
  const until = async (done: (n: number) => boolean) => {
    for (let seen = c.refreshes; !done(await duplicates()); ) await c.refreshed(++seen);
  };
  const a = await c.open('a.spectrum.json', app('disk.example.com'));
  await c.replace(a, 'disk.example.com', 'same.example.com');
  await until((n) => n === 1);
  const release = c.holdConfiguration();
  await c.replace(a, 'same.example.com', 'other.example.com'); // discarded: the editor closes without saving
  await c.close(a);
  release();
  await until((n) => n === 0);
  await c.request('spectrumLint/contextInfo', { uri: b });
  assert.equal(await duplicates(), 0);
  await c.shutdown();
});

test('after shutdown every request is answered with InvalidRequest (-32600), and exit ends the server with 0', async (t) => {
  const c = await start(t, { pull: true });
  const uri = await c.open('a.spectrum.json', app('ssh.example.com'));
  assert.ok((await c.pulled(uri)).length >= 0);
  await c.connection.sendRequest('shutdown');
  for (const [method, params] of [
    ['textDocument/diagnostic', { textDocument: { uri } }],
    ['textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } }],
    ['spectrumLint/catalog', undefined],
    ['shutdown', undefined],
    ['no/suchMethod', {}],
  ] as Array<[string, unknown]>) {
    await assert.rejects(c.request(method, params), (e: { code?: number }) => e.code === -32600, method);
  }
  await c.connection.sendNotification('exit');
  const exited = await new Promise<number | null>((resolve) => (c.alive ? c.child.once('exit', (code) => resolve(code)) : resolve(c.child.exitCode)));
  assert.equal(exited, 0);
});

test('an index change re-publishes only the documents whose diagnostics it changed (push)', async (t) => {
  const c = await start(t, { pull: false });
  const a = await c.open('a.spectrum.json', app('a.example.com'));
  const others: string[] = [];
  for (let i = 0; i < 30; i++) others.push(await c.open(`d${i}.spectrum.json`, app(`d${i}.example.com`)));
  const b = await c.open('b.spectrum.json', app('b.example.com'));
  for (const uri of [a, ...others, b]) await c.pushedNow(uri);
  const before = c.published.length;
  await c.replace(a, 'a.example.com', 'a2.example.com');
  await c.replace(a, 'a2.example.com', 'b.example.com');
  // The other documents are published in the order they were opened, so once b's new diagnostics are in, theirs would be too.
  await c.pushed(b, (p) => withCode(p.diagnostics, 'duplicate-hostname').length === 1);
  const republished = [...new Set(c.published.slice(before).map((p) => p.uri))].sort();
  assert.deepEqual(republished, [a, b].sort());
  await c.shutdown();
});

test('an account context that is a FIFO or /dev/zero blocks no request of the documents under it', { timeout: 30_000 }, async (t) => {
  for (const account of ['./fifo.json', '/dev/zero']) {
    const c = await start(t, { pull: true });
    assert.equal(spawnSync('mkfifo', [join(c.root, 'fifo.json')]).status, 0);
    c.writeFile('spectrum-lint.config.json', pretty({ account }));
    const uri = await c.open('a.spectrum.json', app('ssh.example.com'));
    assert.ok(Array.isArray(await c.pulled(uri)), account);
    assert.ok((await c.hover(uri, 5)) !== undefined);
    const config = await c.open('spectrum-lint.config.json', pretty({ account }));
    const said = await c.pulled(config);
    // The configuration says why its account is not used, on the `account` value.
    assert.deepEqual(said.map((d) => [d.code, d.range.start.line]), [['config-invalid', 1]], `${account}: ${JSON.stringify(said)}`);
    assert.match(String(said[0].message), /cannot be read/);
    await c.shutdown();
  }
});

test('a lone carriage return before deep nesting: push publishes document-skipped for the new version, not nothing', async (t) => {
  const c = await start(t, { pull: false });
  const uri = await c.open('deep.spectrum.json', pretty({ protocol: 'tcp/22', dns: { type: 'CNAME', name: 'x.example.com' }, origin_direct: ['tcp://192.0.2.1'] }));
  assert.ok((await c.pushedNow(uri)).length > 0);
  const doc = '["\r' + '['.repeat(20000) + ']'.repeat(20000) + ']';
  await c.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } }, text: doc }]);
  const now = await c.pushedNow(uri);
  assert.deepEqual(now.map((d) => d.code), ['document-skipped']);
  assert.match(String(now[0].message), /levels deep/);
  await c.shutdown();
});
