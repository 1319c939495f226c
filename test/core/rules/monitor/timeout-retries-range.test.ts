import { test } from 'node:test';
import { json, expectClean, expectFindings } from '../../../helpers';
import { TCP_MONITOR } from '../lb/fixtures';

test('monitor-timeout-retries-range does not fire inside 1-10 s and 0-5 retries', () => {
  expectClean(json({ ...TCP_MONITOR, timeout: 10, retries: 0 }));
});

test('monitor-timeout-retries-range fires on a timeout above 10 and on retries above 5', () => {
  const text = json({ ...TCP_MONITOR, interval: 600, timeout: 30, retries: 9 });
  expectFindings(text, [
    ['monitor-timeout-retries-range', '30', { message: 'timeout 30 is outside 1-10 seconds; the default is 5.', severity: 'warning' }],
    ['monitor-timeout-retries-range', '9', { message: 'retries 9 is outside 0-5; the default is 2.' }],
  ]);
  expectFindings(json({ ...TCP_MONITOR, timeout: 0, retries: -1 }), [
    ['monitor-timeout-retries-range', '0'],
    ['monitor-timeout-retries-range', '-1'],
  ]);
});
