import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, findings, fixesOf, flagged, ids, json, only, expectFindings, fixesFor } from '../../../helpers';
import { assertCrlfTabs, assertOnlyChanged, crlfTabs, dns, fakeResolver, IP4, IP6, spanOf } from './origin-fixtures';

const app = (origin_direct: unknown[], protocol = 'tcp/443') => json({ protocol, dns, origin_direct });

test('11002 stays quiet on valid IPv4 and bracketed IPv6 origins, ranges included', () => {
  const text = json({ protocol: 'tcp/1000-1010', dns, origin_direct: [`tcp://${IP4}:2000-2010`, `tcp://[${IP6}]:1000-1010`] });
  assert.deepEqual(ids(text), []);
});

test('11002 on an unbracketed IPv6 with an ambiguous port offers one choice per reading, nothing else fires', async () => {
  const text = app([`tcp://${IP6}:443`]);
  const f = only(text, '11002');
  assert.equal(flagged(text, f), `"tcp://${IP6}:443"`);
  assert.equal(f.pointer, '/origin_direct/0');
  // One problem, one diagnostic: no transport, range or private-origin finding on the same value.
  assert.deepEqual(ids(text), ['11002']);
  const fixes = await fixesOf(text, '11002');
  assert.deepEqual(fixes.map((x) => [x.title, x.kind]), [
    [`Write tcp://[${IP6}]:443`, 'choice'],
    [`Write tcp://[${IP6}:443]:443`, 'choice'],
  ]);
  assert.deepEqual(JSON.parse(applyFix(text, '11002', fixes[0])).origin_direct, [`tcp://[${IP6}]:443`]);
  assert.deepEqual(JSON.parse(applyFix(text, '11002', fixes[1])).origin_direct, [`tcp://[${IP6}:443]:443`]);
});

test('11002 on an unbracketed IPv6 with one reading gives a safe fix', async () => {
  const text = app(['udp://2606:4700::1:1000-1010'], 'udp/5000-5010');
  const [fix, ...rest] = await fixesOf(text, '11002');
  assert.equal(rest.length, 0);
  assert.equal(fix.kind, 'safe');
  assert.equal(fix.title, 'Write udp://[2606:4700::1]:1000-1010');
  applyFix(text, '11002', fix);
  // A full address without any port: bracketed, with the protocol's port.
  const full = app(['tcp://2606:4700:0:0:0:0:0:1']);
  const [add] = await fixesOf(full, '11002');
  assert.equal(add.title, 'Write tcp://[2606:4700:0:0:0:0:0:1]:443');
  assert.equal(add.kind, 'safe');
  applyFix(full, '11002', add);
});

test('11002 on hostnames, bad IPs, schemes, ports and the placeholder', () => {
  const cases: Array<[string, RegExp]> = [
    ['tcp://origin.example.com:22', /is a hostname/],
    ['tcp://300.1.1.1:22', /not a valid IPv4 or IPv6/],
    ['tcp://[2606:4700::zz]:22', /not a valid IPv4 or IPv6/],
    ['http://104.16.0.1:80', /http:\/\/ is not a transport/],
    ['tcp://104.16.0.1', /has no port/],
    ['tcp://104.16.0.1:70000', /outside 1-65535/],
    ['tcp://104.16.0.1:4000-3000', /does not go upwards/],
    ['tcp://<origin-ip>:22', /Replace the placeholder <origin-ip>/],
    ['not an address', /is not an origin address/],
  ];
  for (const [origin, message] of cases) {
    const text = app([origin], 'tcp/22');
    const f = only(text, '11002');
    assert.match(f.message, message, origin);
    assert.equal(flagged(text, f), JSON.stringify(origin));
  }
});

test('11002 leaves non-string entries to the wrong-type rule', () => {
  expectFindings(app([22, null]), [['wrong-type', '22'], ['wrong-type', 'null']]);
});

