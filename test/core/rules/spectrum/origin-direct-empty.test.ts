import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, ids, json, only, expectClean } from '../../../helpers';
import { assertCrlfTabs, assertOnlyChanged, crlfTabs, dns, problemIds, spanOf } from './origin-fixtures';

test('origin-direct-empty: 11000 on an empty origin_direct, once, on the array', () => {
  const text = json({ protocol: 'tcp/22', dns, origin_direct: [] });
  const f = only(text, '11000');
  assert.equal(flagged(text, f), '[]');
  assert.deepEqual(problemIds(text), ['11000']);
});

test('origin-direct-empty stays quiet with addresses, and leaves both-origins to origin-exactly-one', () => {
  expectClean(json({ protocol: 'tcp/22', dns, origin_direct: ['tcp://104.16.0.1:22'] }));
  const both = json({ protocol: 'tcp/22', dns, origin_direct: [], origin_dns: { name: 'o.example.com' }, origin_port: 22 });
  assert.equal(flagged(both, only(both, '11000')), '"origin_dns"');
});

test('origin-direct-empty fix writes a placeholder address that 11002 flags until edited', async () => {
  const text = json({ protocol: 'udp/1000-1010', dns, origin_direct: [] });
  const [fix] = await fixesOf(text, '11000');
  assert.deepEqual([fix.title, fix.kind], ['Write origin_direct ["udp://<origin-ip>:1000-1010"] (edit the IP)', 'placeholder']);
  const after = applyFix(text, '11000', fix);
  assert.deepEqual(JSON.parse(after).origin_direct, ['udp://<origin-ip>:1000-1010']);
  assert.ok(ids(after).includes('11002'));
});

test('origin-direct-empty fix keeps CRLF, tabs and JSONC comments', async () => {
  const text = crlfTabs({ protocol: 'tcp/22', dns, origin_direct: [], tls: 'off' });
  const [fix] = await fixesOf(text, '11000');
  const after = applyFix(text, '11000', fix);
  assertCrlfTabs(after);
  assertOnlyChanged(text, after, ...spanOf(text, '[]'));
  const jsonc = '{\n  "protocol": "tcp/22", "dns": { "type": "CNAME", "name": "a.example.com" },\n  "origin_direct": [] // to do\n}';
  const [fix2] = await fixesOf(jsonc, '11000');
  assert.equal(applyFix(jsonc, '11000', fix2), jsonc.replace('[]', '["tcp://<origin-ip>:22"]'));
});
