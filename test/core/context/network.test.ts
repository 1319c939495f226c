import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closestRoute, matchRoute, parseIp, prefixContaining, networksRouting } from '../../../server/core/context';
import { account, NETWORKS, VNET_A, VNET_B } from './support';

const ctx = account(NETWORKS);
const ip = (s: string) => parseIp(s)!;

test('longest prefix match picks the most specific route of the virtual network (IPv4)', () => {
  assert.equal(matchRoute(ctx, ip('10.0.5.7'), VNET_A)?.route.network, '10.0.5.0/24');
  assert.equal(matchRoute(ctx, ip('10.0.6.7'), VNET_A)?.route.network, '10.0.0.0/16');
  assert.equal(matchRoute(ctx, ip('10.1.0.1'), VNET_A), undefined);
});

test('routes of another virtual network do not match', () => {
  assert.equal(matchRoute(ctx, ip('172.16.3.4'), VNET_A), undefined);
  assert.equal(matchRoute(ctx, ip('172.16.3.4'), VNET_B)?.route.network, '172.16.0.0/12');
});

test('IPv6 routes match IPv6 addresses only, and IPv4-mapped addresses match IPv4 routes', () => {
  assert.equal(matchRoute(ctx, ip('fd00:10::5'), VNET_A)?.route.network, 'fd00:10::/32');
  assert.equal(matchRoute(ctx, ip('fd00:11::5'), VNET_A), undefined);
  assert.equal(matchRoute(ctx, ip('::ffff:10.0.5.1'), VNET_A)?.route.network, '10.0.5.0/24');
});

test('deleted routes do not match', () => {
  assert.equal(matchRoute(ctx, ip('192.168.1.1'), VNET_A), undefined);
});

test('routes without virtual_network_id belong to the default network', () => {
  const c = account({ ...NETWORKS, routes: [{ network: '100.64.0.0/10' }] });
  assert.equal(matchRoute(c, ip('100.64.1.1'), VNET_A)?.route.network, '100.64.0.0/10');
  assert.equal(matchRoute(c, ip('100.64.1.1'), VNET_B), undefined);
});

test('closest route shares the most leading bits, same family', () => {
  assert.equal(closestRoute(ctx, ip('10.1.0.1'), VNET_A)?.route.network, '10.0.0.0/16');
  assert.equal(closestRoute(ctx, ip('fd00:20::1'), VNET_A)?.route.network, 'fd00:10::/32');
  assert.equal(closestRoute(ctx, ip('fd00:20::1'), VNET_B), undefined);
});

test('networksRouting lists the networks with a route to the IP', () => {
  assert.deepEqual(networksRouting(ctx, ip('10.0.5.1')).map((n) => n.network.name), ['us-east-1-vpc']);
  assert.deepEqual(networksRouting(ctx, ip('8.8.8.8')), []);
});

test('prefix containment, most specific prefix, both families', () => {
  const c = account({ prefixes: [{ cidr: '203.0.113.0/24' }, { cidr: '203.0.113.128/25', id: 'small' }, { cidr: '2001:db8::/48' }] });
  assert.equal(prefixContaining(c, ip('203.0.113.200'))?.prefix.id, 'small');
  assert.equal(prefixContaining(c, ip('203.0.113.1'))?.index, 0);
  assert.equal(prefixContaining(c, ip('2001:db8::1'))?.index, 2);
  assert.equal(prefixContaining(c, ip('198.51.100.1')), undefined);
});
