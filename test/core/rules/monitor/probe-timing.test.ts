import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagged, ids, json, only, expectClean, expectFindings } from '../../../helpers';
import { HTTPS_MONITOR, TCP_MONITOR } from '../lb/fixtures';

test('monitor-probe-timing does not fire when the attempts fit in the interval', () => {
  expectClean(json(HTTPS_MONITOR));
  expectClean(json({ type: 'tcp', port: 22, interval: 16 })); // defaults: 3 x 5 = 15
});

test('monitor-probe-timing fires when (retries + 1) x timeout reaches the interval, counting defaults', () => {
  const text = json({ ...TCP_MONITOR, interval: 10, timeout: 5, retries: 1 });
  const f = only(text, 'monitor-probe-timing');
  assert.equal(flagged(text, f), '10');
  assert.match(f.message, /2 × 5 = 10 s/);
  assert.ok(ids(json({ type: 'tcp', port: 22, interval: 15 })).includes('monitor-probe-timing'));
});

test('monitor-probe-timing stays quiet when a value is invalid (other rules report it)', () => {
  expectFindings(json({ ...TCP_MONITOR, interval: 5, timeout: 5 }), [['1002', '5']]);
  expectFindings(json({ ...TCP_MONITOR, timeout: '5' }), [['lb-wrong-type', '"5"']]);
});
