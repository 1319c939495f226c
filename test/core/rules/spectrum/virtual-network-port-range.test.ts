import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, json, only, expectClean, expectFindings, fixesFor } from '../../../helpers';
import { assertCrlfTabs, assertOnlyChanged, crlfTabs, dns, problemIds, spanOf } from './origin-fixtures';

const VNET = 'f70ff985-a4ef-4643-bbbc-4a0ed4fc8415';

test('11043 stays quiet on single ports, and on ranges without a virtual network', () => {
  expectClean(json({ protocol: 'tcp/22', dns, origin_direct: ['tcp://10.0.0.5:22'], virtual_network_id: VNET }));
  expectClean(json({ protocol: 'tcp/1000-1010', dns, origin_direct: ['tcp://104.16.0.1:2000-2010'] }));
});

test('11043 on an origin_direct range: one finding (no range-length finding too), fix uses the first port and a single protocol', async () => {
  const text = json({ protocol: 'tcp/1000-1010', dns, origin_direct: ['tcp://10.0.0.5:2000-2005'], virtual_network_id: VNET });
  const f = only(text, '11043');
  assert.equal(flagged(text, f), '"tcp://10.0.0.5:2000-2005"');
  assert.deepEqual(problemIds(text), ['11043']);
  const [fix] = await fixesOf(text, '11043');
  assert.deepEqual([fix.title, fix.kind], ['Use port 2000 and protocol tcp/1000', 'choice']);
  const fixed = JSON.parse(applyFix(text, '11043', fix));
  assert.deepEqual([fixed.protocol, fixed.origin_direct], ['tcp/1000', ['tcp://10.0.0.5:2000']]);
});

test('11043 on an IPv6 range keeps the brackets; a single-port protocol stays as it is', async () => {
  const text = json({ protocol: 'udp/53', dns, origin_direct: ['udp://[fd00::5]:53-54'], virtual_network_id: VNET });
  const [fix] = await fixesOf(text, '11043');
  assert.equal(fix.title, 'Use port 53');
  assert.deepEqual(JSON.parse(applyFix(text, '11043', fix)).origin_direct, ['udp://[fd00::5]:53']);
});

test('11043 on an origin_port range next to origin_dns, also where 11041 replaces origin_dns', async () => {
  // origin_dns alone with a virtual network: the API names a range in origin_port as 11043 too.
  const dnsOnly = json({ protocol: 'tcp/1000-1010', dns, origin_dns: { name: 'o.example.com' }, origin_port: '3000-3010', virtual_network_id: VNET });
  assert.deepEqual(problemIds(dnsOnly), ['11041', '11043']);
  // Both origins (11000): the range is reported, and the fix shrinks it with the protocol.
  const text = json({ protocol: 'tcp/1000-1010', dns, origin_direct: ['tcp://10.0.0.5:3000'], origin_dns: { name: 'o.example.com' }, origin_port: '3000-3010', virtual_network_id: VNET });
  const [, f] = expectFindings(text, [['11000', '"origin_dns"'], ['11043', '"3000-3010"']]);
  const [fix] = await fixesFor(f);
  const fixed = JSON.parse(applyFix(text, '11043', fix));
  assert.deepEqual([fixed.protocol, fixed.origin_port], ['tcp/1000', 3000]);
  // Next to origin_direct alone origin_port is ignored: origin-port-without-origin-dns reports it.
  const direct = json({ protocol: 'tcp/22', dns, origin_direct: ['tcp://10.0.0.5:22'], origin_port: '3000-3010', virtual_network_id: VNET });
  expectFindings(direct, [['origin-port-without-origin-dns', '"origin_port"']]);
});

test('11043 fix keeps CRLF, tabs and JSONC comments', async () => {
  const text = crlfTabs({ protocol: 'tcp/1000-1001', dns, origin_direct: ['tcp://10.0.0.5:2000-2001'], virtual_network_id: VNET });
  const [fix] = await fixesOf(text, '11043');
  const after = applyFix(text, '11043', fix);
  assertCrlfTabs(after);
  assertOnlyChanged(text, after, spanOf(text, '1000-1001')[0], spanOf(text, '2000-2001')[1]);
  const jsonc = `{\n  "protocol": "tcp/22", // one port\n  "dns": { "type": "CNAME", "name": "a.example.com" },\n  "origin_direct": [ /* db */ "tcp://10.0.0.5:22-23" /* range */ ],\n  "virtual_network_id": "${VNET}"\n}`;
  const [fix2] = await fixesOf(jsonc, '11043');
  assert.equal(applyFix(jsonc, '11043', fix2), jsonc.replace('22-23', '22'));
});
