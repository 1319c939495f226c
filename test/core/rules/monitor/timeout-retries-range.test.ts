import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, ids, json, only } from '../../../helpers';
import { HTTP_MONITOR, HTTPS_MONITOR, TCP_MONITOR } from '../lb/fixtures';

test('monitor-timeout-retries-range does not fire inside 1-10 s and 0-5 retries', () => {
  assert.ok(!ids(json({ ...TCP_MONITOR, timeout: 10, retries: 0 })).includes('monitor-timeout-retries-range'));
});

test('monitor-timeout-retries-range fires on a timeout above 10 and on retries above 5', () => {
  const text = json({ ...TCP_MONITOR, interval: 600, timeout: 30, retries: 9 });
  const found = ids(text).filter((i) => i === 'monitor-timeout-retries-range');
  assert.equal(found.length, 2);
  assert.ok(!ids(text).includes('lb-value-out-of-range'));
});
