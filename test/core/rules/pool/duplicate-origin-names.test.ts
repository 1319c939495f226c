import assert from 'node:assert/strict';
import { test } from 'node:test';
import { json, only, expectClean } from '../../../helpers';
import { POOL } from '../lb/fixtures';

const withOrigins = (...origins: object[]) => json({ ...POOL, origins });

test('pool-origin-name-duplicate does not fire on distinct names', () => {
  expectClean(json(POOL));
});

test('pool-origin-name-duplicate fires on the second use of a name, relating the first', () => {
  const text = withOrigins({ name: 'app', address: '45.60.12.10' }, { name: 'app', address: '45.60.12.11' });
  const f = only(text, 'pool-origin-name-duplicate');
  assert.equal(f.pointer, '/origins/1/name');
  assert.equal(f.related?.length, 1);
  assert.equal(f.severity, 'warning');
});
