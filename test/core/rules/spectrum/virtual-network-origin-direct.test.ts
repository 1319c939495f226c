import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesFor, fixesOf, flagged, json, only, expectClean, expectFindings } from '../../../helpers';
import { assertCrlfTabs, assertOnlyChanged, crlfTabs, dns, fakeResolver, problemIds, spanOf, linesOf } from './origin-fixtures';

const VNET = 'f70ff985-a4ef-4643-bbbc-4a0ed4fc8415';
const app = (extra: Record<string, unknown> = {}) =>
  json({ protocol: 'tcp/22', dns, origin_dns: { name: 'db.internal.example.com', ttl: 1200 }, origin_port: 2222, virtual_network_id: VNET, ...extra });

test('11041 stays quiet without a virtual network, with origin_direct, and with an empty id', () => {
  expectClean(json({ protocol: 'tcp/22', dns, origin_dns: { name: 'o.example.com' }, origin_port: 22 }));
  expectClean(json({ protocol: 'tcp/22', dns, origin_direct: ['tcp://10.0.0.5:22'], virtual_network_id: VNET }));
  expectClean(app({ virtual_network_id: '' }));
});

test('11041 fires once, on the origin_dns key, relating virtual_network_id; not alongside 11000', () => {
  const text = app();
  const f = only(text, '11041');
  assert.equal(flagged(text, f), '"origin_dns"');
  assert.equal(f.related?.length, 1);
  assert.deepEqual(problemIds(text), ['11041']);
  expectFindings(app({ origin_direct: ['tcp://10.0.0.5:22'] }), [['11000', '"origin_direct"']]);
});

test('11041 alone: nothing inside origin_dns is reported, as the swap replaces it (an origin_port range is 11043 as well)', () => {
  for (const origin_dns of [{ name: '10.0.0.5', ttl: 60 }, { name: 'f70ff985-a4ef-4643-bbbc-4a0ed4fc8415.cfargotunnel.com', type: 'A' }, { ttl: 1 }]) {
    const text = json({ protocol: 'tcp/1000-1001', dns, origin_dns, origin_port: '3000-3001', virtual_network_id: VNET });
    assert.deepEqual(problemIds(text), ['11041', '11043'], JSON.stringify(origin_dns));
  }
  const noPort = json({ protocol: 'tcp/22', dns, origin_dns: { name: 'db.example.com', type: 'A' }, virtual_network_id: VNET });
  assert.deepEqual(problemIds(noPort), ['11041']);
});

test('11041 fix: one choice per resolved address, with the transport of protocol and the port of origin_port', async () => {
  const text = app({ protocol: 'udp/53' });
  const env = fakeResolver({ 'db.internal.example.com': ['10.0.0.5', 'fd00::5'] });
  const fixes = await fixesOf(text, '11041', {}, env);
  assert.deepEqual(fixes.map((f) => [f.title, f.kind]), [
    ['Replace origin_dns with origin_direct ["udp://10.0.0.5:2222"] (db.internal.example.com resolves to it)', 'choice'],
    ['Replace origin_dns with origin_direct ["udp://[fd00::5]:2222"] (db.internal.example.com resolves to it)', 'choice'],
  ]);
  const fixed = JSON.parse(applyFix(text, '11041', fixes[1]));
  assert.deepEqual(fixed, { protocol: 'udp/53', dns, origin_direct: ['udp://[fd00::5]:2222'], virtual_network_id: VNET });
});

test('11041 fix: the port comes from protocol without origin_port, and a range shrinks to its first port', async () => {
  const env = fakeResolver({ 'db.internal.example.com': ['10.0.0.5'] });
  const noPort = json({ protocol: 'tcp/22', dns, origin_dns: { name: 'db.internal.example.com' }, virtual_network_id: VNET });
  const [a] = await fixesOf(noPort, '11041', {}, env);
  assert.deepEqual(JSON.parse(applyFix(noPort, '11041', a)).origin_direct, ['tcp://10.0.0.5:22']);
  // The range in origin_port is 11043 as well: a virtual network origin takes one port.
  const range = app({ protocol: 'tcp/1000-1010', origin_port: '3000-3010' });
  const [dnsOrigin] = expectFindings(range, [['11041', '"origin_dns"'], ['11043', '"3000-3010"']]);
  const [b] = await fixesFor(dnsOrigin, env);
  assert.deepEqual(JSON.parse(applyFix(range, '11041', b)).origin_direct, ['tcp://10.0.0.5:3000']);
});

test('11041 fix: nothing resolves (or no resolver): a placeholder swap that 11002 flags until edited', async () => {
  for (const env of [fakeResolver({}), {}, fakeResolver({ 'db.internal.example.com': [] })]) {
    const text = app();
    const [fix, ...rest] = await fixesOf(text, '11041', {}, env);
    assert.equal(rest.length, 0);
    assert.equal(fix.kind, 'placeholder');
    assert.equal(fix.title, 'Replace origin_dns with origin_direct ["tcp://<origin-ip>:2222"] (edit the IP)');
    const after = applyFix(text, '11041', fix);
    assert.match(only(after, '11002').message, /placeholder <origin-ip>/);
  }
});

test('11041 fix: an IP literal as the name needs no resolver and is safe', async () => {
  const text = app({ origin_dns: { name: '10.0.0.5' } });
  const fixes = await fixesOf(text, '11041');
  assert.deepEqual(fixes.map((f) => [f.title, f.kind]), [['Replace origin_dns with origin_direct ["tcp://10.0.0.5:2222"]', 'safe']]);
  applyFix(text, '11041', fixes[0]);
});

test('11041 fix keeps CRLF, tabs and the lines of other fields', async () => {
  const text = crlfTabs({ protocol: 'tcp/22', dns, origin_dns: { name: 'db.internal.example.com' }, origin_port: 22, virtual_network_id: VNET, tls: 'off' });
  const [fix] = await fixesOf(text, '11041', {}, fakeResolver({ 'db.internal.example.com': ['10.0.0.5'] }));
  const after = applyFix(text, '11041', fix);
  assertCrlfTabs(after);
  const [from] = spanOf(text, '\t"origin_dns"');
  const [, to] = linesOf(text, ...spanOf(text, '"origin_port": 22'));
  assertOnlyChanged(text, after, from, to);
});

test('11041 fix keeps JSONC comments outside the replaced fields', async () => {
  const text = [
    '{',
    '  "protocol": "tcp/22", // ssh',
    '  "dns": { "type": "CNAME", "name": "ssh.example.com" },',
    '  /* private origin */',
    '  "origin_dns": { "name": "db.internal.example.com" },',
    '  "origin_port": 22,',
    `  "virtual_network_id": "${VNET}" // office network`,
    '}',
  ].join('\n');
  const [fix] = await fixesOf(text, '11041', {}, fakeResolver({ 'db.internal.example.com': ['10.0.0.5'] }));
  const after = applyFix(text, '11041', fix);
  assert.equal(
    after,
    [
      '{',
      '  "protocol": "tcp/22", // ssh',
      '  "dns": { "type": "CNAME", "name": "ssh.example.com" },',
      '  /* private origin */',
      '  "origin_direct": [',
      '    "tcp://10.0.0.5:22"',
      '  ],',
      `  "virtual_network_id": "${VNET}" // office network`,
      '}',
    ].join('\n'),
  );
});
