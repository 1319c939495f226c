import assert from 'node:assert/strict';
import { test } from 'node:test';
import ipaddr from 'ipaddr.js';
import { originIp } from '../../server/core/lb/origins';
import { parseOrigin } from '../../server/core/spectrum/values';

const HOSTS = ['192.0.2.1', '0.0.0.0', '255.255.255.255', '10.1.2.3', '2001:db8::1', '::', '::1', '::ffff:192.0.2.7', '2001:0db8:0000:0000:0000:0000:0000:0001', 'fe80::1:2', '64:ff9b::203.0.113.9'];

test('an origin address is parsed by ipaddr.js as the kind it was validated as: the same address ipaddr.parse gives', () => {
  for (const host of HOSTS) {
    const v6 = host.includes(':');
    const o = parseOrigin(`tcp://${v6 ? `[${host}]` : host}:22`);
    assert.ok(o.ok, host);
    assert.equal(o.hostKind, v6 ? 'ipv6' : 'ipv4', host);
    const expected = ipaddr.parse(host);
    assert.equal(o.ip.kind(), expected.kind(), host);
    assert.equal(o.ip.toNormalizedString(), expected.toNormalizedString(), host);
  }
});

test('a pool origin address that is an IP is parsed as ipaddr.parse parses it; hostnames and near-IPs are not IPs', () => {
  for (const host of HOSTS) {
    const ip = originIp(host.includes(':') ? `[${host}]` : ` ${host} `);
    assert.equal(ip?.toNormalizedString(), ipaddr.parse(host).toNormalizedString(), host);
  }
  for (const text of ['origin.example.com', '192.0.2', '192.0.2.256', '01.2.3.4', '2001:db8::g', '1.2.3.4:80', '']) assert.equal(originIp(text), undefined, text);
});
