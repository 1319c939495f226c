import assert from 'node:assert/strict';
import { test } from 'node:test';
import { json } from '../../../helpers';
import { allIds, DNS_ORIGIN, FULL, PAYGO, STATIC, UDP, VNET } from './apps';

test('the valid applications the Spectrum rule tests start from lint clean', () => {
  for (const app of [PAYGO, FULL, UDP, DNS_ORIGIN, STATIC, VNET]) assert.deepEqual(allIds(json(app)), [], json(app));
  assert.deepEqual(allIds(json({ success: true, errors: [], messages: [], result: { ...FULL, id: 'ea95132c15732412d22c1476fa83f27a' } })), []);
});
