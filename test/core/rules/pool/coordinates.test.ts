import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagged, json, only, expectClean } from '../../../helpers';
import { POOL } from '../lb/fixtures';


test('pool-coordinates fires on latitude without longitude and not on both or neither', () => {
  expectClean(json(POOL));
  expectClean(json({ ...POOL, latitude: 52.37, longitude: 4.9 }));
  const text = json({ ...POOL, longitude: 4.9 });
  assert.equal(flagged(text, only(text, 'pool-coordinates')), '"longitude"');
});
