import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, json, only, expectClean } from '../../../helpers';
import { HTTPS_MONITOR, TCP_MONITOR } from '../lb/fixtures';

test('http-timeout-occurred does not fire at 3 s or more, or on tcp monitors', () => {
  expectClean(json({ ...HTTPS_MONITOR, timeout: 3 }));
  expectClean(json({ ...TCP_MONITOR, timeout: 1 }));
});

test('http-timeout-occurred fires on a 1-2 s timeout, linking the failure reason', () => {
  const text = json({ ...HTTPS_MONITOR, timeout: 2 });
  const f = only(text, 'http-timeout-occurred');
  assert.equal(flagged(text, f), '2');
  assert.equal(f.code, 'http-timeout-occurred');
  assert.match(f.docs, /#http-timeout-occurred$/);
  assert.match(f.message, /HTTP timeout occurred/);
});

test('http-timeout-occurred raises the timeout to the default 5 when it fits the interval', async () => {
  const text = json({ ...HTTPS_MONITOR, timeout: 1 });
  const [fix] = await fixesOf(text, 'http-timeout-occurred');
  assert.equal(fix.kind, 'safe');
  assert.equal(JSON.parse(applyFix(text, 'http-timeout-occurred', fix)).timeout, 5);
});

test('http-timeout-occurred picks a timeout that keeps (retries + 1) x timeout below the interval', async () => {
  const text = json({ ...HTTPS_MONITOR, interval: 12, retries: 2, timeout: 1 });
  const [fix] = await fixesOf(text, 'http-timeout-occurred');
  const fixed = JSON.parse(applyFix(text, 'http-timeout-occurred', fix));
  assert.equal(fixed.timeout, 3);
  expectClean(json(fixed));
});

test('http-timeout-occurred lowers retries when even 3 s does not fit', async () => {
  const text = json({ ...HTTPS_MONITOR, interval: 10, retries: 5, timeout: 1 });
  const [fix] = await fixesOf(text, 'http-timeout-occurred');
  const fixed = JSON.parse(applyFix(text, 'http-timeout-occurred', fix));
  assert.deepEqual([fixed.timeout, fixed.retries], [3, 2]);
  expectClean(json(fixed));
});
