import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagged, json, only, expectClean } from '../../../helpers';
import { account, app } from '../../context/support';

const none = account({ entitlements: [] });
const all = account({ entitlements: ['ftp', 'byoip', 'argo_smart_routing', 'load_balancing'] });
const unknown = account({ entitlements: { load_balancing: true } });

const byoip = json(app({ dns: { type: 'ADDRESS', name: 'ssh.example.com' }, edge_ips: { type: 'static', ips: ['203.0.113.1'] } }));

test('11018 BYOIP: static edge IPs without the entitlement', () => {
  const f = only(byoip, '11018', { account: none });
  assert.equal(flagged(byoip, f), '"static"');
  for (const options of [{}, { account: all }, { account: unknown }]) expectClean(byoip, options);
  expectClean(json(app()), { account: none });
});
