import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { baseUrlProblem, CloudflareClient, CloudflareError, tokenProblem } from '../../server/cloudflare/client';
import { idProblem, pullAccountContext } from '../../server/cloudflare/pull';
import { ACCOUNT, FakeCloudflareApi, ZONE } from './fake-api';

// The fake API misbehaving in every way a hostile or broken server can: each fault ends in a clear
// CloudflareError, within the time limit, with the token in no message. A test that would hang
// without the fix fails on its own timeout instead.

const api = new FakeCloudflareApi(2);
const TOKEN = 'test-token-SECRET-123';
const HANG = { timeout: 20_000 };
const client = (extra: Partial<ConstructorParameters<typeof CloudflareClient>[0]> = {}) =>
  new CloudflareClient({ token: TOKEN, baseUrl: api.baseUrl, sleep: async () => undefined, ...extra });
const routes = `/accounts/${ACCOUNT}/teamnet/routes`;
const monitors = `/accounts/${ACCOUNT}/load_balancers/monitors`;
/** Faults this file sends, counted for the project's figures. */
let faults = 0;

before(() => api.start());
after(() => api.stop());

async function failsWith(promise: Promise<unknown>, kind: string, pattern: RegExp): Promise<CloudflareError> {
  faults++;
  let caught: unknown;
  try {
    await promise;
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof CloudflareError, `expected a CloudflareError, got ${String(caught)}`);
  assert.equal(caught.kind, kind, caught.message);
  assert.match(caught.message, pattern);
  assert.ok(!caught.message.includes(TOKEN));
  return caught;
}

test('plain HTTP only to loopback IP literals and localhost: look-alike names need https', () => {
  for (const bad of ['http://127.attacker.example/client/v4', 'http://127.0.0.1.nip.io/client/v4', 'http://localhost.attacker.example', 'http://10.0.0.1', 'http://[::ffff:7f00:1]', 'http://[fe80::1]', 'http://0.0.0.0']) {
    assert.match(baseUrlProblem(bad) ?? '', /plain HTTP/, bad);
  }
  for (const good of ['http://127.0.0.1:8080/client/v4', 'http://127.1.2.3', 'http://[::1]:8080', 'http://localhost:9999', 'https://api.cloudflare.com/client/v4', 'https://127.attacker.example']) {
    assert.equal(baseUrlProblem(good), undefined, good);
  }
  assert.match(baseUrlProblem('http://user:pw@127.0.0.1') ?? '', /user name or password/);
  assert.throws(() => new CloudflareClient({ token: TOKEN, baseUrl: 'http://127.0.0.1.nip.io/client/v4' }), /plain HTTP/);
});

test('a token with a line break, a space, a control or non-ASCII character is refused before any request, and never quoted', () => {
  for (const bad of [`${TOKEN}\nsecond-line`, `${TOKEN} x`, `${TOKEN}\u0000`, `${TOKEN}é`, '']) {
    const problem = tokenProblem(bad);
    assert.ok(problem, JSON.stringify(bad));
    assert.ok(!problem.includes(TOKEN));
    assert.throws(() => new CloudflareClient({ token: bad, baseUrl: api.baseUrl }), (e: Error) => !e.message.includes(TOKEN));
  }
  assert.equal(tokenProblem(TOKEN), undefined);
});

test('account and zone ids are Cloudflare ids: nothing else reaches a URL path', async () => {
  assert.equal(idProblem(ACCOUNT, 'x'), undefined);
  for (const bad of ['..', '../../zones', 'a/b', ACCOUNT + '0', '']) assert.ok(idProblem(bad, '--account'), bad);
  const before = api.requests.length;
  await assert.rejects(pullAccountContext({ client: client(), accountId: '..', zoneId: ZONE }), /32 hexadecimal/);
  assert.equal(api.requests.length, before);
});

for (const status of [301, 302, 303, 307, 308]) {
  test(`a ${status} redirect is an error, not followed: the token goes nowhere else`, async () => {
    const before = api.requests.length;
    api.fail('/load_balancers/monitors', { kind: 'redirect', status, location: `${api.baseUrl}/elsewhere` });
    await failsWith(client().get(monitors), 'http', new RegExp(`redirect \\(HTTP ${status}\\)`));
    assert.equal(api.requests.length, before + 1);
  });
}

const REFUSALS: Array<[number, number, string]> = [
  [401, 10000, 'Authentication error'],
  [403, 9109, 'Unauthorized to access requested resource'],
];
for (const [status, code, message] of REFUSALS) {
  test(`HTTP ${status} fails at once with the API's code`, async () => {
    api.fail('/load_balancers/monitors', { kind: 'error-envelope', status, code, message });
    const before = api.requests.length;
    await failsWith(client().get(monitors), 'api', new RegExp(`${code} ${message}`));
    assert.equal(api.requests.length, before + 1);
  });
}

test('429 and 500 are retried, and give up after the last retry', async () => {
  api.fail('/load_balancers/monitors', { kind: 'rate-limit', retryAfter: '1' }, { kind: 'rate-limit', retryAfter: '1' });
  await failsWith(client({ retries: 1 }).get(monitors), 'api', /971 Please wait/);
  api.fail('/load_balancers/monitors', { kind: 'server-error' }, { kind: 'server-error' });
  await failsWith(client({ retries: 1 }).get(monitors), 'http', /HTTP 500/);
});

