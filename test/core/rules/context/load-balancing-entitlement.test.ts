import assert from 'node:assert/strict';
import { test } from 'node:test';
import { json, only, expectClean } from '../../../helpers';
import { account } from '../../context/support';

const monitor = (extra: Record<string, unknown> = {}) => ({ type: 'https', path: '/health', header: { Host: ['app.example.com'] }, expected_codes: '200', interval: 30, ...extra });
const pool = (extra: Record<string, unknown> = {}) => ({ name: 'primary', monitor: 'f1aba936b94213e5b8dca0c0dbf1f9c1', origins: [{ name: 'a', address: '93.184.216.34' }], ...extra });

test('load-balancing-not-enabled: monitors and pools on an account without Load Balancing', () => {
  const off = { account: account({ entitlements: { load_balancing: false } }) };
  assert.match(only(json(pool({ check_regions: ['WNAM'] })), 'load-balancing-not-enabled', off).message, /must be in range \[1, 0\]/);
  assert.match(only(json(monitor({ interval: 60 })), 'load-balancing-not-enabled', off).message, /interval is not in range \[0, 0\]/);
  expectClean(json(pool({ check_regions: ['WNAM'] })));
  expectClean(json(pool({ check_regions: ['WNAM'] })), { account: account({ entitlements: ['load_balancing'] }) });
});
