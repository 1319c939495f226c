import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, flagged, json } from '../../../helpers';
import { account, NETWORKS, VNET_A, VNET_MISSING } from '../../context/support';

const pool = (extra: Record<string, unknown> = {}, origins: unknown[] = [{ name: 'a', address: '93.184.216.34' }]) => ({ name: 'primary', check_regions: ['WNAM'], origins, ...extra });
const of = (text: string, id: string, options: object) => findings(text, options).filter((f) => f.id === id);

test('1002 private endpoint: virtual network must exist and route the address', () => {
  const ctx = account(NETWORKS);
  const origins = [
    { name: 'ok', address: '10.0.5.5', virtual_network_id: VNET_A },
    { name: 'noroute', address: '10.9.0.1', virtual_network_id: VNET_A },
    { name: 'nonet', address: '10.0.5.6', virtual_network_id: VNET_MISSING },
  ];
  const text = json(pool({}, origins));
  const fs = of(text, '1002', { account: ctx });
  assert.deepEqual(fs.map((f) => flagged(text, f)), ['"10.9.0.1"', `"${VNET_MISSING}"`]);
  assert.match(fs[0].message, /No route of virtual network "us-east-1-vpc" contains 10\.9\.0\.1.*closest route is 10\.0\.0\.0\/16/);
  assert.match(fs[1].message, /does not belong to the account/);
  assert.deepEqual(of(text, '1002', {}), []);
});