test('Retry-After: 3600 does not outlast the deadline of the whole pull; each wait says what it waits for', async () => {
  const notices: string[] = [];
  api.fail('/load_balancers/monitors', { kind: 'rate-limit', retryAfter: '3600' });
  const c = client({ deadlineMs: 30_000, maxDelayMs: 3_600_000, onRetry: (n) => notices.push(n.reason) });
  await failsWith(c.get(monitors), 'deadline', /would pass the 30 s limit for the whole pull/);
  assert.equal(notices.length, 0);
  // A wait within the deadline is announced with its reason.
  api.fail('/load_balancers/monitors', { kind: 'rate-limit', retryAfter: '2' });
  await client({ onRetry: (n) => notices.push(n.reason) }).get(monitors);
  assert.deepEqual(notices, ['HTTP 429, the API asks to wait (Retry-After)']);
});

test('once the deadline has passed, no request is sent', HANG, async () => {
  const c = client({ deadlineMs: 150, timeoutMs: 10_000, retries: 0 });
  api.fail('/load_balancers/monitors', { kind: 'slow', ms: 5_000 });
  await failsWith(c.get(monitors), 'timeout', /no answer within 1\d\d ms/);
  const before = api.requests.length;
  await failsWith(c.get(monitors), 'deadline', /limit for the whole pull has passed/);
  assert.equal(api.requests.length, before);
});

test('an endless body is cut at the timeout, even one that trickles (Node 20 fetch ignores aborts while reading it)', HANG, async () => {
  api.fail('/teamnet/routes', { kind: 'endless', pauseMs: 5 });
  await failsWith(client({ timeoutMs: 300, retries: 0 }).get(routes), 'timeout', /no answer within 300 ms/);
});

test('an endless fast body stops at the size cap', HANG, async () => {
  api.fail('/teamnet/routes', { kind: 'endless', pauseMs: 0 });
  await failsWith(client({ timeoutMs: 15_000, retries: 0, maxResponseBytes: 2 * 1048576 }).get(routes), 'too-large', /larger than 2 MB; it was not read/);
});

test('a huge body is refused: by its Content-Length before reading, or while streaming without one', HANG, async () => {
  api.fail('/teamnet/routes', { kind: 'huge', bytes: 3 * 1048576, declared: true });
  await failsWith(client({ retries: 0, maxResponseBytes: 1048576 }).get(routes), 'too-large', /larger than 1 MB/);
  api.fail('/teamnet/routes', { kind: 'huge', bytes: 3 * 1048576, declared: false });
  await failsWith(client({ retries: 0, maxResponseBytes: 1048576 }).get(routes), 'too-large', /larger than 1 MB/);
  // Below the cap it is read whole.
  api.fail('/teamnet/routes', { kind: 'huge', bytes: 500_000, declared: false });
  const env = await client({ retries: 0, maxResponseBytes: 1048576 }).get<unknown[]>(routes);
  assert.ok(env.result.length > 10_000);
});

test('a connection reset is a network error, retried, and named by its code only', HANG, async () => {
  api.fail('/load_balancers/monitors', { kind: 'reset' }, { kind: 'reset' });
  const e = await failsWith(client({ retries: 1 }).get(monitors), 'network', /GET \/accounts\/\w+\/load_balancers\/monitors: \w+/);
  assert.ok(!/Bearer|Authorization/i.test(e.message));
});

test('more than 1,000 pages are all pulled, not cut at 1,000', HANG, async () => {
  api.routes = Array.from({ length: 2_100 }, (_, i) => ({ id: `r${i}`, network: `10.${i >> 8}.${i & 255}.0/24` }));
  try {
    const before = api.requests.length;
    const items = await client().list(routes, {}, 1000);
    assert.equal(items.length, 2_100);
    assert.equal(api.requests.length - before, 1_050);
    faults++;
  } finally {
    api.routes = (await import('./fake-api')).DATA.routes;
  }
});

test('a list that never ends, or an empty page before the announced last, fails instead of being written in part', HANG, async () => {
  api.endlessPages = true;
  try {
    await failsWith(client({ maxPages: 40 }).list(routes, {}, 1000), 'malformed', /more than 40 pages; it was not pulled rather than pulled in part/);
  } finally {
    api.endlessPages = false;
  }
  api.emptyLaterPages = true;
  try {
    await failsWith(client().list(routes, {}, 1000), 'malformed', /page 2 of 3 is empty/);
  } finally {
    api.emptyLaterPages = false;
  }
});

test('a zone name that is no DNS name (1 MB long) fails its part; nothing copies it into every application', HANG, async () => {
  api.fail(`/zones/${ZONE}`, { kind: 'long-zone-name', length: 1_000_000 });
  const { parts, context } = await pullAccountContext({ client: client(), accountId: ACCOUNT, zoneId: ZONE });
  faults++;
  const zone = parts.find((p) => p.part === 'zone')!;
  assert.equal(zone.ok, false);
  assert.match(zone.error!.message, /not a DNS name/);
  assert.ok(JSON.stringify(context).length < 10_000);
});


test('an error whose text quotes the Authorization header never reaches a message', async () => {
  const leaky = (async () => {
    throw new TypeError(`Headers.append: "Bearer ${TOKEN}" is an invalid header value.`);
  }) as unknown as typeof fetch;
  await failsWith(client({ fetch: leaky, retries: 0 }).get(monitors), 'network', /GET \/accounts\/\w+\/load_balancers\/monitors: TypeError$/);
});

test('figures: API faults run by this file', () => {
  assert.ok(faults >= 20, String(faults));
  process.stdout.write(`# cloudflare faults: ${faults}\n`);
});
