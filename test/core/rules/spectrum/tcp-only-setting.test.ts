import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, json, only, expectClean } from '../../../helpers';
import { allIds, FULL, UDP } from './apps';

test('tcp-only-setting stays quiet on TCP, and on UDP with the settings off', () => {
  expectClean(json({ ...FULL, tls: 'strict', ip_firewall: true }));
  expectClean(json({ ...UDP, tls: 'off', ip_firewall: false }));
});

test('tcp-only-setting: ip_firewall true on UDP is removed safely', async () => {
  const text = json({ ...UDP, ip_firewall: true });
  const f = only(text, 'tcp-only-setting');
  assert.equal(flagged(text, f), 'true');
  const [fix] = await fixesOf(text, 'tcp-only-setting');
  assert.equal(fix.kind, 'safe');
  const { ip_firewall, ...rest } = UDP;
  void ip_firewall;
  assert.deepEqual(JSON.parse(applyFix(text, 'tcp-only-setting', fix)), rest);
});

test('tcp-only-setting: tls other than off on UDP is removed', async () => {
  const text = json({ ...UDP, tls: 'full' });
  const [fix] = await fixesOf(text, 'tcp-only-setting');
  assert.equal(fix.title, 'Remove tls');
  assert.equal(JSON.parse(applyFix(text, 'tcp-only-setting', fix)).tls, undefined);
});

test('tcp-only-setting leaves wrong types and values to their rules', () => {
  assert.deepEqual(allIds(json({ ...UDP, ip_firewall: 'yes' })), ['wrong-type']);
  assert.deepEqual(allIds(json({ ...UDP, tls: 'FULL' })), ['invalid-enum-value']);
});
