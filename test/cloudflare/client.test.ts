import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CloudflareClient, CloudflareError, parseRetryAfter } from '../../server/cloudflare/client';
import { ACCOUNT, DATA, FakeCloudflareApi } from './fake-api';

const api = new FakeCloudflareApi(2);
const TOKEN = 'test-token-SECRET-123';
let sleeps: number[] = [];
const client = (extra: Partial<ConstructorParameters<typeof CloudflareClient>[0]> = {}) =>
  new CloudflareClient({ token: TOKEN, baseUrl: api.baseUrl, sleep: async (ms) => void sleeps.push(ms), ...extra });
const routes = `/accounts/${ACCOUNT}/teamnet/routes`;

before(() => api.start());
after(() => api.stop());

test('list follows result_info across pages', async () => {
  const before = api.requests.length;
  const items = await client().list(routes, {}, 1000);
  assert.deepEqual(items, DATA.routes);
  const pages = api.requests.slice(before).map((r) => new URL(r.url, 'http://x').searchParams.get('page'));
  assert.deepEqual(pages, ['1', '2', '3']);
});

test('429 waits for Retry-After, then retries', async () => {
  sleeps = [];
  api.fail('/teamnet/routes', { kind: 'rate-limit', retryAfter: '3' });
  const items = await client().list(routes);
  assert.equal(items.length, DATA.routes.length);
  assert.deepEqual(sleeps, [3000]);
});

test('5xx retries with exponential back-off and gives up after the last retry', async () => {
  sleeps = [];
  api.fail('/addressing/prefixes', { kind: 'server-error' }, { kind: 'server-error' });
  const env = await client({ backoffMs: 100 }).get(`/accounts/${ACCOUNT}/addressing/prefixes`);
  assert.deepEqual(env.result, DATA.prefixes);
  assert.deepEqual(sleeps, [100, 200]);
  api.fail('/addressing/prefixes', { kind: 'server-error' }, { kind: 'server-error' });
  await assert.rejects(client({ retries: 1 }).get(`/accounts/${ACCOUNT}/addressing/prefixes`), (e: CloudflareError) => e.kind === 'http' && e.status === 500);
});

test('malformed JSON fails at once, without retrying', async () => {
  sleeps = [];
  api.fail('/virtual_networks', { kind: 'malformed' });
  await assert.rejects(client().get(`/accounts/${ACCOUNT}/teamnet/virtual_networks`), (e: CloudflareError) => e.kind === 'malformed' && /not JSON/.test(e.message));
  assert.deepEqual(sleeps, []);
});

test('a slow answer times out (and is retried like a network failure)', async () => {
  sleeps = [];
  api.fail('/load_balancers/monitors', { kind: 'slow', ms: 2000 }, { kind: 'slow', ms: 2000 });
  await assert.rejects(client({ timeoutMs: 50, retries: 1 }).get(`/accounts/${ACCOUNT}/load_balancers/monitors`), (e: CloudflareError) => e.kind === 'timeout');
  assert.equal(sleeps.length, 1);
});

test('an error envelope gives its codes, and the catalog explains the ones it knows', async () => {
  api.fail('/load_balancers/pools', { kind: 'error-envelope', status: 400, code: 1002, message: 'interval is not in range [60, 3600]: validation failed' });
  await assert.rejects(client().get(`/accounts/${ACCOUNT}/load_balancers/pools`), (e: CloudflareError) => {
    assert.equal(e.kind, 'api');
    assert.deepEqual(e.errors, [{ code: 1002, message: 'interval is not in range [60, 3600]: validation failed' }]);
    assert.deepEqual(e.explainedIds, ['1002']);
    assert.ok(!e.message.includes(TOKEN));
    return true;
  });
});

test('the token goes in the Authorization header and nowhere else', () => {
  assert.ok(api.requests.length > 0);
  for (const r of api.requests) {
    assert.equal(r.headers.authorization, `Bearer ${TOKEN}`);
    assert.ok(!r.url.includes(TOKEN));
    for (const [k, v] of Object.entries(r.headers)) if (k !== 'authorization') assert.ok(!String(v).includes(TOKEN), k);
  }
});

test('Retry-After in seconds or as an HTTP date', () => {
  assert.equal(parseRetryAfter('2'), 2000);
  assert.equal(parseRetryAfter(null), undefined);
  assert.equal(parseRetryAfter('Sun, 22 Nov 2026 10:00:05 GMT', Date.parse('Sun, 22 Nov 2026 10:00:00 GMT')), 5000);
  assert.equal(parseRetryAfter('soon'), undefined);
});

test('the token is never sent over plain HTTP to another machine', () => {
  assert.throws(() => new CloudflareClient({ token: TOKEN, baseUrl: 'http://api.example.com/client/v4' }), /plain HTTP/);
  assert.throws(() => new CloudflareClient({ token: TOKEN, baseUrl: 'ftp://api.example.com' }), /must be https/);
  assert.doesNotThrow(() => new CloudflareClient({ token: TOKEN, baseUrl: 'http://127.0.0.1:8080/client/v4' }));
  assert.doesNotThrow(() => new CloudflareClient({ token: TOKEN, baseUrl: 'http://[::1]:8080' }));
  assert.doesNotThrow(() => new CloudflareClient({ token: TOKEN }));
});
