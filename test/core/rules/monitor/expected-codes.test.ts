import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, ids, json, only, expectClean } from '../../../helpers';
import { HTTPS_MONITOR, TCP_MONITOR } from '../lb/fixtures';

test('expected_codes rules do not fire on a code, a class, or a tcp monitor', () => {
  for (const codes of ['200', '2xx', '301']) {
    const found = ids(json({ ...HTTPS_MONITOR, expected_codes: codes }));
    assert.ok(!found.includes('monitor-expected-codes-format') && !found.includes('monitor-expected-codes-missing'), codes);
  }
  expectClean(json(TCP_MONITOR));
});

test('monitor-expected-codes-missing fires on an https monitor without expected_codes, and adds "200"', async () => {
  const { expected_codes: _, ...rest } = HTTPS_MONITOR;
  const text = json(rest);
  const f = only(text, 'monitor-expected-codes-missing');
  assert.equal(f.severity, 'information');
  assert.equal(flagged(text, f), '"type"');
  const [fix] = await fixesOf(text, 'monitor-expected-codes-missing');
  assert.equal(fix.kind, 'safe');
  const fixed = JSON.parse(applyFix(text, 'monitor-expected-codes-missing', fix));
  assert.equal(fixed.expected_codes, '200');
  assert.deepEqual(Object.keys(fixed).indexOf('expected_codes'), Object.keys(fixed).indexOf('path') + 1);
});

test('monitor-expected-codes-missing treats an empty string as missing', async () => {
  const text = json({ ...HTTPS_MONITOR, expected_codes: '' });
  assert.equal(flagged(text, only(text, 'monitor-expected-codes-missing')), '""');
  const [fix] = await fixesOf(text, 'monitor-expected-codes-missing');
  assert.equal(JSON.parse(applyFix(text, 'monitor-expected-codes-missing', fix)).expected_codes, '200');
});

test('monitor-expected-codes-format fires on lists, ranges and odd spellings; normalises 2XX and 2**', async () => {
  for (const bad of ['200,201', '200-299', '20', 'ok', '6xx']) assert.ok(ids(json({ ...HTTPS_MONITOR, expected_codes: bad })).includes('monitor-expected-codes-format'), bad);
  assert.deepEqual(await fixesOf(json({ ...HTTPS_MONITOR, expected_codes: '200,201' }), 'monitor-expected-codes-format'), []);
  for (const [bad, good] of [['2XX', '2xx'], ['2**', '2xx'], [' 200 ', '200']]) {
    const text = json({ ...HTTPS_MONITOR, expected_codes: bad });
    const [fix] = await fixesOf(text, 'monitor-expected-codes-format');
    assert.equal(fix.kind, 'safe');
    assert.equal(JSON.parse(applyFix(text, 'monitor-expected-codes-format', fix)).expected_codes, good);
  }
});
