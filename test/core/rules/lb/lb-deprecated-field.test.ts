import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, json, only, expectClean } from '../../../helpers';
import { POOL } from './fixtures';

test('lb-deprecated-field does not fire without notification_email', () => {
  expectClean(json(POOL));
});

test('lb-deprecated-field marks notification_email deprecated, removing it only when empty', async () => {
  const text = json({ ...POOL, notification_email: 'ops@example.com' });
  const f = only(text, 'lb-deprecated-field');
  assert.equal(f.severity, 'information');
  assert.deepEqual(f.tags, ['deprecated']);
  assert.deepEqual(await fixesOf(text, 'lb-deprecated-field'), []);
  const empty = json({ ...POOL, notification_email: '' });
  const [fix] = await fixesOf(empty, 'lb-deprecated-field');
  assert.ok(!('notification_email' in JSON.parse(applyFix(empty, 'lb-deprecated-field', fix))));
});
