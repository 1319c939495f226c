import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import { CancellationTokenSource, LSPErrorCodes, type Diagnostic } from 'vscode-languageserver-protocol';
import { CANCELLED, unlessCancelled } from '../../server/lsp/timing';
import { TestClient, withCode, type StartOptions } from './client';

const dns = { type: 'CNAME', name: 'ssh.example.com' };
const pretty = (v: unknown) => JSON.stringify(v, null, 2) + '\n';
/** 11000: origin_direct and origin_dns together. */
const BOTH = pretty({ protocol: 'tcp/22', dns, origin_direct: ['tcp://192.0.2.1:22'], origin_dns: { name: 'origin.example.com' }, origin_port: 22 });
const FIXED_BOTH = (text: string) => text.replace('"origin_dns": {\n    "name": "origin.example.com"\n  },\n  ', '');

async function start(t: TestContext, options: StartOptions): Promise<TestClient> {
  const c = await TestClient.start(options);
  t.after(() => {
    if (c.alive) c.kill();
  });
  return c;
}

const versionsOf = (ds: Diagnostic[]) => [...new Set(ds.map((d) => (d.data as { version: number }).version))];

test('onSave (pull): edits keep the diagnostics of the opened version until didSave, then the saved one is checked', async (t) => {
  const c = await start(t, { pull: true, settings: { run: 'onSave' } });
  const uri = await c.open('app.json', BOTH);
  const first = await c.pull(uri);
  assert.equal(first.kind, 'full');
  assert.equal(withCode(first.kind === 'full' ? first.items : [], 11000).length, 1);

  await c.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } }, text: FIXED_BOTH(BOTH) }]);
  // The client that has the last result is told nothing changed; one without it gets the same report.
  assert.equal((await c.pull(uri, first.resultId)).kind, 'unchanged');
  const kept = await c.pulled(uri);
  assert.equal(withCode(kept, 11000).length, 1);
  assert.deepEqual(versionsOf(kept), [1]);

  await c.save(uri);
  await c.refreshed(1);
  const saved = await c.pulled(uri);
  assert.deepEqual(withCode(saved, 11000), []);
  assert.ok(saved.every((d) => (d.data as { version: number }).version === 2));
  await c.shutdown();
});

test('onSave (pull): a settings change checks the current text again, as a save would', async (t) => {
  const c = await start(t, { pull: true, settings: { run: 'onSave' } });
  const uri = await c.open('app.json', BOTH);
  assert.equal(withCode(await c.pulled(uri), 11000).length, 1);
  await c.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } }, text: FIXED_BOTH(BOTH) }]);
  assert.equal(withCode(await c.pulled(uri), 11000).length, 1);
  await c.configure({ run: 'onSave', rules: { '11000': 'warning' } });
  await c.refreshed(1);
  assert.deepEqual(withCode(await c.pulled(uri), 11000), []);
  // Back to onType: every edit is checked again.
  await c.configure({ run: 'onType' });
  await c.refreshed(2);
  await c.replace(uri, '"tcp/22"', '"tcp/23"');
  assert.deepEqual(versionsOf(await c.pulled(uri)), [3]);
  await c.shutdown();
});

test('onSave (push): nothing is published for edits; didSave publishes the saved version', async (t) => {
  const c = await start(t, { pull: false, settings: { run: 'onSave', debounce: 0 } });
  const uri = await c.open('app.json', BOTH);
  const opened = await c.pushed(uri, (p) => p.version === 1);
  assert.equal(withCode(opened.diagnostics, 11000).length, 1);
  await c.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } }, text: FIXED_BOTH(BOTH) }]);
  // A round trip through the server: with onType and no debounce, version 2 would be published by now.
  await c.hover(uri, 1);
  await c.replace(uri, '"tcp/22"', '"tcp/23"');
  await c.hover(uri, 1);
  await c.save(uri);
  const saved = await c.pushed(uri, (p) => p.version === 3);
  assert.deepEqual(withCode(saved.diagnostics, 11000), []);
  // Version 1 may be published again (the settings arriving refresh everything); version 2 never.
  const versions = c.published.filter((p) => p.uri === uri).map((p) => p.version);
  assert.ok(!versions.includes(2), `published versions ${versions.join(', ')}`);
  assert.equal(versions.at(-1), 3);
  await c.shutdown();
});