test('11002 fixes: scheme, missing port, missing scheme, blanks, reversed range', async () => {
  const cases: Array<[string, string, string]> = [
    ['TCP://104.16.0.1:22', 'tcp://104.16.0.1:22', 'safe'],
    ['tcp://104.16.0.1', 'tcp://104.16.0.1:22', 'safe'],
    ['tcp://[2606:4700::1]', 'tcp://[2606:4700::1]:22', 'safe'],
    ['104.16.0.1:22', 'tcp://104.16.0.1:22', 'safe'],
    ['104.16.0.1', 'tcp://104.16.0.1:22', 'safe'],
    ['[2606:4700::1]:22', 'tcp://[2606:4700::1]:22', 'safe'],
    [' tcp://104.16.0.1:22 ', 'tcp://104.16.0.1:22', 'safe'],
    ['tcp://104.16.0.1:23-22', 'tcp://104.16.0.1:22-23', 'choice'],
  ];
  for (const [origin, result, kind] of cases) {
    const text = app([origin], result.endsWith('22-23') ? 'tcp/1000-1001' : 'tcp/22');
    const fixes = await fixesOf(text, '11002');
    assert.equal(fixes.length, 1, origin);
    assert.equal(fixes[0].title, `Write ${result}`);
    assert.equal(fixes[0].kind, kind);
    assert.deepEqual(JSON.parse(applyFix(text, '11002', fixes[0])).origin_direct, [result]);
  }
  // Without a valid protocol the transport is a choice.
  const noProtocol = app(['104.16.0.1:22'], 'tcp/x');
  const [, missing] = expectFindings(noProtocol, [['protocol-format', '"tcp/x"'], ['11002', '"104.16.0.1:22"']]);
  const [tcp, udp] = await fixesFor(missing);
  assert.deepEqual([tcp.title, tcp.kind, udp.title, udp.kind], ['Write tcp://104.16.0.1:22', 'choice', 'Write udp://104.16.0.1:22', 'choice']);
});

test('11002 on a hostname: one fix per resolved address, and moving a single hostname to origin_dns', async () => {
  const text = app(['tcp://origin.example.com:22'], 'tcp/22');
  const env = fakeResolver({ 'origin.example.com': [IP4, IP6, IP4] });
  const fixes = await fixesOf(text, '11002', {}, env);
  assert.deepEqual(fixes.map((f) => f.title), [
    `Write tcp://${IP4}:22 (origin.example.com resolves to it)`,
    `Write tcp://[${IP6}]:22 (origin.example.com resolves to it)`,
    'Use origin_dns origin.example.com with origin_port 22',
  ]);
  assert.ok(fixes.every((f) => f.kind === 'choice'));
  assert.deepEqual(JSON.parse(applyFix(text, '11002', fixes[1])).origin_direct, [`tcp://[${IP6}]:22`]);
  const moved = JSON.parse(applyFix(text, '11002', fixes[2]));
  assert.deepEqual(moved, { protocol: 'tcp/22', dns, origin_dns: { name: 'origin.example.com' }, origin_port: 22 });
  // Nothing resolves (the resolver throws): only the move remains.
  const none = await fixesOf(text, '11002', {}, fakeResolver({}));
  assert.deepEqual(none.map((f) => f.title), ['Use origin_dns origin.example.com with origin_port 22']);
});

test('11002 fix keeps CRLF, tabs and every other byte', async () => {
  const text = crlfTabs({ protocol: 'tcp/22', dns, origin_direct: [`tcp://${IP4}:22`, 'tcp://2606:4700::1:22'], proxy_protocol: 'off' });
  const [fix] = await fixesOf(text, '11002');
  const after = applyFix(text, '11002', fix);
  const [from, to] = spanOf(text, '"tcp://2606:4700::1:22"');
  assertOnlyChanged(text, after, from, to);
  assertCrlfTabs(after);
});

test('11002 fix keeps JSONC comments next to the entry', async () => {
  const text = [
    '{',
    '  "protocol": "tcp/22", // edge port',
    '  "dns": { "type": "CNAME", "name": "ssh.example.com" },',
    '  "origin_direct": [',
    '    // the primary',
    `    "tcp://${IP4}:22", /* keep */`,
    '    "tcp://2606:4700::1" // the backup',
    '  ]',
    '}',
    '',
  ].join('\n');
  const [fix] = await fixesOf(text, '11002');
  assert.equal(fix.kind, 'safe');
  const after = applyFix(text, '11002', fix);
  const [from, to] = spanOf(text, '"tcp://2606:4700::1"');
  assertOnlyChanged(text, after, from, to);
  assert.ok(after.includes('"tcp://[2606:4700::1]:22" // the backup'));
  assert.equal(findings(after).length, 0);
});

test('11002 on an ambiguous IPv6 without a valid protocol: both readings named, only the complete one offered', async () => {
  const text = app([`tcp://${IP6}:443`], 'tcp/');
  const [, f] = expectFindings(text, [['protocol-format', '"tcp/"'], ['11002', `"tcp://${IP6}:443"`]]);
  assert.match(f.message, /reads as tcp:\/\/\[2606:4700::1\]:443 or tcp:\/\/\[2606:4700::1:443\]:<port>/);
  const fixes = await fixesFor(f);
  assert.deepEqual(fixes.map((x) => [x.title, x.kind]), [[`Write tcp://[${IP6}]:443`, 'choice']]);
});
