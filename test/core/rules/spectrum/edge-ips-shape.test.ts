import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, json, only, expectClean } from '../../../helpers';
import { allIds, FULL, STATIC } from './apps';

const staticWith = (edge_ips: unknown) => json({ ...STATIC, edge_ips });

test('edge-ips-shape stays quiet on the two valid shapes', () => {
  for (const app of [FULL, STATIC, { ...FULL, edge_ips: { type: 'dynamic', connectivity: 'ipv6' } }]) expectClean(json(app));
});

test('edge-ips-shape: static without ips points at the type', () => {
  const text = staticWith({ type: 'static' });
  const f = only(text, 'edge-ips-shape');
  assert.equal(flagged(text, f), '"static"');
  assert.match(f.message, /need ips/);
});

test('edge-ips-shape: empty ips, and entries that are not IP addresses', () => {
  const empty = staticWith({ type: 'static', ips: [] });
  assert.equal(flagged(empty, only(empty, 'edge-ips-shape')), '[]');
  const bad = staticWith({ type: 'static', ips: ['198.51.100.10', 'ssh.example.com', '198.51.100.0/24', '300.1.1.1'] });
  const found = allIds(bad).filter((id) => id === 'edge-ips-shape');
  assert.equal(found.length, 3);
});

test('edge-ips-shape: a bracketed IPv6 is fixed by removing the brackets', async () => {
  const text = staticWith({ type: 'static', ips: ['[2001:db8::1]'] });
  const [fix] = await fixesOf(text, 'edge-ips-shape');
  assert.equal(fix.kind, 'safe');
  assert.deepEqual(JSON.parse(applyFix(text, 'edge-ips-shape', fix)).edge_ips.ips, ['2001:db8::1']);
});

test('edge-ips-shape: connectivity with static IPs is removed safely', async () => {
  const text = staticWith({ type: 'static', connectivity: 'all', ips: ['198.51.100.10'] });
  const f = only(text, 'edge-ips-shape');
  assert.equal(flagged(text, f), '"connectivity"');
  assert.equal(f.pointer, '/edge_ips/connectivity');
  const [fix] = await fixesOf(text, 'edge-ips-shape');
  assert.equal(applyFix(text, 'edge-ips-shape', fix), staticWith({ type: 'static', ips: ['198.51.100.10'] }));
});

test('edge-ips-shape: ips with dynamic (or no) type offers to remove them', async () => {
  for (const edge_ips of [{ type: 'dynamic', connectivity: 'all', ips: ['198.51.100.10'] }, { ips: ['198.51.100.10'] }]) {
    const text = json({ ...FULL, edge_ips });
    const f = only(text, 'edge-ips-shape');
    assert.equal(flagged(text, f), '"ips"');
    const [fix] = await fixesOf(text, 'edge-ips-shape');
    assert.equal(fix.kind, 'choice');
    assert.equal(JSON.parse(applyFix(text, 'edge-ips-shape', fix)).edge_ips.ips, undefined);
  }
});

test('edge-ips-shape leaves enum values and types to their own rules', () => {
  assert.deepEqual(allIds(json({ ...FULL, edge_ips: { type: 'dynamic', connectivity: 'both' } })), ['invalid-enum-value']);
  assert.deepEqual(allIds(staticWith({ type: 'static', ips: '198.51.100.10' })), ['wrong-type']);
  assert.deepEqual(allIds(staticWith({ type: 'static', ips: [42] })), ['wrong-type']);
  assert.deepEqual(allIds(json({ ...FULL, edge_ips: 'dynamic' })), ['wrong-type']);
});
