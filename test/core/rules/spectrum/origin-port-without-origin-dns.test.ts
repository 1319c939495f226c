import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, ids, json, only, expectFindings, fixesFor } from '../../../helpers';
import { assertCrlfTabs, assertOnlyChanged, crlfTabs, dns, linesOf, problemIds, spanOf } from './origin-fixtures';

const ID = 'origin-port-without-origin-dns';

test('origin-port-without-origin-dns stays quiet with origin_dns, without origin_port, and with both origins (11000)', () => {
  assert.ok(!ids(json({ protocol: 'tcp/22', dns, origin_dns: { name: 'o.example.com' }, origin_port: 22 })).includes(ID));
  assert.ok(!ids(json({ protocol: 'tcp/22', dns, origin_direct: ['tcp://104.16.0.1:22'] })).includes(ID));
  assert.ok(!ids(json({ protocol: 'tcp/22', dns, origin_direct: ['tcp://104.16.0.1:22'], origin_dns: { name: 'o.example.com' }, origin_port: 22 })).includes(ID));
});

test('origin-port-without-origin-dns: a warning on the key, safe removal when every address has a port', async () => {
  const text = json({ protocol: 'tcp/22', dns, origin_direct: ['tcp://104.16.0.1:22'], origin_port: 22 });
  const f = only(text, ID);
  assert.equal(flagged(text, f), '"origin_port"');
  assert.equal(f.severity, 'warning');
  assert.deepEqual(problemIds(text), [ID]);
  const [fix, ...rest] = await fixesOf(text, ID);
  assert.equal(rest.length, 0);
  assert.deepEqual([fix.title, fix.kind], ['Remove origin_port', 'safe']);
  assert.deepEqual(JSON.parse(applyFix(text, ID, fix)), { protocol: 'tcp/22', dns, origin_direct: ['tcp://104.16.0.1:22'] });
});

test('origin-port-without-origin-dns: addresses without a port take it over (safe); removal alone is a choice', async () => {
  const text = json({ protocol: 'tcp/22', dns, origin_direct: ['tcp://104.16.0.1', 'tcp://104.16.0.2:2222'], origin_port: 2200 });
  const [, found] = expectFindings(text, [['11002', '"tcp://104.16.0.1"'], [ID, '"origin_port"']]);
  const [move, removeOnly] = await fixesFor(found);
  assert.deepEqual([move.title, move.kind, removeOnly.kind], ['Move port 2200 into tcp://104.16.0.1', 'safe', 'choice']);
  assert.deepEqual(JSON.parse(applyFix(text, ID, move)), { protocol: 'tcp/22', dns, origin_direct: ['tcp://104.16.0.1:2200', 'tcp://104.16.0.2:2222'] });
  // An address that is invalid for another reason: nothing is safe.
  const bad = json({ protocol: 'tcp/22', dns, origin_direct: ['tcp://origin.example.com:22'], origin_port: 22 });
  const [, onBad] = expectFindings(bad, [['11002', '"tcp://origin.example.com:22"'], [ID, '"origin_port"']]);
  assert.deepEqual((await fixesFor(onBad)).map((f) => f.kind), ['choice']);
});

test('origin-port-without-origin-dns fix keeps CRLF, tabs and JSONC comments', async () => {
  const text = crlfTabs({ protocol: 'tcp/22', dns, origin_direct: ['tcp://104.16.0.1:22'], origin_port: 22 });
  const [fix] = await fixesOf(text, ID);
  const after = applyFix(text, ID, fix);
  assertCrlfTabs(after);
  // The last property goes with its line and the comma before it.
  const [from] = spanOf(text, '\r\n\t],');
  assertOnlyChanged(text, after, from + 4, linesOf(text, ...spanOf(text, '"origin_port"'))[1]);
  const jsonc = '{\n  "protocol": "tcp/22", // edge\n  "origin_port": 22, // not needed\n  // addresses\n  "origin_direct": ["tcp://104.16.0.1:22"],\n  "dns": { "type": "CNAME", "name": "a.example.com" }\n}';
  const [fix2] = await fixesOf(jsonc, ID);
  assert.equal(applyFix(jsonc, ID, fix2), jsonc.replace('  "origin_port": 22, // not needed\n', ''));
});
