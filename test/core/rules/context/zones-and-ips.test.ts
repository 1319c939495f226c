import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagged, ids, json, only, expectClean, expectFindings } from '../../../helpers';
import { buildWorkspaceIndex } from '../../../../server/core/workspace';
import { account, app } from '../../context/support';

const zone = { zone: { name: 'example.com', id: 'z1' }, zones: [{ name: 'example.net', id: 'z2' }, { name: 'eu.example.com', id: 'z3' }] };
const staticApp = (ips: string[], extra: Record<string, unknown> = {}) =>
  app({ dns: { type: 'ADDRESS', name: 'ssh.example.com' }, edge_ips: { type: 'static', ips }, ...extra });

test('11019 static IP outside every account prefix', () => {
  const ctx = account({ prefixes: [{ cidr: '203.0.113.0/24' }, { cidr: '2001:db8::/48' }] });
  const text = json(staticApp(['203.0.113.5', '198.51.100.1', '2001:db8::1']));
  const f = only(text, '11019', { account: ctx });
  assert.equal(flagged(text, f), '"198.51.100.1"');
  assert.match(f.message, /not inside any BYOIP prefix of the account, according to the account context in spectrum-lint\.config\.json \(prefixes: 203\.0\.113\.0\/24, 2001:db8::\/48\)/);
  expectClean(text);
  expectClean(text, { account: account({}) });
  // Without BYOIP the static edge IPs themselves are the problem (11018), not each address.
  expectFindings(text, [['11018', '"static"']], { account: account({ prefixes: [{ cidr: '203.0.113.0/24' }], entitlements: [] }) });
});

test('11033 static IP used by an application of another zone', () => {
  const ctx = account({ ...zone, spectrum_apps: [{ id: 'o1', protocol: 'tcp/22', dns: { name: 'x.example.net' }, edge_ips: { type: 'static', ips: ['203.0.113.5'] }, zone_id: 'z2', zone_name: 'example.net' }] });
  const text = json(staticApp(['203.0.113.5']));
  const f = only(text, '11033', { account: ctx });
  assert.match(f.message, /already used by x\.example\.net in zone example\.net/);
  expectClean(text);
  // The same IP in the own zone is the duplicate-edge-ip check's business, not 11033.
  const own = account({ ...zone, spectrum_apps: [{ id: 'o1', protocol: 'tcp/22', dns: { name: 'x.example.com' }, edge_ips: { type: 'static', ips: ['203.0.113.5'] } }] });
  expectClean(text, { account: own });
});

test('16001 dns.name outside the zone, in another zone of the account, or used in another zone', () => {
  const ctx = account(zone);
  const outside = json(app({ dns: { type: 'CNAME', name: 'ssh.other.org' } }));
  assert.match(only(outside, '16001', { account: ctx }).message, /ssh\.other\.org is not in zone example\.com, the zone of these applications, according to/);
  const sub = json(app({ dns: { type: 'CNAME', name: 'ssh.eu.example.com' } }));
  assert.match(only(sub, '16001', { account: ctx }).message, /belongs to zone eu\.example\.com of the account/);
  expectClean(json(app()), { account: ctx });
  expectClean(outside);
  const used = account({ spectrum_apps: [{ id: 'o', protocol: 'tcp/22', dns: { name: 'SSH.example.com.' }, zone_name: 'legacy.example' }] });
  assert.match(only(json(app()), '16001', { account: used }).message, /already the hostname of an application in zone legacy\.example/);
});

test('11050 origin_dns.name outside the zone or in another zone', () => {
  const ctx = account(zone);
  const dnsOrigin = (name: string) => json({ protocol: 'tcp/22', dns: { type: 'CNAME', name: 'ssh.example.com' }, origin_dns: { name }, origin_port: 22 });
  expectClean(dnsOrigin('origin.example.com'), { account: ctx });
  assert.match(only(dnsOrigin('origin.example.net'), '11050', { account: ctx }).message, /belongs to zone example\.net of the account, not to example\.com/);
  assert.match(only(dnsOrigin('origin.elsewhere.io'), '11050', { account: ctx }).message, /is outside zone example\.com/);
  expectClean(dnsOrigin('origin.example.net'));
  expectClean(dnsOrigin('origin.example.net'), { account: account({}) });
});

test('12005 more IPv4 addresses than the quota, counting the workspace and existing apps', () => {
  const ctx = account({ quotas: { ipv4: 2 }, spectrum_apps: [{ id: 'e1', protocol: 'tcp/22', dns: { name: 'old.example.com' } }] });
  const ws = buildWorkspaceIndex([{ path: '/ws/b.spectrum.json', text: json(app({ dns: { type: 'CNAME', name: 'b.example.com' } })) }]);
  const text = json(app());
  const f = only(text, '12005', { account: ctx, workspace: ws, path: '/ws/a.spectrum.json' });
  assert.equal(flagged(text, f), '"ssh.example.com"');
  assert.match(f.message, /would use 3 IPv4 addresses \(0 static, 3 for dynamic hostnames\), above its quota of 2/);
  // Within the quota, without the quota, or an app that adds no new address.
  expectClean(text, { account: ctx, path: '/ws/a.spectrum.json' });
  expectClean(text, { workspace: ws, path: '/ws/a.spectrum.json' });
  expectClean(json(app({ dns: { type: 'CNAME', name: 'old.example.com' } })), { account: ctx, workspace: ws, path: '/ws/a.spectrum.json' });
  // IPv6-only apps take no IPv4 address.
  expectClean(json(app({ edge_ips: { type: 'dynamic', connectivity: 'ipv6' } })), { account: ctx, workspace: ws, path: '/ws/a.spectrum.json' });
});
