import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, ids, json, only, expectClean } from '../../../helpers';
import { HTTPS_MONITOR, TCP_MONITOR } from '../lb/fixtures';

test('monitor-port-required does not fire when tcp, udp_icmp and smtp monitors have a port, or http(s) has none', () => {
  expectClean(json(TCP_MONITOR));
  expectClean(json({ ...TCP_MONITOR, type: 'smtp', port: 25 }));
  expectClean(json(HTTPS_MONITOR));
});

test('monitor-port-required fires on a tcp monitor without port, at its type, and offers ports to choose', async () => {
  const { port: _, ...noPort } = TCP_MONITOR;
  const text = json(noPort);
  const f = only(text, 'monitor-port-required');
  assert.equal(flagged(text, f), '"type"');
  assert.equal(f.severity, 'error');
  const fixes = await fixesOf(text, 'monitor-port-required');
  assert.deepEqual(fixes.map((x) => x.title), ['Set port 443', 'Set port 80', 'Set port 22']);
  assert.ok(fixes.every((x) => x.kind === 'choice'));
  const fixed = JSON.parse(applyFix(text, 'monitor-port-required', fixes[0]));
  assert.equal(fixed.port, 443);
  assert.deepEqual(Object.keys(fixed).slice(0, 2), ['type', 'port']);
});

test('monitor-port-required fires on port 0 or null for smtp and udp_icmp and replaces the value', async () => {
  const text = json({ ...TCP_MONITOR, type: 'smtp', port: 0 });
  assert.equal(flagged(text, only(text, 'monitor-port-required')), '0');
  const [p25] = await fixesOf(text, 'monitor-port-required');
  assert.equal(JSON.parse(applyFix(text, 'monitor-port-required', p25)).port, 25);
  assert.ok(ids(json({ ...TCP_MONITOR, type: 'udp_icmp', port: null })).includes('monitor-port-required'));
});
