import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAll } from '../../../../server/core';
import { ids, json } from '../../../helpers';

test('fix-all repairs every unambiguous monitor mistake in one run and leaves the choices', async () => {
  const text = json({
    type: 'HTTPS',
    path: '/health',
    header: { Host: 'app.example.com', 'User-Agent': ['probe'] },
    expected_codes: '2XX',
    interval: 60,
    timeout: 1,
    retries: '2',
  });
  const { text: fixed } = await fixAll(text);
  assert.deepEqual(JSON.parse(fixed), {
    type: 'https',
    path: '/health',
    header: { Host: ['app.example.com'] },
    expected_codes: '2xx',
    interval: 60,
    timeout: 5,
    retries: 2,
  });
  assert.deepEqual(ids(fixed), []);
});

test('fix-all repairs a pool without touching choices such as its name', async () => {
  const text = json({
    name: 'eu west',
    check_regions: ['weu'],
    origins: [{ name: 'a', address: '45.60.12.10:8080', weight: 0.505, header: { host: 'app.example.com' } }],
  });
  const { text: fixed } = await fixAll(text);
  assert.deepEqual(JSON.parse(fixed), {
    name: 'eu west',
    check_regions: ['WEU'],
    origins: [{ name: 'a', address: '45.60.12.10', port: 8080, weight: 0.51, header: { Host: ['app.example.com'] } }],
  });
  assert.deepEqual(ids(fixed), ['pool-name-characters']);
});
