import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, json, only, expectClean } from '../../../helpers';
import { HTTPS_MONITOR } from '../lb/fixtures';

test('monitor-user-agent does not fire without a User-Agent header', () => {
  expectClean(json(HTTPS_MONITOR));
});

test('monitor-user-agent fires on any casing and removes the header', async () => {
  const text = json({ ...HTTPS_MONITOR, header: { Host: ['app.example.com'], 'user-agent': ['probe'] } });
  const f = only(text, 'monitor-user-agent');
  assert.equal(flagged(text, f), '"user-agent"');
  const [fix] = await fixesOf(text, 'monitor-user-agent');
  assert.deepEqual(JSON.parse(applyFix(text, 'monitor-user-agent', fix)).header, { Host: ['app.example.com'] });
});
