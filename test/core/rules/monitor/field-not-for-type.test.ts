import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, ids, json, only, expectClean } from '../../../helpers';
import { HTTP_MONITOR, HTTPS_MONITOR, TCP_MONITOR } from '../lb/fixtures';

test('monitor-field-not-for-type does not fire for fields the type uses, the default type, or API responses', () => {
  expectClean(json(HTTPS_MONITOR));
  const { type: _, ...untyped } = HTTP_MONITOR;
  expectClean(json(untyped));
  const response = { success: true, errors: [], result: { ...TCP_MONITOR, path: '/', expected_codes: '', method: 'connection_established' } };
  expectClean(json(response));
});

test('monitor-field-not-for-type fires on HTTP-only fields of a tcp monitor and on port of icmp_ping, and removes them', () => {
  const text = json({ ...TCP_MONITOR, path: '/health', expected_codes: '200' });
  assert.deepEqual(ids(text).filter((i) => i === 'monitor-field-not-for-type').length, 2);
  const ping = json({ type: 'icmp_ping', port: 0, interval: 60 });
  const f = only(ping, 'monitor-field-not-for-type');
  assert.equal(flagged(ping, f), '"port"');
  assert.deepEqual(f.tags, ['unnecessary']);
  assert.ok(f.fixes);
});

test('monitor-field-not-for-type fix removes the field', async () => {
  const text = json({ type: 'icmp_ping', interval: 60, method: 'GET' });
  const [fix] = await fixesOf(text, 'monitor-field-not-for-type');
  assert.equal(fix.kind, 'safe');
  assert.deepEqual(JSON.parse(applyFix(text, 'monitor-field-not-for-type', fix)), { type: 'icmp_ping', interval: 60 });
});
