import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, json, only, expectClean } from '../../../helpers';
import { POOL } from '../lb/fixtures';


test('pool-monitor-and-group fires only with both fields, offering to keep either', async () => {
  expectClean(json(POOL));
  const text = json({ ...POOL, monitor_group: 'mg-1' });
  const f = only(text, 'pool-monitor-and-group');
  assert.equal(flagged(text, f), '"monitor_group"');
  const [keepMonitor, keepGroup] = await fixesOf(text, 'pool-monitor-and-group');
  assert.ok(!('monitor_group' in JSON.parse(applyFix(text, 'pool-monitor-and-group', keepMonitor))));
  assert.ok(!('monitor' in JSON.parse(applyFix(text, 'pool-monitor-and-group', keepGroup))));
});