test('onType (push) with debounce 0: every published result is for a version the client had, in order, ending with the last', async (t) => {
  const c = await start(t, { pull: false, settings: { debounce: 0 } });
  const uri = await c.open('app.json', BOTH);
  await c.pushed(uri, (p) => p.version === 1);
  for (let port = 23; port < 33; port++) await c.replace(uri, `"origin_port": ${port - 1}`, `"origin_port": ${port}`);
  const last = await c.pushedNow(uri);
  assert.equal(c.version(uri), 11);
  assert.deepEqual(versionsOf(last), [11]);
  const published = c.published.filter((p) => p.uri === uri);
  const versions = published.map((p) => p.version!);
  assert.deepEqual(versions, [...new Set(versions)].sort((a, b) => a - b), 'strictly increasing');
  // A result is never labelled with another version than the one it was computed for.
  for (const p of published) assert.deepEqual(versionsOf(p.diagnostics), [p.version]);
  await c.shutdown();
});

test('pull: a request is answered for the newest version, even when a change arrives while it waits', async (t) => {
  const c = await start(t, { pull: true, settings: { debounce: 20 } });
  const uri = await c.open('app.json', BOTH);
  assert.deepEqual(versionsOf(await c.pulled(uri)), [1]);
  await c.replace(uri, '"origin_port": 22', '"origin_port": 23');
  const early = c.pull(uri);
  await c.replace(uri, '"origin_port": 23', '"origin_port": 24');
  const late = c.pull(uri);
  const [a, b] = await Promise.all([early, late]);
  assert.ok(a.kind === 'full' && b.kind === 'full');
  const [va] = versionsOf(a.items);
  assert.ok(va >= 2, `answered for version ${va}`);
  assert.deepEqual(versionsOf(b.items), [3]);
  await c.shutdown();
});

test('pull: a request cancelled while it waits is answered as cancelled, not with an empty report', async (t) => {
  // A long debounce keeps the request waiting until the cancellation arrives; nothing here is timed.
  const c = await start(t, { pull: true, settings: { debounce: 10_000 } });
  const uri = await c.open('app.json', BOTH);
  const source = new CancellationTokenSource();
  const request = c.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token);
  source.cancel();
  // retriggerRequest false would make VS Code's client drop the pull it scheduled when it cancelled this one.
  await assert.rejects(request, (e: { code?: number; data?: { retriggerRequest?: boolean } }) => e.code === LSPErrorCodes.RequestCancelled && e.data?.retriggerRequest === true);
  await c.shutdown();
});

test('unlessCancelled: a cancellation answers at once while the work goes on; otherwise the work decides', async () => {
  let finish!: (v: string) => void;
  const work = new Promise<string>((r) => (finish = r));
  const source = new CancellationTokenSource();
  const answer = unlessCancelled(work, source.token);
  source.cancel();
  assert.equal(await answer, CANCELLED, 'answered before the work ends');
  finish('done');
  assert.equal(await work, 'done');
  assert.equal(await unlessCancelled(Promise.resolve(7), new CancellationTokenSource().token), 7);
  assert.equal(await unlessCancelled(Promise.resolve(7)), 7, 'no token: the work itself');
  const already = new CancellationTokenSource();
  already.cancel();
  assert.equal(await unlessCancelled(new Promise(() => undefined), already.token), CANCELLED);
  await assert.rejects(unlessCancelled(Promise.reject(new Error('boom')), new CancellationTokenSource().token), /boom/);
  // Work that fails after the cancelled answer went out is no unhandled rejection.
  let fail!: (e: Error) => void;
  const failing = new Promise<never>((_, r) => (fail = r));
  const late = new CancellationTokenSource();
  const early = unlessCancelled(failing, late.token);
  late.cancel();
  assert.equal(await early, CANCELLED);
  fail(new Error('after the answer'));
  await new Promise((r) => setImmediate(r));
});
