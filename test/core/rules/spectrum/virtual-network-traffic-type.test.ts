import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, json, only } from '../../../helpers';
import { VNET } from './apps';

test('virtual-network-traffic-type fires on http(s) traffic, fix writes direct', async () => {
  const text = json({ ...VNET, traffic_type: 'http' });
  const f = only(text, 'virtual-network-traffic-type');
  assert.equal(flagged(text, f), '"http"');
  const [fix] = await fixesOf(text, 'virtual-network-traffic-type');
  assert.equal(fix.kind, 'choice');
  assert.equal(applyFix(text, 'virtual-network-traffic-type', fix), json(VNET));
});
