import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ids, json, only, expectClean } from '../../../helpers';
import { POOL, TCP_MONITOR } from './fixtures';

test('lb-value-out-of-range does not fire inside the documented ranges', () => {
  expectClean(json({ ...TCP_MONITOR, port: 65535, consecutive_down: 0 }));
  expectClean(json({ ...POOL, latitude: -90, longitude: 180, load_shedding: { default_percent: 100 } }));
});

test('lb-value-out-of-range fires on ports, counts, percentages and coordinates', () => {
  const text = json({ ...TCP_MONITOR, port: 70000, consecutive_up: -1 });
  assert.equal(ids(text).filter((i) => i === 'lb-value-out-of-range').length, 2);
  const pool = json({ ...POOL, latitude: 95, longitude: 4.9, load_shedding: { session_percent: 150 } });
  assert.equal(ids(pool).filter((i) => i === 'lb-value-out-of-range').length, 2);
  const origin = json({ ...POOL, origins: [{ name: 'a', address: '45.60.12.10', port: -1 }] });
  assert.equal(only(origin, 'lb-value-out-of-range').pointer, '/origins/0/port');
});
