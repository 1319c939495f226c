import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagged, json, only, expectClean } from '../../../helpers';
import { POOL, TCP_MONITOR } from './fixtures';

test('lb-missing-required-field does not fire on a complete pool or on monitors', () => {
  expectClean(json(POOL));
  expectClean(json(TCP_MONITOR));
});

test('lb-missing-required-field names a missing pool name and an origin without address', () => {
  const { name: _, ...noName } = POOL;
  assert.match(only(json(noName), 'lb-missing-required-field').message, /name/);
  const text = json({ ...POOL, origins: [{ name: 'a' }] });
  const f = only(text, 'lb-missing-required-field');
  assert.equal(flagged(text, f), '{');
  assert.match(f.message, /origins\[0\]/);
});
