import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, ids, json, only, expectClean } from '../../../helpers';
import { POOL } from '../lb/fixtures';


test('pool-health-sources accepts null and ["regional", "global"] with regions', () => {
  expectClean(json({ ...POOL, health_sources: null }));
  expectClean(json({ ...POOL, health_sources: ['global', 'regional'] }));
});

test('pool-health-sources fires on a partial list and writes the only valid one', async () => {
  const text = json({ ...POOL, health_sources: ['regional'] });
  const [fix] = await fixesOf(text, 'pool-health-sources');
  assert.equal(fix.kind, 'safe');
  assert.deepEqual(JSON.parse(applyFix(text, 'pool-health-sources', fix)).health_sources, ['regional', 'global']);
});

test('pool-health-sources fires on regional health without check_regions', () => {
  const { check_regions: _, ...rest } = POOL;
  const text = json({ ...rest, health_sources: ['regional', 'global'] });
  assert.match(only(text, 'pool-health-sources').message, /check_regions/);
});

test('pool-health-sources: the fix removes its problem, also when the pool has no check_regions', async () => {
  const { check_regions: _, ...rest } = POOL;
  for (const pool of [{ ...rest, health_sources: ['regional'] }, { ...rest, check_regions: [], health_sources: ['global'] }, { ...POOL, health_sources: ['regional'] }]) {
    const text = json(pool);
    const [fix] = await fixesOf(text, 'pool-health-sources');
    const after = applyFix(text, 'pool-health-sources', fix);
    assert.ok(!ids(after).includes('pool-health-sources'), `${fix.title}: ${after}`);
  }
});
