import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, fixAll, lint } from '../../../../server/core';
import { applyFix, json, parses } from '../../../helpers';
import { crlfTabs, dns, fakeResolver } from './origin-fixtures';

/** The ids the origin rules report. */
const ORIGIN_IDS = new Set(['11000', '11001', '11002', '11041', '11042', '11043', '11045', 'origin-range-length', 'origin-port-without-origin-dns', 'origin-transport-mismatch']);
const VNET = 'f70ff985-a4ef-4643-bbbc-4a0ed4fc8415';

const FIXTURES = [
  { protocol: 'tcp/443', dns, origin_direct: ['tcp://2606:4700::1:443', 'udp://104.16.0.1:443', 'tcp://104.16.0.2', 'TCP://104.16.0.3:443', '104.16.0.4:443'] },
  { protocol: 'tcp/1000-1010', dns, origin_direct: ['tcp://104.16.0.1:2000-2001', 'tcp://104.16.0.2'], origin_port: 22 },
  { protocol: 'udp/53', dns, origin_dns: { name: '104.16.0.1', ttl: 60 } },
  { protocol: 'udp/53', dns, origin_dns: { name: 'dns.example.com', ttl: 599.5, type: 'A' } },
  { protocol: 'tcp/1000-1010', dns, origin_dns: { name: 'db.example.com' }, origin_port: '3000-3010', virtual_network_id: VNET },
  { protocol: 'tcp/1000-1001', dns, origin_direct: ['tcp://10.0.0.5:2000-2001', 'tcp://10.0.0.6:2000-2001'], virtual_network_id: VNET },
  { protocol: 'tcp/22', dns, origin_direct: [] },
  { protocol: 'tcp/22', dns, origin_direct: ['tcp://origin.example.com:22'] },
];
const env = fakeResolver({ 'db.example.com': ['10.0.0.7'], 'origin.example.com': ['104.16.0.9'] });

test('every fix of every origin finding removes it, adds no error and keeps the text valid (LF and CRLF/tabs)', async () => {
  let applied = 0;
  for (const app of FIXTURES) {
    for (const text of [json(app), crlfTabs(app)]) {
      for (const f of lint(text).findings) {
        if (!ORIGIN_IDS.has(f.id) || !f.fixes) continue;
        for (const fix of await f.fixes(env)) {
          applyFix(text, f.id, fix);
          applied++;
        }
      }
    }
  }
  assert.ok(applied >= 40, `only ${applied} fixes applied`);
});

test('fix-all applies the safe origin fixes and is idempotent', async () => {
  for (const app of FIXTURES) {
    for (const text of [json(app), crlfTabs(app)]) {
      const once = await fixAll(text, {}, env);
      const twice = await fixAll(once.text, {}, env);
      assert.equal(twice.text, once.text, `fix-all changed its own result:\n${once.text}`);
      assert.deepEqual(twice.applied, []);
    }
  }
  const text = json(FIXTURES[0]);
  const { text: fixed } = await fixAll(text, {}, env);
  // The ambiguous IPv6 (a choice between two readings) is left for the user; everything else is repaired.
  assert.deepEqual(JSON.parse(fixed).origin_direct, ['tcp://2606:4700::1:443', 'tcp://104.16.0.1:443', 'tcp://104.16.0.2:443', 'tcp://104.16.0.3:443', 'tcp://104.16.0.4:443']);
  assert.deepEqual(lint(fixed).findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.id), ['11002']);
});

test('one problem, one diagnostic: each document below has exactly one error or warning', () => {
  const cases: Array<[string, Record<string, unknown>]> = [
    ['11002', { protocol: 'tcp/22', dns, origin_direct: ['udp://2606:4700::1:1000-1010'] }],
    ['11002', { protocol: 'tcp/22', dns, origin_direct: ['udp://10.0.0.1'] }],
    ['11002', { protocol: 'tcp/22', dns, origin_direct: ['tcp://db.internal:3000-3001'], virtual_network_id: VNET }],
    ['11000', { protocol: 'tcp/22', dns, origin_direct: [], origin_port: 22 }],
    ['11001', { protocol: 'tcp/22', dns, origin_dns: { name: '10.0.0.1' } }],
    ['11041', { protocol: 'tcp/1000-1001', dns, origin_dns: { name: '10.0.0.1', ttl: 1 }, origin_port: 1, virtual_network_id: VNET }],
    ['11043', { protocol: 'tcp/1000-1001', dns, origin_direct: ['tcp://10.0.0.1:1-5'], virtual_network_id: VNET }],
    ['11045', { protocol: 'tcp/22', dns, origin_direct: ['tcp://10.0.0.1:22'], virtual_network_id: 'office-net' }],
    ['origin-range-length', { protocol: 'udp/22', dns, origin_direct: ['udp://104.16.0.1:1-5'], virtual_network_id: '' }],
    ['origin-transport-mismatch', { protocol: 'udp/53', dns, origin_direct: ['tcp://104.16.0.1:53'] }],
    ['private-origin-without-virtual-network', { protocol: 'tcp/22', dns, origin_direct: ['tcp://192.168.0.2:22'] }],
    ['tunnel-origin', { protocol: 'tcp/22', dns, origin_dns: { name: 'f70ff985-a4ef-4643-bbbc-4a0ed4fc8415.cfargotunnel.com' }, origin_port: 22 }],
    ['origin-port-without-origin-dns', { protocol: 'tcp/22', dns, origin_direct: ['tcp://104.16.0.1:22'], origin_port: 22 }],
  ];
  for (const [id, app] of cases) {
    const problems = lint(json(app)).findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.id);
    assert.deepEqual(problems, [id], JSON.stringify(app));
  }
});

