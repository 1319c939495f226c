import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, ids, json, only, expectClean, expectFindings, fixesFor } from '../../../helpers';
import { HTTPS_MONITOR, POOL } from './fixtures';

test('lb-unknown-field does not fire on documented fields or in API responses', () => {
  expectClean(json(POOL));
  expectClean(json({ success: true, errors: [], result: { ...HTTPS_MONITOR, future_field: 1 } }));
});

test('lb-unknown-field renames a close misspelling', async () => {
  const { expected_codes: _, ...rest } = HTTPS_MONITOR;
  const text = json({ ...rest, expected_code: '200' });
  // Until renamed, the monitor also has no expected_codes: an information of its own.
  const [f] = expectFindings(text, [['lb-unknown-field', '"expected_code"'], ['monitor-expected-codes-missing', '"type"', { severity: 'information' }]]);
  const [fix] = await fixesFor(f);
  assert.equal(fix.kind, 'safe');
  assert.equal(JSON.parse(applyFix(text, 'lb-unknown-field', fix)).expected_codes, '200');
});

test('lb-unknown-field says where misplaced fields belong, and checks origins too', () => {
  const text = json({ ...HTTPS_MONITOR, check_regions: ['WNAM'] });
  assert.match(only(text, 'lb-unknown-field').message, /belongs on the pool/);
  const origin = json({ ...POOL, origins: [{ name: 'a', address: '45.60.12.10', wieght: 1 }] });
  const f = only(origin, 'lb-unknown-field');
  assert.match(f.message, /origins\[0\]/);
  assert.match(f.message, /weight/);
});

test('lb-unknown-field accepts a top-level $schema for editors', () => {
  expectClean(json({ $schema: '../schemas/pool.schema.json', ...POOL }));
  assert.ok(ids(json({ ...POOL, origins: [{ $schema: 'x', address: '45.60.12.10' }] })).includes('lb-unknown-field'));
});
