import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, ids, json, only } from '../../../helpers';
import { assertCrlfTabs, assertOnlyChanged, crlfTabs, dns, problemIds, spanOf } from './origin-fixtures';

const ID = 'origin-range-length';
const direct = (protocol: string, origin: string) => json({ protocol, dns, origin_direct: [origin] });

test('origin-range-length stays quiet on equal lengths, single origin ports, invalid protocols and virtual networks', () => {
  assert.ok(!ids(direct('tcp/1000-2000', 'tcp://104.16.0.1:3000-4000')).includes(ID));
  assert.ok(!ids(direct('tcp/1000-2000', 'tcp://104.16.0.1:22')).includes(ID));
  assert.ok(!ids(direct('tcp/1000', 'tcp://104.16.0.1:22')).includes(ID));
  assert.ok(!ids(direct('tcp/2000-1000', 'tcp://104.16.0.1:3000-3001')).includes(ID));
  assert.ok(!ids(json({ protocol: 'tcp/1000-2000', dns, origin_dns: { name: 'o.example.com' }, origin_port: '3000-4000' })).includes(ID));
});

test('origin-range-length: a shorter origin range gets one finding and a safe fix that keeps its start', async () => {
  const text = direct('tcp/1000-2000', 'tcp://[2606:4700::1]:3000-3500');
  const f = only(text, ID);
  assert.equal(flagged(text, f), '"tcp://[2606:4700::1]:3000-3500"');
  assert.match(f.message, /holds 501 ports but protocol tcp\/1000-2000 holds 1001/);
  assert.deepEqual(problemIds(text), [ID]);
  const [fix] = await fixesOf(text, ID);
  assert.deepEqual([fix.title, fix.kind], ['Write tcp://[2606:4700::1]:3000-4000', 'safe']);
  applyFix(text, ID, fix);
});

test('origin-range-length on origin_port next to origin_dns', async () => {
  const text = json({ protocol: 'tcp/1000-1009', dns, origin_dns: { name: 'o.example.com' }, origin_port: '3000-3001' });
  assert.equal(flagged(text, only(text, ID)), '"3000-3001"');
  const [fix] = await fixesOf(text, ID);
  assert.equal(fix.title, 'Set origin_port to "3000-3009"');
  assert.equal(JSON.parse(applyFix(text, ID, fix)).origin_port, '3000-3009');
});

test('origin-range-length: an origin range with a single-port protocol offers both alignments', async () => {
  const text = direct('tcp/22', 'tcp://104.16.0.1:2200-2201');
  const fixes = await fixesOf(text, ID);
  assert.deepEqual(fixes.map((f) => [f.title, f.kind]), [
    ['Write tcp://104.16.0.1:2200', 'choice'],
    ['Set protocol to tcp/22-23', 'choice'],
  ]);
  assert.deepEqual(JSON.parse(applyFix(text, ID, fixes[0])).origin_direct, ['tcp://104.16.0.1:2200']);
  assert.equal(JSON.parse(applyFix(text, ID, fixes[1])).protocol, 'tcp/22-23');
  // A range that cannot be widened past 65535 and an end past 65535 give no fix of that kind.
  const high = direct('tcp/65535', 'tcp://104.16.0.1:100-101');
  assert.deepEqual((await fixesOf(high, ID)).map((f) => f.title), ['Write tcp://104.16.0.1:100']);
  const long = direct('tcp/1-1000', 'tcp://104.16.0.1:65000-65001');
  assert.deepEqual(await fixesOf(long, ID), []);
});

test('origin-range-length fix keeps CRLF, tabs and JSONC comments', async () => {
  const text = crlfTabs({ protocol: 'tcp/1000-1002', dns, origin_direct: ['tcp://104.16.0.1:2000-2001'] });
  const [fix] = await fixesOf(text, ID);
  const after = applyFix(text, ID, fix);
  assertCrlfTabs(after);
  assertOnlyChanged(text, after, ...spanOf(text, '"tcp://104.16.0.1:2000-2001"'));
  const jsonc = '{\n  // ranges\n  "protocol": "tcp/1000-1002", "dns": { "type": "CNAME", "name": "a.example.com" },\n  "origin_dns": { "name": "o.example.com" },\n  "origin_port": /* start */ "3000-3001" // end\n}';
  const [fix2] = await fixesOf(jsonc, ID);
  assert.equal(applyFix(jsonc, ID, fix2), jsonc.replace('"3000-3001"', '"3000-3002"'));
});
