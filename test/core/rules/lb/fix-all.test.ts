import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAll } from '../../../../server/core';
import { ids, json } from '../../../helpers';

test('fix-all repairs the unambiguous monitor mistakes the user sees, leaves removals, and a second run the ones the first revealed', async () => {
  const text = json({
    type: 'HTTPS',
    path: '/health',
    header: { Host: 'app.example.com', 'User-Agent': ['probe'] },
    expected_codes: '2XX',
    interval: 60,
    timeout: 1,
    retries: '2',
  });
  // With an unknown type the type-specific checks stay quiet: the user sees only these three.
  const first = await fixAll(text);
  assert.deepEqual(first.applied, ['Write "https"', 'Write ["app.example.com"]', 'Write 2']);
  assert.deepEqual(JSON.parse(first.text).expected_codes, '2XX');
  const { text: fixed } = await fixAll(first.text);
  assert.deepEqual(JSON.parse(fixed), {
    type: 'https',
    path: '/health',
    header: { Host: ['app.example.com'], 'User-Agent': ['probe'] },
    expected_codes: '2xx',
    interval: 60,
    timeout: 5,
    retries: 2,
  });
  // Removing the ignored header is the user's choice, never fix-on-save's.
  assert.deepEqual(ids(fixed), ['monitor-user-agent']);
});

test('fix-all repairs a pool without touching choices such as its name', async () => {
  const text = json({
    name: 'eu west',
    check_regions: ['weu'],
    origins: [{ name: 'a', address: '45.60.12.10:8080', weight: 0.505, header: { host: 'app.example.com' } }],
  });
  // The lowercase host key and its value (which must be a list) are both seen at once, so one run fixes both.
  const first = await fixAll(text);
  assert.deepEqual(JSON.parse(first.text).origins[0].header.Host, ['app.example.com']);
  const { text: fixed } = await fixAll(first.text);
  assert.equal(fixed, first.text, 'a second run changes nothing');
  assert.deepEqual(JSON.parse(fixed), {
    name: 'eu west',
    check_regions: ['WEU'],
    origins: [{ name: 'a', address: '45.60.12.10', port: 8080, weight: 0.51, header: { Host: ['app.example.com'] } }],
  });
  assert.deepEqual(ids(fixed), ['pool-name-characters']);
});
