import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, json, only, expectClean } from '../../../helpers';
import { POOL } from '../lb/fixtures';


test('pool-minimum-origins does not fire up to the number of enabled origins', () => {
  expectClean(json({ ...POOL, minimum_origins: 2 }));
});

test('pool-minimum-origins fires above the enabled origins, counting disabled ones out', async () => {
  const text = json({ ...POOL, minimum_origins: 2, origins: [POOL.origins[0], { ...POOL.origins[1], enabled: false }] });
  const f = only(text, 'pool-minimum-origins');
  assert.equal(flagged(text, f), '2');
  assert.match(f.message, /only 1 enabled origin\b/);
  const [fix] = await fixesOf(text, 'pool-minimum-origins');
  assert.equal(JSON.parse(applyFix(text, 'pool-minimum-origins', fix)).minimum_origins, 1);
});

