import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, json, expectClean, expectFindings } from '../../../helpers';
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

test('pool-origin-weight reads 50 as 50 % among its choices', async () => {
  const text = withOrigins({ name: 'a', address: '45.60.12.10', weight: 50 });
  expectFindings(text, [['pool-origin-weight', '50']]);
  const [percent, clamp] = await fixesOf(text, 'pool-origin-weight');
  assert.equal(JSON.parse(applyFix(text, 'pool-origin-weight', percent)).origins[0].weight, 0.5);
  assert.equal(JSON.parse(applyFix(text, 'pool-origin-weight', clamp)).origins[0].weight, 1);
});
