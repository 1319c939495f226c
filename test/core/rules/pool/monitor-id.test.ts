import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagged, ids, json, only } from '../../../helpers';

const MONITOR_ID = 'f1aba936b94213e5b8dca0c0dbf1f9cc';

test('point 9: a placeholder monitor id is reported; 32 hexadecimal characters are ids', () => {
  const pool = (monitor: string) => json({ name: 'primary', monitor, origins: [{ name: 'a', address: '93.184.216.34' }] });
  const text = pool('MONITOR_ID');
  const f = only(text, 'pool-monitor-id');
  assert.equal(flagged(text, f), '"MONITOR_ID"');
  assert.match(f.message, /MONITOR_ID is a placeholder: monitor ids are 32 hexadecimal characters/);
  assert.match(only(pool('health-check'), 'pool-monitor-id').message, /is not a monitor id/);
  assert.deepEqual(ids(pool(MONITOR_ID)), []);
  assert.deepEqual(ids(pool(MONITOR_ID.toUpperCase())), []);
});

