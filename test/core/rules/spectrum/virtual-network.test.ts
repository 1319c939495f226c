import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ids, json } from '../../../helpers';
import { FULL, VNET } from './apps';

test('virtual-network rules stay quiet without a virtual network or with valid settings', () => {
  for (const app of [VNET, { ...FULL, proxy_protocol: 'v2', traffic_type: 'https' }, { ...VNET, virtual_network_id: '', proxy_protocol: 'v1' }]) {
    const found = ids(json(app));
    assert.ok(!found.includes('virtual-network-proxy-protocol') && !found.includes('virtual-network-traffic-type'), json(app));
  }
});
