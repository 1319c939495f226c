import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { TestClient, withCode, type StartOptions } from './client';
import type { DocumentStatus } from '../../server/lsp/status-protocol';

const pretty = (v: unknown) => JSON.stringify(v, null, 2) + '\n';
const dns = (name: string) => ({ type: 'CNAME', name });
const app = (i: number) => ({ protocol: `tcp/${2000 + i}`, dns: dns(`app-${i}.example.com`), origin_direct: [`tcp://192.0.2.${i}:22`] });
const NETWORK = 'f70ff985-a4ef-4643-bbbc-4a0ed4fc8415';
/** A private origin in a virtual network: 11044 when the context knows the network and no route holds the IP. */
const PRIVATE = pretty({ protocol: 'tcp/5432', dns: dns('db.example.com'), origin_direct: ['tcp://10.0.0.5:5432'], virtual_network_id: NETWORK, traffic_type: 'direct' });
const CONTEXT = pretty({
  pulled_at: '2026-11-22T10:00:00Z',
  virtual_networks: [{ id: NETWORK, name: 'east', is_default_network: true, comment: '', created_at: '2019-10-12T07:20:50.52Z', deleted_at: null }],
  routes: [{ id: 'r1', network: '10.1.0.0/16', tunnel_name: 'east', virtual_network_id: NETWORK, deleted_at: null }],
});
const STATUS = 'spectrumLint/documentStatus';

async function start(t: TestContext, options: StartOptions = { pull: true }): Promise<{ c: TestClient; statuses: DocumentStatus[] }> {
  const c = await TestClient.start({ initializationOptions: { documentStatus: true }, ...options });
  t.after(() => {
    if (c.alive) c.kill();
  });
  return { c, statuses: c.notifications<DocumentStatus>(STATUS) };
}

/** The last status the server sent for a document version; it is sent before the diagnostics that lint made. */
function statusOf(statuses: DocumentStatus[], uri: string, version: number): DocumentStatus {
  const s = statuses.filter((x) => x.uri === uri && x.version === version).at(-1);
  assert.ok(s, `no ${STATUS} for ${uri} version ${version}: ${JSON.stringify(statuses)}`);
  return s;
}

test('documentStatus: the kind and count of what the lint found, per version, sent once per new status', async (t) => {
  const { c, statuses } = await start(t);
  const apps = await c.open('apps.json', pretty(Array.from({ length: 12 }, (_, i) => app(i + 1))));
  await c.pulled(apps);
  assert.deepEqual(
    { summary: statusOf(statuses, apps, 1).summary, kinds: statusOf(statuses, apps, 1).kinds, problems: statusOf(statuses, apps, 1).problems },
    { summary: 'Spectrum apps: 12', kinds: { 'spectrum-app': 12 }, problems: 0 },
  );
  // Asked again for the same version (hover, code actions): nothing new is sent.
  const before = statuses.length;
  await c.pulled(apps);
  await c.hover(apps, 10);
  assert.equal(statuses.length, before);

  const pool = await c.open('primary.json', pretty({ name: 'primary', origins: [{ name: 'a', address: '192.0.2.10', enabled: true }] }));
  await c.pulled(pool);
  assert.equal(statusOf(statuses, pool, 1).summary, 'Load Balancing pool');

  const other = await c.open('tsconfig.json', pretty({ compilerOptions: { strict: true } }));
  await c.pulled(other);
  assert.deepEqual(statusOf(statuses, other, 1).kinds, {});
  assert.equal(statusOf(statuses, other, 1).summary, 'not a Spectrum or LB document');

  const empty = await c.open('new.spectrum.json', '');
  await c.pulled(empty);
  assert.equal(statusOf(statuses, empty, 1).summary, 'Spectrum app file, empty');

  // An edit: the status of the new version says what it now holds.
  const v2 = await c.replace(other, '{', '[' + JSON.stringify(app(1)) + ', {');
  await c.replace(other, '}\n}', '}\n}]');
  await c.pulled(other);
  assert.equal(statusOf(statuses, other, v2 + 1).summary, 'Spectrum app');
  assert.equal(await c.shutdown(), 0);
});

test('documentStatus: a document above the size limit says it was not checked and why', async (t) => {
  const { c, statuses } = await start(t, { pull: true, settings: { maxFileSize: 1024 } });
  const uri = await c.open('big.spectrum.json', pretty(Array.from({ length: 40 }, (_, i) => app(i + 1))));
  await c.pulled(uri);
  const s = statusOf(statuses, uri, 1);
  assert.equal(s.summary, 'not checked');
  assert.match(s.skipped ?? '', /above the .* limit/);
  assert.equal(await c.shutdown(), 0);
});

test('a hand-written spectrum-lint.account.json at the workspace root is read without a configuration file', async (t) => {
  const { c, statuses } = await start(t);
  const path = join(c.root, 'spectrum-lint.account.json');
  c.writeFile('spectrum-lint.account.json', CONTEXT);
  const uri = await c.open('db.spectrum.json', PRIVATE);
  const [d] = withCode(await c.pulled(uri), 11044);
  assert.ok(d, 'expected 11044 from the default context file');
  assert.match(String(d.message), /pulled 2026-11-22 10:00 UTC/);
  const s = statusOf(statuses, uri, 1);
  assert.equal(s.context?.path, path);
  assert.match(s.context?.description ?? '', /^spectrum-lint\.account\.json, pulled 2026-11-22 10:00 UTC$/);
  assert.equal(await c.shutdown(), 0);
});

test('the default context file applies once it is created, and a contextFile setting takes its place', async (t) => {
  const { c, statuses } = await start(t);
  const uri = await c.open('db.spectrum.json', PRIVATE);
  assert.deepEqual(withCode(await c.pulled(uri), 11044), []);
  assert.equal(statusOf(statuses, uri, 1).context, undefined);

  const created = c.writeFile('spectrum-lint.account.json', CONTEXT);
  const refreshes = c.refreshes;
  await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: created, type: 1 }] });
  await c.refreshed(refreshes + 1);
  assert.equal(withCode(await c.pulled(uri), 11044).length, 1);
  assert.equal(statuses.at(-1)?.context?.path, join(c.root, 'spectrum-lint.account.json'));

  // The setting names another file (here one that routes the origin): that one is used instead.
  c.writeFile('other.account.json', CONTEXT.replace('10.1.0.0/16', '10.0.0.0/16'));
  const again = c.refreshes;
  await c.configure({ contextFile: 'other.account.json' });
  await c.refreshed(again + 1);
  assert.deepEqual(withCode(await c.pulled(uri), 11044), []);
  assert.equal(statuses.at(-1)?.context?.path, join(c.root, 'other.account.json'));
  assert.equal(pathToFileURL(statuses.at(-1)!.context!.path!).href, c.uri('other.account.json'));
  assert.equal(await c.shutdown(), 0);
});

test('documentStatus is sent only to a client that asks for it', async (t) => {
  const { c, statuses } = await start(t, { pull: true, initializationOptions: { workspaceTrusted: true } });
  const uri = await c.open('apps.json', pretty([app(1), app(2)]));
  assert.equal((await c.pulled(uri)).length, 0);
  assert.deepEqual(statuses, []);
  assert.equal(await c.shutdown(), 0);
});
