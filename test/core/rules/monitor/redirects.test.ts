import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, json, only, expectClean } from '../../../helpers';
import { HTTP_MONITOR, HTTPS_MONITOR } from '../lb/fixtures';

test('response-code-mismatch-error does not fire when redirects are followed, 3xx is expected, or the monitor is https', () => {
  expectClean(json(HTTP_MONITOR));
  expectClean(json({ ...HTTP_MONITOR, follow_redirects: false, expected_codes: '3xx' }));
  expectClean(json({ ...HTTPS_MONITOR }));
});

test('response-code-mismatch-error fires on follow_redirects false and sets it true', async () => {
  const text = json({ ...HTTP_MONITOR, follow_redirects: false });
  const f = only(text, 'response-code-mismatch-error');
  assert.equal(flagged(text, f), 'false');
  assert.match(f.docs, /#response-code-mismatch-error$/);
  const [fix] = await fixesOf(text, 'response-code-mismatch-error');
  assert.equal(fix.kind, 'safe');
  assert.equal(JSON.parse(applyFix(text, 'response-code-mismatch-error', fix)).follow_redirects, true);
});

test('response-code-mismatch-error fires when follow_redirects is absent and inserts it', async () => {
  const { follow_redirects: _, ...rest } = HTTP_MONITOR;
  const text = json(rest);
  assert.equal(flagged(text, only(text, 'response-code-mismatch-error')), '"type"');
  const [fix] = await fixesOf(text, 'response-code-mismatch-error');
  const fixed = JSON.parse(applyFix(text, 'response-code-mismatch-error', fix));
  assert.equal(fixed.follow_redirects, true);
  assert.equal(Object.keys(fixed).indexOf('follow_redirects'), Object.keys(fixed).indexOf('expected_codes') + 1);
});
