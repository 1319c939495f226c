import assert from 'node:assert/strict';
import { test } from 'node:test';
import { json, only, expectClean } from '../../../helpers';
import { account } from '../../context/support';

const zone = { zone: { name: 'example.com', id: 'z1' }, zones: [{ name: 'example.net', id: 'z2' }, { name: 'eu.example.com', id: 'z3' }] };

test('11050 origin_dns.name outside the zone or in another zone', () => {
  const ctx = account(zone);
  const dnsOrigin = (name: string) => json({ protocol: 'tcp/22', dns: { type: 'CNAME', name: 'ssh.example.com' }, origin_dns: { name }, origin_port: 22 });
  expectClean(dnsOrigin('origin.example.com'), { account: ctx });
  assert.match(only(dnsOrigin('origin.example.net'), '11050', { account: ctx }).message, /belongs to zone example\.net of the account, not to example\.com/);
  assert.match(only(dnsOrigin('origin.elsewhere.io'), '11050', { account: ctx }).message, /is outside zone example\.com/);
  expectClean(dnsOrigin('origin.example.net'));
  expectClean(dnsOrigin('origin.example.net'), { account: account({}) });
});
