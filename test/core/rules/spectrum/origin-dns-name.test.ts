import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, json, only, expectClean, expectFindings, fixesFor } from '../../../helpers';
import { assertCrlfTabs, assertOnlyChanged, crlfTabs, dns, problemIds, IP4, IP6, linesOf, spanOf } from './origin-fixtures';

const app = (name: unknown, extra: Record<string, unknown> = { origin_port: 22 }) => json({ protocol: 'tcp/22', dns, origin_dns: { name, ttl: 1200 }, ...extra });

test('11001 (name) stays quiet on hostnames', () => {
  for (const name of ['origin.example.com', 'origin.example.com.', 'a_b.example.com']) expectClean(app(name));
});

test('11001 (name) fires on invalid hostnames, empty names, a missing name; not on wrong types', () => {
  for (const name of ['origin..example.com', '-bad.example.com', 'https://origin.example.com', '']) {
    const text = app(name);
    assert.equal(flagged(text, only(text, '11001')), JSON.stringify(name), name);
  }
  const missing = json({ protocol: 'tcp/22', dns, origin_dns: { ttl: 1200 }, origin_port: 22 });
  assert.equal(flagged(missing, only(missing, '11001')), '"origin_dns"');
  expectFindings(app(42), [['wrong-type', '42']]);
});

test('11001 (name) on an IP moves it to origin_direct, with the port of origin_port, removing origin_port', async () => {
  const text = app(IP4, { origin_port: 2222 });
  const f = only(text, '11001');
  assert.equal(flagged(text, f), `"${IP4}"`);
  assert.deepEqual(problemIds(text), ['11001']);
  const [move] = await fixesOf(text, '11001');
  assert.equal(move.title, `Move ${IP4} to origin_direct ("tcp://${IP4}:2222")`);
  assert.equal(move.kind, 'safe');
  assert.deepEqual(JSON.parse(applyFix(text, '11001', move)), { protocol: 'tcp/22', dns, origin_direct: [`tcp://${IP4}:2222`] });
});

test('11001 (name) moves bracketed and port-carrying IPs; the protocol gives transport and port', async () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    [`[${IP6}]`, {}, `udp://[${IP6}]:53`],
    [IP6, {}, `udp://[${IP6}]:53`],
    [`${IP4}:5353`, {}, `udp://${IP4}:5353`],
    [`tcp://${IP4}:53`, {}, `udp://${IP4}:53`],
  ];
  for (const [name, extra, origin] of cases) {
    const text = json({ protocol: 'udp/53', dns, origin_dns: { name }, ...extra });
    const fixes = await fixesOf(text, '11001');
    const move = fixes.find((x) => x.title.startsWith('Move'));
    assert.ok(move, name);
    assert.deepEqual(JSON.parse(applyFix(text, '11001', move)).origin_direct, [origin], name);
  }
});

test('11001 (name) offers no move when origin_direct already exists (11000 decides)', async () => {
  const text = json({ protocol: 'tcp/22', dns, origin_direct: [`tcp://${IP4}:22`], origin_dns: { name: IP4 } });
  const [, f] = expectFindings(text, [['11000', '"origin_dns"'], ['11001', `"${IP4}"`]]);
  assert.deepEqual(await fixesFor(f), []);
});

test('11001 (name) trims blanks around a hostname', async () => {
  const text = app(' origin.example.com ');
  const [fix] = await fixesOf(text, '11001');
  assert.equal(fix.kind, 'safe');
  assert.equal(JSON.parse(applyFix(text, '11001', fix)).origin_dns.name, 'origin.example.com');
});

test('11001 (name) move keeps CRLF, tabs and the lines of other fields', async () => {
  const text = crlfTabs({ protocol: 'tcp/22', dns, origin_dns: { name: IP4, ttl: 1200 }, origin_port: 22, proxy_protocol: 'off' });
  const [move] = await fixesOf(text, '11001');
  const after = applyFix(text, '11001', move);
  assertCrlfTabs(after);
  const [from] = spanOf(text, '\t"origin_dns"');
  const [, to] = linesOf(text, ...spanOf(text, '"origin_port": 22'));
  assertOnlyChanged(text, after, from, to);
  assert.ok(after.includes(`\t"origin_direct": [\r\n\t\t"tcp://${IP4}:22"\r\n\t],\r\n\t"proxy_protocol"`));
});

test('11001 (name) move keeps JSONC comments around the moved fields', async () => {
  const text = [
    '{',
    '  // an SSH app',
    '  "protocol": "tcp/22", // edge',
    '  "dns": { "type": "CNAME", "name": "ssh.example.com" },',
    '  // the origin',
    `  "origin_dns": { "name": "${IP4}" },`,
    '  "origin_port": 22, // port',
    '  /* last */ "tls": "off"',
    '}',
    '',
  ].join('\n');
  const [move] = await fixesOf(text, '11001');
  const after = applyFix(text, '11001', move);
  for (const comment of ['// an SSH app', '// edge', '// the origin', '/* last */']) assert.ok(after.includes(comment), comment);
  assert.ok(after.includes(`  // the origin\n  "origin_direct": [\n    "tcp://${IP4}:22"\n  ],\n  /* last */ "tls": "off"`), after);
});

test('11001 (name) with a port or a URL around the hostname: write the bare host, the port to origin_port', async () => {
  const cases: Array<[string, Record<string, unknown>, string, unknown]> = [
    ['origin.example.com:2222', {}, 'origin.example.com', 2222],
    ['https://origin.example.com/', { origin_port: 443 }, 'origin.example.com', 443],
    ['tcp://origin.example.com:22', { origin_port: 2200 }, 'origin.example.com', 2200],
  ];
  for (const [name, extra, host, port] of cases) {
    const text = json({ protocol: 'tcp/22', dns, origin_dns: { name }, ...extra });
    assert.deepEqual(problemIds(text), ['11001'], name);
    const [fix] = await fixesOf(text, '11001');
    assert.equal(fix.kind, 'safe');
    const fixed = JSON.parse(applyFix(text, '11001', fix));
    assert.deepEqual([fixed.origin_dns.name, fixed.origin_port], [host, port], name);
  }
});
