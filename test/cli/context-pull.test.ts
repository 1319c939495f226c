import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { runCli } from '../../server/cli/run';
import type { CliIo } from '../../server/cli/io';
import { validateAccount } from '../../server/core/context';
import { lint } from '../../server/core';
import { ACCOUNT, DATA, FakeCloudflareApi, ZONE, ZONE2, ZONE3 } from '../cloudflare/fake-api';

const TOKEN = 'test-token-SECRET-123';
const api = new FakeCloudflareApi(2);
const realFetch = globalThis.fetch;
const fetched: string[] = [];

before(async () => {
  await api.start();
  // Every request of the pull must go to the fake API; record them to prove it.
  globalThis.fetch = ((input: string | URL | Request, init?: RequestInit) => {
    fetched.push(String(input instanceof Request ? input.url : input));
    return realFetch(input, init);
  }) as typeof fetch;
});
after(async () => {
  globalThis.fetch = realFetch;
  await api.stop();
});

function io(cwd: string, env: Record<string, string> = { CLOUDFLARE_API_TOKEN: TOKEN }) {
  const out = { stdout: '', stderr: '' };
  const cli: CliIo = { stdout: { write: (t: string) => (out.stdout += t) }, stderr: { write: (t: string) => (out.stderr += t) }, env, cwd };
  return { cli, out };
}

const pull = (cwd: string, extra: string[] = [], env?: Record<string, string>) => {
  const { cli, out } = io(cwd, env);
  return runCli(['context', 'pull', '--account', ACCOUNT, '--zone', ZONE, '--base-url', api.baseUrl, ...extra], cli).then((code) => ({ code, ...out }));
};

test('context pull writes the whole context, paginating routes and apps, with progress on stderr', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sl-pull-'));
  const r = await pull(dir);
  assert.equal(r.code, 0, r.stderr);
  const written = readFileSync(join(dir, 'spectrum-lint.account.json'), 'utf8');
  const ctx = JSON.parse(written);
  assert.deepEqual(ctx.routes, DATA.routes);
  assert.deepEqual(ctx.spectrum_apps.map((a: { id: string }) => a.id), ['a1', 'a2', 'a3']);
  assert.ok(ctx.spectrum_apps.every((a: { zone_id: string }) => a.zone_id === ZONE));
  assert.deepEqual(ctx.zone, { name: 'example.com', id: ZONE });
  assert.deepEqual(ctx.zones, [{ name: 'example.net', id: ZONE2 }, { name: 'example.org', id: ZONE3 }]);
  assert.equal(ctx.plan, 'enterprise');
  assert.equal(ctx.account_id, ACCOUNT);
  assert.ok(!Number.isNaN(Date.parse(ctx.pulled_at)));
  // The written file is a valid account context.
  assert.deepEqual(validateAccount(ctx, { kind: 'file', path: 'x' }).problems, []);
  assert.match(r.stderr, /Pulling account context from 127\.0\.0\.1:\d+: routes \(4\/8\)/);
  assert.match(r.stdout, /Wrote spectrum-lint\.account\.json\./);

  // The token went to the fake API only, in the Authorization header only, and is nowhere in the output.
  assert.ok(fetched.length > 0 && fetched.every((u) => u.startsWith(api.baseUrl)), fetched.join('\n'));
  for (const req of api.requests) {
    assert.equal(req.headers.authorization, `Bearer ${TOKEN}`);
    assert.ok(!req.url.includes(TOKEN));
  }
  for (const text of [written, r.stdout, r.stderr]) assert.ok(!text.includes(TOKEN));
});

test('context pull keeps what the API cannot know from an existing file and survives 429, 500 and retries', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sl-pull-'));
  writeFileSync(join(dir, 'ctx.json'), JSON.stringify({ spectrum: 'payg', entitlements: ['byoip'], quotas: { ipv4: 2 }, routes: [] }));
  api.fail('/teamnet/routes', { kind: 'rate-limit', retryAfter: '1' });
  api.fail('/spectrum/apps', { kind: 'server-error' });
  const r = await pull(dir, ['--out', 'ctx.json']);
  assert.equal(r.code, 0, r.stderr);
  const ctx = JSON.parse(readFileSync(join(dir, 'ctx.json'), 'utf8'));
  assert.equal(ctx.spectrum, 'payg');
  assert.deepEqual(ctx.entitlements, ['byoip']);
  assert.deepEqual(ctx.quotas, { ipv4: 2 });
  assert.equal(ctx.routes.length, DATA.routes.length);
  assert.match(r.stderr, /retrying GET \/accounts\/[0-9a-f]+\/teamnet\/routes in 1\.0 s \(HTTP 429/);
  assert.match(r.stderr, /retrying GET \/zones\/[0-9a-f]+\/spectrum\/apps in 0\.5 s \(HTTP 500/);
});

test('--other-zone pulls the applications of another zone, tagged with its id (its name is in zones), so cross-zone checks work', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sl-pull-'));
  const r = await pull(dir, ['--other-zone', ZONE2]);
  assert.equal(r.code, 0, r.stderr);
  const ctx = JSON.parse(readFileSync(join(dir, 'spectrum-lint.account.json'), 'utf8'));
  const other = ctx.spectrum_apps.filter((a: { zone_id: string }) => a.zone_id === ZONE2);
  assert.deepEqual(other.map((a: { id: string }) => a.id), ['b1']);
  // The zone name is written once, in `zones`, not copied into every application.
  assert.ok(ctx.spectrum_apps.every((a: Record<string, unknown>) => !('zone_name' in a)));
  const { context } = validateAccount(ctx, { kind: 'file', path: join(dir, 'spectrum-lint.account.json') });
  const text = JSON.stringify({ protocol: 'tcp/2222', dns: { type: 'ADDRESS', name: 'new.example.com' }, edge_ips: { type: 'static', ips: ['203.0.113.9'] }, origin_direct: ['tcp://192.0.2.1:2222'] });
  const found = lint(text, { account: context }).findings;
  const f11033 = found.find((f) => f.id === '11033');
  assert.ok(f11033, found.map((f) => f.id).join());
  assert.match(f11033.message, /example\.net/);
});

