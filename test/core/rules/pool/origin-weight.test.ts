import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, json, only, expectClean, expectFindings } from '../../../helpers';
import { POOL } from '../lb/fixtures';

const withOrigins = (...origins: object[]) => json({ ...POOL, origins });

test('pool-origin-weight accepts 0 to 1 in steps of 0.01', () => {
  for (const weight of [0, 0.01, 0.29, 0.5, 1]) expectClean(withOrigins({ name: 'a', address: '45.60.12.10', weight }));
});

test('pool-origin-weight rounds a finer step', async () => {
  const text = withOrigins({ name: 'a', address: '45.60.12.10', weight: 0.333 });
  const [fix] = await fixesOf(text, 'pool-origin-weight');
  assert.equal(fix.kind, 'safe');
  assert.equal(JSON.parse(applyFix(text, 'pool-origin-weight', fix)).origins[0].weight, 0.33);
});

test('pool-origin-weight reads 50 as 50 % among its choices, after "Set weight 1"', async () => {
  const text = withOrigins({ name: 'a', address: '45.60.12.10', weight: 50 });
  expectFindings(text, [['pool-origin-weight', '50']]);
  const [clamp, percent] = await fixesOf(text, 'pool-origin-weight');
  assert.deepEqual([clamp.title, percent.title], ['Set weight 1', 'Set weight 0.5 (50 %)']);
  assert.equal(JSON.parse(applyFix(text, 'pool-origin-weight', percent)).origins[0].weight, 0.5);
  assert.equal(JSON.parse(applyFix(text, 'pool-origin-weight', clamp)).origins[0].weight, 1);
});

test('pool-origin-weight offers "Set weight 1" alone for 1.5: a fraction above 1 is no percent', async () => {
  const text = withOrigins({ name: 'a', address: '45.60.12.10', weight: 1.5 });
  const fixes = await fixesOf(text, 'pool-origin-weight');
  assert.deepEqual(fixes.map((f) => f.title), ['Set weight 1']);
  assert.equal(JSON.parse(applyFix(text, 'pool-origin-weight', fixes[0])).origins[0].weight, 1);
  assert.doesNotMatch(only(text, 'pool-origin-weight').message, /%/);
});
