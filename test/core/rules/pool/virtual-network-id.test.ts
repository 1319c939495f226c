import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, json, only, expectClean } from '../../../helpers';
import { POOL, VNET } from '../lb/fixtures';

const withOrigins = (...origins: object[]) => json({ ...POOL, origins });

test('a UUID virtual_network_id is accepted; anything else is 1002 naming the validation', async () => {
  expectClean(withOrigins({ name: 'a', address: '10.0.0.5', virtual_network_id: VNET }));
  const text = withOrigins({ name: 'a', address: '10.0.0.5', virtual_network_id: 'vnet-prod' });
  const f = only(text, '1002');
  assert.equal(flagged(text, f), '"vnet-prod"');
  assert.match(f.message, /virtual_network_id must be valid UUID/);
  assert.deepEqual(await fixesOf(text, '1002'), []);
});

test('a UUID with spaces or braces is trimmed by the fix', async () => {
  const text = withOrigins({ name: 'a', address: '10.0.0.5', virtual_network_id: ` {${VNET}} ` });
  const [fix] = await fixesOf(text, '1002');
  assert.equal(JSON.parse(applyFix(text, '1002', fix)).origins[0].virtual_network_id, VNET);
});
