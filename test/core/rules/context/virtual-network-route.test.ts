import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, json, only, expectClean, expectFindings } from '../../../helpers';
import { account, app, NETWORKS, VNET_A, VNET_B, VNET_MISSING } from '../../context/support';

const ctx = account(NETWORKS);
const vnetApp = (ip: string, vnet = VNET_A) => json(app({ origin_direct: [`tcp://${ip}:22`], virtual_network_id: vnet }));

test('11044 is quiet without an account context', () => {
  expectClean(vnetApp('10.9.9.9', VNET_MISSING));
});

test('11044 is quiet when the origin IP is inside a route of the network (longest prefix match)', () => {
  expectClean(vnetApp('10.0.5.9'), { account: ctx });
  expectClean(vnetApp('172.20.0.1', VNET_B), { account: ctx });
  expectClean(json(app({ origin_direct: ['tcp://[fd00:10::9]:22'], virtual_network_id: VNET_A })), { account: ctx });
});

test('11044 fires on a virtual network that does not exist, naming the known ones', async () => {
  const text = vnetApp('10.0.5.9', VNET_MISSING);
  const f = only(text, '11044', { account: ctx });
  assert.equal(flagged(text, f), `"${VNET_MISSING}"`);
  assert.match(f.message, /does not exist in the account, according to the account context in spectrum-lint\.config\.json/);
  assert.match(f.message, /"us-east-1-vpc", "eu-west-vpc"/);
  // Only the network with a route to 10.0.5.9 is offered, so the fix also satisfies the route check.
  const fixes = await fixesOf(text, '11044', { account: ctx });
  assert.deepEqual(fixes.map((x) => x.title), ['Use virtual network "us-east-1-vpc" (route 10.0.5.0/24)']);
  const fixed = applyFix(text, '11044', fixes[0], { account: ctx });
  assert.equal(JSON.parse(fixed).virtual_network_id, VNET_A);
  expectClean(fixed, { account: ctx });
});

test('11044 fires on an origin IP outside every route of the network, naming the closest route', () => {
  const text = vnetApp('10.1.0.1');
  const f = only(text, '11044', { account: ctx });
  assert.equal(flagged(text, f), '"tcp://10.1.0.1:22"');
  assert.match(f.message, /No route of virtual network "us-east-1-vpc" contains 10\.1\.0\.1/);
  assert.match(f.message, /closest route .* is 10\.0\.0\.0\/16 \(tunnel "east"\)/);
});

test('11044: a route of another network does not count, and the fix moves the app to that network', async () => {
  const text = vnetApp('172.16.0.9', VNET_A);
  only(text, '11044', { account: ctx });
  const [fix] = await fixesOf(text, '11044', { account: ctx });
  assert.equal(fix.title, 'Use virtual network "eu-west-vpc" (route 172.16.0.0/12)');
  applyFix(text, '11044', fix, { account: ctx });
});

test('11044 on IPv6 origins with no IPv6 route in the network', () => {
  const text = json(app({ origin_direct: ['tcp://[2001:db8::1]:22'], virtual_network_id: VNET_B }));
  assert.match(only(text, '11044', { account: ctx }).message, /has no route for this address family/);
});

test('11044 links the closest route in the context file when the context knows where it is', async () => {
  const { resolveAccount } = await import('../../../../server/core/context');
  const config = JSON.stringify({ account: NETWORKS }, null, 2);
  const located = resolveAccount(NETWORKS, '/ws/spectrum-lint.config.json', () => undefined, config).context!;
  const f = only(vnetApp('10.1.0.1'), '11044', { account: located });
  assert.equal(f.related?.[0].path, '/ws/spectrum-lint.config.json');
  assert.match(f.related![0].message, /10\.0\.0\.0\/16/);
});

test('11044 is quiet when only the networks are known and the network exists', () => {
  const c = account({ virtual_networks: NETWORKS.virtual_networks });
  expectClean(vnetApp('10.1.0.1'), { account: c });
});

test('11044 ignores API responses and malformed ids (11045 owns those)', () => {
  const response = json({ success: true, errors: [], result: { id: 'a'.repeat(32), ...app({ origin_direct: ['tcp://10.9.9.9:22'], virtual_network_id: VNET_MISSING }) } });
  expectClean(response, { account: ctx });
  expectFindings(vnetApp('10.9.9.9', 'not-a-uuid'), [['11045', '"not-a-uuid"']], { account: ctx });
});
