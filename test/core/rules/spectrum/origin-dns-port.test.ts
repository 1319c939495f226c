import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, json, only, expectClean, expectFindings, fixesFor } from '../../../helpers';
import { assertCrlfTabs, assertOnlyChanged, crlfTabs, dns, problemIds } from './origin-fixtures';

const origin_dns = { name: 'origin.example.com', ttl: 1200 };

test('11001 (port) stays quiet with origin_port, with SRV, and with both origins (11000)', () => {
  expectClean(json({ protocol: 'tcp/22', dns, origin_dns, origin_port: 22 }));
  expectClean(json({ protocol: 'tcp/1000-2000', dns, origin_dns, origin_port: '3000-4000' }));
  expectClean(json({ protocol: 'tcp/22', dns, origin_dns: { ...origin_dns, type: 'SRV' } }));
  assert.deepEqual(problemIds(json({ protocol: 'tcp/22', dns, origin_dns, origin_direct: ['tcp://104.16.0.1:22'] })), ['11000']);
});

test('11001 (port) fires for absent type, "", A and AAAA without origin_port, on the origin_dns key', () => {
  for (const type of [undefined, '', 'A', 'AAAA']) {
    const text = json({ protocol: 'tcp/22', dns, origin_dns: { ...origin_dns, type } });
    const f = only(text, '11001');
    assert.equal(flagged(text, f), '"origin_dns"');
    assert.deepEqual(problemIds(text), ['11001']);
  }
  // A type the enum rule rejects is that rule's alone.
  expectFindings(json({ protocol: 'tcp/22', dns, origin_dns: { ...origin_dns, type: 'srv' } }), [['invalid-enum-value', '"srv"']]);
});

test('11001 (port) fix adds origin_port from the protocol: a number, or a string range', async () => {
  const single = json({ protocol: 'tcp/22', dns, origin_dns });
  const [add] = await fixesOf(single, '11001');
  assert.equal(add.title, 'Add origin_port 22');
  assert.equal(add.kind, 'safe');
  assert.deepEqual(JSON.parse(applyFix(single, '11001', add)), { protocol: 'tcp/22', dns, origin_dns, origin_port: 22 });
  const range = json({ protocol: 'udp/1000-2000', dns, origin_dns });
  const [addRange] = await fixesOf(range, '11001');
  assert.equal(addRange.title, 'Add origin_port "1000-2000"');
  assert.equal(JSON.parse(applyFix(range, '11001', addRange)).origin_port, '1000-2000');
  // No valid protocol: no port to offer.
  const [, noPort] = expectFindings(json({ protocol: 'tcp/', dns, origin_dns }), [['protocol-format', '"tcp/"'], ['11001', '"origin_dns"']]);
  assert.deepEqual(await fixesFor(noPort), []);
});

test('11001 (port) on invalid origin_port values next to origin_dns', () => {
  for (const [port, message] of [
    [0, /0 is outside 1-65535/],
    [70000, /70000 is outside/],
    [22.5, /not a whole number/],
    ['4000-3000', /does not go upwards/],
    ['abc', /not a port or a port range/],
  ] as Array<[unknown, RegExp]>) {
    const text = json({ protocol: 'tcp/22', dns, origin_dns, origin_port: port });
    const f = only(text, '11001');
    assert.match(f.message, message);
    assert.equal(flagged(text, f), JSON.stringify(port));
  }
  expectFindings(json({ protocol: 'tcp/22', dns, origin_dns, origin_port: true }), [['wrong-type', 'true']]);
});

test('11001 (port) fix keeps CRLF, tabs and every other byte', async () => {
  const text = crlfTabs({ protocol: 'tcp/22', dns, origin_dns, tls: 'off' });
  const [add] = await fixesOf(text, '11001');
  const after = applyFix(text, '11001', add);
  assertCrlfTabs(after);
  const at = text.indexOf('\t"tls"');
  assertOnlyChanged(text, after, at, at);
  assert.ok(after.includes('\t},\r\n\t"origin_port": 22,\r\n\t"tls": "off"'));
});

test('11001 (port) fix keeps JSONC comments and a compact origin_dns as written', async () => {
  const text = [
    '{',
    '  "protocol": "tcp/22",',
    '  "dns": { "type": "CNAME", "name": "ssh.example.com" },',
    '  "origin_dns": { "name": "origin.example.com" } // resolved at the edge',
    '  // nothing after',
    '}',
  ].join('\n');
  const [add] = await fixesOf(text, '11001');
  const after = applyFix(text, '11001', add);
  assert.equal(
    after,
    [
      '{',
      '  "protocol": "tcp/22",',
      '  "dns": { "type": "CNAME", "name": "ssh.example.com" },',
      '  "origin_dns": { "name": "origin.example.com" }, // resolved at the edge',
      '  "origin_port": 22',
      '  // nothing after',
      '}',
    ].join('\n'),
  );
});
