import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, json, only, expectClean, expectFindings } from '../../../helpers';
import { TCP_MONITOR } from '../lb/fixtures';

test('interval inside 10-3600 gives no 1002', () => {
  for (const interval of [60, 3600]) expectClean(json({ ...TCP_MONITOR, interval }));
  // 10 is valid; with the default timeout and retries a probe can outlast it, which is probe-timing's.
  expectFindings(json({ ...TCP_MONITOR, interval: 10 }), [['monitor-probe-timing', '10']]);
});

test('interval outside 10-3600 is 1002 naming the validation, with a choice of value', async () => {
  const text = json({ ...TCP_MONITOR, interval: 5 });
  const f = only(text, '1002');
  assert.equal(flagged(text, f), '5');
  // The API's own words stay quoted in the plain-text message.
  assert.match(f.message, /fails the API validation "interval is not in range \[10, 3600\]" \(/);
  const [fix] = await fixesOf(text, '1002');
  assert.equal(fix.kind, 'choice');
  assert.equal(JSON.parse(applyFix(text, '1002', fix)).interval, 60);
  const high = json({ ...TCP_MONITOR, interval: 7200 });
  const [down] = await fixesOf(high, '1002');
  assert.equal(JSON.parse(applyFix(high, '1002', down)).interval, 3600);
});
