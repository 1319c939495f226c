import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, type TestContext } from 'node:test';
import { TestClient, withCode, type StartOptions } from './client';

const pretty = (v: unknown) => JSON.stringify(v, null, 2) + '\n';
const VNET = 'f70ff985-a4ef-4643-bbbc-4a0ed4fc8415';
const app = (name: string, extra: Record<string, unknown> = {}) => pretty({ protocol: 'tcp/22', dns: { type: 'CNAME', name }, origin_direct: ['tcp://192.0.2.1:22'], ...extra });

async function start(t: TestContext, options: StartOptions = { pull: true }): Promise<TestClient> {
  const c = await TestClient.start(options);
  t.after(() => {
    if (c.alive) c.kill();
  });
  return c;
}

/** Waits until the server has indexed the workspace; returns the refresh count then. */
async function settled(c: TestClient): Promise<number> {
  await c.request('spectrumLint/contextInfo', { uri: c.uri('none.json') });
  return c.refreshes;
}

/** Pulls `uri` after each refresh from `base` on until `holds` (a refresh that never comes fails the test). */
async function pulledUntil(c: TestClient, uri: string, base: number, holds: (ds: Awaited<ReturnType<TestClient['pulled']>>) => boolean): Promise<void> {
  for (let n = base + 1; !holds(await c.pulled(uri)); n++) await c.refreshed(n);
}

/** Rescans the workspace folder (as after a folder change), so files written after start are indexed. */
async function rescan(c: TestClient): Promise<void> {
  const base = await settled(c);
  c.connection.onRequest('workspace/workspaceFolders', () => [{ uri: pathToFileURL(c.root).href, name: 'test' }]);
  await c.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [] } });
  await c.refreshed(base + 1);
  await settled(c);
}

test('files that are not open are indexed: duplicate hostnames link to the other file', async (t) => {
  const c = await start(t);
  mkdirSync(join(c.root, 'spectrum'));
  c.writeFile('spectrum/other.json', app('ssh.example.com'));
  c.writeFile('package.json', pretty({ name: 'x', dependencies: {} }));
  await rescan(c);
  const uri = await c.open('spectrum/mine.json', app('ssh.example.com'));
  const [d] = withCode(await c.pulled(uri), 'duplicate-hostname');
  assert.ok(d, 'duplicate-hostname expected');
  assert.equal(d.relatedInformation?.[0].location.uri, c.uri('spectrum/other.json'));
  await c.shutdown();
});

test('a watched file change updates the index and the open documents are linted again', async (t) => {
  const c = await start(t);
  const uri = await c.open('a.spectrum.json', app('ssh.example.com'));
  assert.deepEqual(withCode(await c.pulled(uri), 'duplicate-hostname'), []);
  const base = await settled(c);
  const other = c.writeFile('b.spectrum.json', app('ssh.example.com'));
  await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: other, type: 1 }] });
  await c.refreshed(base + 1);
  assert.equal(withCode(await c.pulled(uri), 'duplicate-hostname').length, 1);
  c.writeFile('b.spectrum.json', app('other.example.com'));
  await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: other, type: 2 }] });
  await c.refreshed(base + 2);
  assert.deepEqual(withCode(await c.pulled(uri), 'duplicate-hostname'), []);
  await c.shutdown();
});

test('an open document counts with its unsaved text for the other open documents', async (t) => {
  const c = await start(t);
  const a = await c.open('a.spectrum.json', app('ssh.example.com'));
  const b = await c.open('b.spectrum.json', app('x.example.com'));
  assert.deepEqual(withCode(await c.pulled(a), 'duplicate-hostname'), []);
  const base = await settled(c);
  await c.replace(b, 'x.example.com', 'ssh.example.com');
  await c.refreshed(base + 1);
  assert.equal(withCode(await c.pulled(a), 'duplicate-hostname').length, 1);
  await c.shutdown();
});

test('the account context named by the configuration applies, is reloaded when its file changes, and its own problems show', async (t) => {
  const c = await start(t);
  c.writeFile('spectrum-lint.config.json', pretty({ account: './account.json' }));
  const routes = (network: string) => pretty({ pulled_at: '2026-11-22T10:00:00Z', virtual_networks: [{ id: VNET, name: 'vpc' }], routes: [{ network, virtual_network_id: VNET }] });
  const ctx = c.writeFile('account.json', routes('10.1.0.0/16'));
  const uri = await c.open('app.spectrum.json', app('ssh.example.com', { origin_direct: ['tcp://10.0.0.5:22'], virtual_network_id: VNET }));
  const [d] = withCode(await c.pulled(uri), 11044);
  assert.match(String(d.message), /according to the account context pulled 2026-11-22 10:00 UTC/);
  const info = await c.request<{ description: string; parts: string[] } | null>('spectrumLint/contextInfo', { uri });
  assert.equal(info?.description, 'account.json, pulled 2026-11-22 10:00 UTC');
  assert.deepEqual(info?.parts, ['virtual_networks', 'routes']);

  const base = await settled(c);
  c.writeFile('account.json', routes('10.0.0.0/16'));
  await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ctx, type: 2 }] });
  await c.refreshed(base + 1);
  assert.deepEqual(withCode(await c.pulled(uri), 11044), []);

  const open = await c.open('account.json', pretty({ plan: 'gold', routes: [] }));
  assert.deepEqual(withCode(await c.pulled(open), 'config-invalid').length, 1);
  await c.shutdown();
});

test('an inline account with problems is reported in the open configuration file', async (t) => {
  const c = await start(t);
  const uri = await c.open('spectrum-lint.config.json', pretty({ account: { plan: 'pro', spectrum: 'free' } }));
  const ds = withCode(await c.pulled(uri), 'config-invalid');
  assert.equal(ds.length, 1);
  assert.match(String(ds[0].message), /spectrum must be "payg"/);
  await c.shutdown();
});

