import assert from 'node:assert/strict';
import { test } from 'node:test';
import { json, only, expectClean } from '../../../helpers';
import { HTTPS_MONITOR } from '../lb/fixtures';

test('response-body-mismatch-error does not fire on a short expected_body', () => {
  expectClean(json({ ...HTTPS_MONITOR, expected_body: 'ok' }));
  expectClean(json({ ...HTTPS_MONITOR, expected_body: 'a'.repeat(10 * 1024) }));
});

test('response-body-mismatch-error fires on an expected_body longer than 10 KB', () => {
  const text = json({ ...HTTPS_MONITOR, expected_body: 'é'.repeat(6000) });
  const f = only(text, 'response-body-mismatch-error');
  assert.match(f.docs, /#response-body-mismatch-error$/);
  assert.match(f.message, /11\.7 KB/);
});
