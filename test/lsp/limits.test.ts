import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient, type StartOptions } from './client';

const pretty = (v: unknown) => JSON.stringify(v, null, 2) + '\n';
/** A clean app padded past 2 kB with whitespace, so that only the size limit decides. */
const PADDED = pretty({ protocol: 'tcp/22', dns: { type: 'CNAME', name: 'ssh.example.com' }, origin_direct: ['tcp://192.0.2.1:22'] }).replace('{', '{' + ' '.repeat(3000));

async function start(t: TestContext, options: StartOptions): Promise<TestClient> {
  const c = await TestClient.start(options);
  t.after(() => {
    if (c.alive) c.kill();
  });
  return c;
}

const skipped = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'document-skipped').map((d) => d.severity);

test('spectrumLint.maxFileSize: a larger document gets one document-skipped warning; the default checks it', async (t) => {
  const small = await start(t, { pull: true, settings: { maxFileSize: 2048 } });
  assert.deepEqual(skipped(await small.pulled(await small.open('app.spectrum.json', PADDED))), [2]);
  await small.shutdown();
  const fallback = await start(t, { pull: true, settings: {} });
  assert.deepEqual(await fallback.pulled(await fallback.open('app.spectrum.json', PADDED)), []);
  await fallback.shutdown();
});

test('maxFileSize of spectrum-lint.config.json wins over the editor setting', async (t) => {
  const c = await start(t, { pull: true, settings: { maxFileSize: 64 * 1024 * 1024 } });
  c.writeFile('spectrum-lint.config.json', '{ "maxFileSize": "2k" }\n');
  assert.deepEqual(skipped(await c.pulled(await c.open('app.spectrum.json', PADDED))), [2]);
  await c.shutdown();
});
