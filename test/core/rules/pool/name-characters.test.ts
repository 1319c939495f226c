import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, ids, json, only, expectClean } from '../../../helpers';
import { POOL } from '../lb/fixtures';


test('pool-name-characters does not fire on letters, digits, - and _', () => {
  expectClean(json({ ...POOL, name: 'eu_west-1' }));
});

test('pool-name-characters fires on spaces and dots and offers a cleaned name', async () => {
  const text = json({ ...POOL, name: 'EU west.1' });
  const f = only(text, 'pool-name-characters');
  assert.equal(flagged(text, f), '"EU west.1"');
  const [fix] = await fixesOf(text, 'pool-name-characters');
  assert.equal(fix.kind, 'choice');
  assert.equal(JSON.parse(applyFix(text, 'pool-name-characters', fix)).name, 'EU-west-1');
  assert.ok(ids(json({ ...POOL, name: '' })).includes('pool-name-characters'));
});
