import assert from 'node:assert/strict';
import { test } from 'node:test';
import ipaddr from 'ipaddr.js';
import { cloudflareRange } from '../../../server/core/lb/cloudflare-ips';

test('cloudflareRange matches the published ranges at their edges and nothing outside', () => {
  const cases: Array<[string, string | undefined]> = [
    ['104.16.0.0', '104.16.0.0/13'],
    ['104.23.255.255', '104.16.0.0/13'],
    ['104.15.255.255', undefined],
    ['198.41.255.255', '198.41.128.0/17'],
    ['198.41.127.255', undefined],
    ['2a06:98c7:ffff::1', '2a06:98c0::/29'],
    ['2a06:98c8::1', undefined],
    ['::ffff:172.64.0.1', '172.64.0.0/13'],
    ['1.1.1.1', undefined], // Cloudflare's resolver is not in the proxy ranges
  ];
  for (const [ip, range] of cases) assert.equal(cloudflareRange(ipaddr.parse(ip)), range, ip);
});
