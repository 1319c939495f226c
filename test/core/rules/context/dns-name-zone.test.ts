import assert from 'node:assert/strict';
import { test } from 'node:test';
import { json, only, expectClean } from '../../../helpers';
import { account, app } from '../../context/support';

const zone = { zone: { name: 'example.com', id: 'z1' }, zones: [{ name: 'example.net', id: 'z2' }, { name: 'eu.example.com', id: 'z3' }] };

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