test('failed parts are left out, explained with the catalog, and the exit code says so', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sl-pull-'));
  api.fail('/addressing/prefixes', { kind: 'error-envelope', status: 404, code: 7003, message: 'No route for the URI' });
  api.fail('/load_balancers/monitors', { kind: 'malformed' });
  api.fail('/load_balancers/pools', { kind: 'slow', ms: 3000 });
  const r = await pull(dir, ['--timeout', '100', '--retries', '0']);
  assert.equal(r.code, 1);
  const ctx = JSON.parse(readFileSync(join(dir, 'spectrum-lint.account.json'), 'utf8'));
  assert.equal(ctx.prefixes, undefined);
  assert.equal(ctx.monitors, undefined);
  assert.equal(ctx.pools, undefined);
  assert.ok(ctx.routes);
  assert.match(r.stderr, /failed  prefixes: GET \/accounts\/\w+\/addressing\/prefixes failed: 7003 No route for the URI/);
  assert.match(r.stderr, /7003: No route for the URI[\s\S]*Resolution:/);
  assert.match(r.stderr, /failed  monitors: .*not JSON/);
  assert.match(r.stderr, /failed  pools: .*no answer within 100 ms/);
  assert.match(r.stdout, /without prefixes, monitors, pools/);
});

test('a rejected token writes nothing; a missing token or missing ids is a usage error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sl-pull-'));
  const bad = await pull(dir, [], { CLOUDFLARE_API_TOKEN: 'wrong-token' });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /10000 Authentication error/);
  assert.match(bad.stderr, /was not written/);
  assert.ok(!bad.stderr.includes('wrong-token'));
  assert.equal((await pull(dir, [], {})).code, 2);
  const { cli, out } = io(dir);
  assert.equal(await runCli(['context', 'pull', '--zone', ZONE], cli), 2);
  assert.match(out.stderr, /needs --account/);
  assert.equal(await runCli(['context', 'pull', '--account', ACCOUNT, '--zone', ZONE, '--base-url', 'http://api.example.com/client/v4'], cli), 2);
  assert.match(out.stderr, /plain HTTP/);
  assert.equal(api.requests.filter((r) => r.headers.authorization === 'Bearer wrong-token').length, 8);
});

test('a token with a line break is refused before any request and never printed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sl-pull-'));
  const before = api.requests.length;
  const r = await pull(dir, [], { CLOUDFLARE_API_TOKEN: `${TOKEN}\nsecond-line-of-the-file` });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /CLOUDFLARE_API_TOKEN: The API token holds a line break/);
  assert.ok(!r.stderr.includes(TOKEN) && !r.stdout.includes(TOKEN));
  assert.equal(api.requests.length, before);
});

test('ids that are not Cloudflare ids are usage errors (nothing like `..` reaches a URL)', async () => {
  const { cli, out } = io(mkdtempSync(join(tmpdir(), 'sl-pull-')));
  const before = api.requests.length;
  assert.equal(await runCli(['context', 'pull', '--account', '..', '--zone', ZONE, '--base-url', api.baseUrl], cli), 2);
  assert.match(out.stderr, /--account must be a Cloudflare id/);
  assert.equal(await runCli(['context', 'pull', '--account', ACCOUNT, '--zone', ZONE, '--base-url', 'http://127.0.0.1.nip.io/client/v4'], cli), 2);
  assert.match(out.stderr, /plain HTTP/);
  assert.equal(api.requests.length, before);
});

test('control characters of an API error message are escaped on the terminal', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sl-pull-'));
  api.fail('/addressing/prefixes', { kind: 'error-envelope', status: 400, code: 1000, message: 'bad\u001b]0;owned\u0007\u001b[2Jthing' });
  const r = await pull(dir);
  assert.equal(r.code, 1);
  assert.ok(!/[\u0000-\u0009\u000b-\u001f]/.test(r.stderr), JSON.stringify(r.stderr));
  assert.match(r.stderr, /bad\\u001b\]0;owned/);
});

test('Retry-After: 3600 on every endpoint: the pull ends within its deadline and says why', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sl-pull-'));
  for (const path of ['/zones/' + ZONE, '/zones', '/virtual_networks', '/teamnet/routes', '/addressing/prefixes', '/spectrum/apps', '/monitors', '/pools']) {
    api.fail(path, { kind: 'rate-limit', retryAfter: '3600' });
  }
  const r = await pull(dir, ['--deadline', '20000']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /gave up \(HTTP 429, the API asks to wait \(Retry-After\)\): the next try, in 60\.0 s, would pass the 20 s limit for the whole pull/);
  assert.match(r.stderr, /nothing could be fetched/);
});
