import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, json, only, expectClean } from '../../../helpers';
import { POOL, VNET } from '../lb/fixtures';

const withOrigins = (...origins: object[]) => json({ ...POOL, origins });

test('the same address with another port or virtual network is not a duplicate', () => {
  expectClean(withOrigins({ name: 'a', address: '45.60.12.10' }, { name: 'b', address: '45.60.12.10', port: 8080 }));
  expectClean(withOrigins({ name: 'a', address: '10.0.0.5', virtual_network_id: VNET }, { name: 'b', address: '10.0.0.5', virtual_network_id: '1b9b1b3e-4a3c-4f47-9a39-0f51a2d6c6f1' }));
});

test('duplicate endpoints are 1002 on the second, relating the first; the fix removes it', async () => {
  const text = withOrigins({ name: 'a', address: '2606:54c0::1', port: 0 }, { name: 'b', address: '2606:54C0:0::1' });
  const f = only(text, '1002');
  assert.equal(f.pointer, '/origins/1/address');
  assert.equal(f.related?.length, 1);
  const [fix] = await fixesOf(text, '1002');
  assert.equal(fix.kind, 'choice');
  assert.deepEqual(JSON.parse(applyFix(text, '1002', fix)).origins.map((o: { name: string }) => o.name), ['a']);
});
