import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import { TestClient, type StartOptions } from './client';

type CatalogItem = { id: string; code: number | string; title: string; group: string };

async function start(t: TestContext, options: StartOptions = {}): Promise<TestClient> {
  const c = await TestClient.start(options);
  t.after(() => {
    if (c.alive) c.kill();
  });
  return c;
}

test('spectrumLint/catalog answers a request without a params member (as VS Code sends it) and one with null', async (t) => {
  const c = await start(t);
  const bare = await c.requestWithoutParams<CatalogItem[]>('spectrumLint/catalog');
  assert.ok(bare.length > 22, `catalog of ${bare.length}`);
  assert.deepEqual(
    bare.find((e) => e.id === '11002'),
    { id: '11002', code: 11002, title: bare.find((e) => e.id === '11002')!.title, group: 'spectrum-api' },
  );
  assert.deepEqual(await c.request<CatalogItem[]>('spectrumLint/catalog', null), bare);
  assert.equal(await c.shutdown(), 0);
});

test('"Show documentation" cancelled by the user (showDocument success false) shows no message', async (t) => {
  const c = await start(t);
  c.showDocumentSuccess = false;
  const url = 'https://developers.cloudflare.com/spectrum/';
  // A message would be sent before the command's answer: the connection keeps the order.
  await c.request('workspace/executeCommand', { command: 'spectrumLint.showDocumentation', arguments: [url] });
  assert.deepEqual(c.shown, [{ uri: url, external: true }]);
  assert.deepEqual(c.messages, []);
  assert.equal(await c.shutdown(), 0);
});
