import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, ids, json, only, expectClean } from '../../../helpers';
import { POOL } from '../lb/fixtures';

const withOrigins = (...origins: object[]) => json({ ...POOL, origins });

test('an empty origins list is 1002 with the API validation text, and a placeholder origin fix', async () => {
  expectClean(json(POOL));
  const text = withOrigins();
  const f = only(text, '1002');
  assert.equal(flagged(text, f), '[]');
  assert.match(f.message, /origin list length must be in range/);
  const [fix] = await fixesOf(text, '1002');
  assert.equal(fix.kind, 'placeholder');
  const fixed = applyFix(text, '1002', fix);
  assert.equal(JSON.parse(fixed).origins.length, 1);
  assert.ok(ids(fixed).includes('lb-missing-required-field'), 'the missing address is flagged until added');
});