test('spectrumLint.contextFile applies where no configuration names an account', async (t) => {
  const c = await start(t, { pull: true, settings: { contextFile: 'ctx/account.json' } });
  mkdirSync(join(c.root, 'ctx'));
  c.writeFile('ctx/account.json', pretty({ plan: 'pro' }));
  const uri = await c.open('rdp.spectrum.json', app('rdp.example.com', { protocol: 'tcp/3389', origin_direct: ['tcp://192.0.2.1:3389'] }));
  const [d] = withCode(await c.pulled(uri), 13002);
  assert.match(String(d?.message), /not available on the Pro plan, according to the account context in account\.json/);
  await c.shutdown();
});

test('an edit to one open file re-lints the others, not itself: its own pull answers unchanged', async (t) => {
  const c = await start(t);
  const a = await c.open('a.spectrum.json', app('ssh.example.com'));
  const b = await c.open('b.spectrum.json', app('web.example.com'));
  const base = await settled(c);
  const idOf = (r: unknown) => (r as { resultId?: string }).resultId;
  const aBefore = idOf(await c.pull(a));
  // b now clashes with a. b is pulled at once; its index entry changing then asks every document again.
  await c.replace(b, 'web.example.com', 'ssh.example.com');
  const bReport = await c.pull(b);
  assert.equal(withCode((bReport as { items: Parameters<typeof withCode>[0] }).items, 'duplicate-hostname').length, 1, 'b sees a');
  await c.refreshed(base + 1);
  // b's findings read only the other files, which did not change: no second lint of b.
  assert.equal((await c.pull(b, idOf(bReport))).kind, 'unchanged');
  // a reads b, which changed: new diagnostics.
  const aAfter = await c.pull(a, aBefore);
  assert.equal(aAfter.kind, 'full');
  assert.equal(withCode((aAfter as { items: Parameters<typeof withCode>[0] }).items, 'duplicate-hostname').length, 1);
  await c.shutdown();
});

test('a configuration open alone, naming a context file that does not exist yet, is told so until the file appears', async (t) => {
  // Only the configuration names the file. When it appears the settings generation changes and the
  // configuration's options stay equal: its own problems depend on the file system, so it is checked again.
  const c = await start(t);
  const config = await c.open('spectrum-lint.config.json', pretty({ account: './later.json' }));
  const [missing] = await c.pulled(config);
  assert.match(String(missing?.message), /\.\/later\.json does not exist/);
  const base = await settled(c);
  const later = c.writeFile('later.json', pretty({ plan: 'pro' }));
  await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: later, type: 1 }] });
  await c.refreshed(base + 1);
  assert.deepEqual(await c.pulled(config), []);
  await c.shutdown();
});

test("a closed file that only the configuration's `files` makes a monitor counts, from the scan and after the configuration changes", async (t) => {
  const c = await start(t);
  mkdirSync(join(c.root, 'health'));
  mkdirSync(join(c.root, 'pools'));
  c.writeFile('account.json', pretty({ pulled_at: '2026-11-22T10:00:00Z', monitors: [{ id: 'm-old', type: 'http' }] }));
  // A TCP monitor with the API's defaults: nothing in it says "monitor" without the file association.
  c.writeFile('health/ssh.json', pretty({ id: 'm-new', type: 'tcp', port: 22 }));
  const config = c.writeFile('spectrum-lint.config.json', pretty({ account: './account.json' }));
  await rescan(c);
  const pool = await c.open('pools/eu.json', pretty({ name: 'eu', monitor: 'm-new', origins: [{ name: 'a', address: '192.0.2.1' }] }));
  assert.equal(withCode(await c.pulled(pool), 'unknown-monitor').length, 1, 'not a monitor without the association');

  const base = await settled(c);
  c.writeFile('spectrum-lint.config.json', pretty({ account: './account.json', files: { monitor: ['health/*.json'] } }));
  await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: config, type: 2 }] });
  // The closed monitor file counts once the configuration names it.
  await pulledUntil(c, pool, base, (ds) => withCode(ds, 'unknown-monitor').length === 0);

  await rescan(c);
  assert.deepEqual(withCode(await c.pulled(pool), 'unknown-monitor'), [], 'and so it does after a scan');

  const again = await settled(c);
  c.writeFile('spectrum-lint.config.json', pretty({ account: './account.json' }));
  await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: config, type: 2 }] });
  await pulledUntil(c, pool, again, (ds) => withCode(ds, 'unknown-monitor').length === 1);
  await c.shutdown();
});

test('the editor setting spectrumLint.files counts for closed files too', async (t) => {
  const c = await start(t);
  c.writeFile('account.json', pretty({ pulled_at: '2026-11-22T10:00:00Z', monitors: [{ id: 'm-old', type: 'http' }] }));
  c.writeFile('spectrum-lint.config.json', pretty({ account: './account.json' }));
  c.writeFile('ssh-check.json', pretty({ id: 'm-new', type: 'tcp', port: 22 }));
  await rescan(c);
  const pool = await c.open('eu.pool.json', pretty({ name: 'eu', monitor: 'm-new', origins: [{ name: 'a', address: '192.0.2.1' }] }));
  assert.equal(withCode(await c.pulled(pool), 'unknown-monitor').length, 1);
  const base = await settled(c);
  await c.configure({ files: { monitor: ['**/*-check.json'] } });
  await pulledUntil(c, pool, base, (ds) => withCode(ds, 'unknown-monitor').length === 0);
  await c.shutdown();
});