/** Deterministic pseudo-random numbers (mulberry32), so the generated cases are the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('generated apps: every origin fix removes its finding, keeps the JSON valid and raises no error count', async () => {
  const next = random(2026);
  const pick = <T>(a: T[]): T => a[Math.floor(next() * a.length)];
  const protocols = ['tcp/22', 'udp/53', 'tcp/1000-1010', 'udp/5000-5001', 'tcp/x', 'tcp/65535'];
  const origins = ['tcp://104.16.0.1:22', 'udp://104.16.0.1:53', 'tcp://2606:4700::1:443', 'tcp://2606:4700::1', 'tcp://[2606:4700::1]', 'tcp://10.0.0.1:1000-1010',
    'tcp://10.0.0.1:2000-2001', 'TCP://104.16.0.3:22', '104.16.0.4', '104.16.0.4:22', 'tcp://h.example.com', 'tcp://h.example.com:22', 'tcp://<origin-ip>:22',
    'tcp://104.16.0.5:0', 'tcp://104.16.0.5:30-20', ' tcp://104.16.0.6:22', 'udp://[fd00::1]:53-54', 'http://104.16.0.7:80'];
  const names = ['origin.example.com', '10.0.0.1', '[fd00::1]', '104.16.0.8:22', 'origin.example.com:22', 'https://o.example.com/', ' o.example.com', 'bad..name', ''];
  const resolver = fakeResolver({ 'h.example.com': ['10.0.0.9', '2606:4700::9'], 'origin.example.com': ['10.0.0.10'], 'o.example.com': [] });
  const errors = (text: string) => lint(text).findings.filter((f) => f.severity === 'error');
  let checked = 0;
  for (let i = 0; i < 400; i++) {
    const app: Record<string, unknown> = { protocol: pick(protocols), dns };
    const shape = next();
    if (shape < 0.55) app.origin_direct = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(origins));
    else {
      const origin_dns: Record<string, unknown> = { name: pick(names) };
      if (next() < 0.5) origin_dns.ttl = pick([60, 600, 1200.5]);
      if (next() < 0.3) origin_dns.type = pick(['', 'A', 'SRV']);
      app.origin_dns = origin_dns;
    }
    if (next() < 0.4) app.origin_port = pick([22, '1000-1010', '3000-3001', 70000]);
    if (next() < 0.4) app.virtual_network_id = pick([VNET, 'office', '']);
    const text = next() < 0.5 ? json(app) : crlfTabs(app);
    const before = errors(text);
    for (const f of lint(text).findings) {
      if (!ORIGIN_IDS.has(f.id) || !f.fixes) continue;
      for (const fix of await f.fixes(resolver)) {
        const after = applyEdits(text, fix.edits);
        const where = `${fix.title} on ${JSON.stringify(app)}`;
        assert.ok(parses(after), `invalid JSON: ${where}`);
        const now = errors(after);
        const count = (list: typeof now, id: string) => list.filter((x) => x.id === id).length;
        assert.ok(lint(after).findings.filter((x) => x.id === f.id).length < lint(text).findings.filter((x) => x.id === f.id).length, `not removed: ${where}`);
        // A fix may move a finding that was already there (its pointer or message changes): count per id.
        if (fix.kind !== 'placeholder') {
          for (const id of new Set(now.map((x) => x.id))) assert.ok(id === f.id || count(now, id) <= count(before, id), `new ${id}: ${where}\n${after}`);
        }
        checked++;
      }
    }
  }
  assert.ok(checked > 500, `only ${checked} fixes checked`);
});
