import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, json, only, expectClean } from '../../../helpers';
import { POOL, VNET } from '../lb/fixtures';

const withOrigins = (...origins: object[]) => json({ ...POOL, origins });

test('public IPs and hostnames, and private IPs with a virtual network, are accepted', () => {
  expectClean(json(POOL));
  expectClean(withOrigins({ name: 'a', address: '10.0.0.5', virtual_network_id: VNET }));
  expectClean(withOrigins({ name: 'a', address: '2606:54c0::1' }));
});

test('private, loopback and reserved addresses without virtual_network_id are 1002 naming the validation', () => {
  for (const address of ['10.0.0.5', '127.0.0.1', '192.0.2.10', 'fd00::1', '::ffff:192.168.1.1']) {
    const text = withOrigins({ name: 'a', address });
    const f = only(text, '1002');
    assert.equal(flagged(text, f), JSON.stringify(address));
    assert.match(f.message, /not globally routable/, address);
  }
});

test('a URL or ip:port as address is 1002, split into address and port by the fix', async () => {
  const text = withOrigins({ name: 'a', address: '45.60.12.10:8080' });
  const [fix] = await fixesOf(text, '1002');
  assert.equal(fix.kind, 'safe');
  assert.deepEqual(JSON.parse(applyFix(text, '1002', fix)).origins[0], { name: 'a', address: '45.60.12.10', port: 8080 });
  const url = withOrigins({ name: 'a', address: 'https://origin.example.com/' });
  const [strip] = await fixesOf(url, '1002');
  assert.equal(JSON.parse(applyFix(url, '1002', strip)).origins[0].address, 'origin.example.com');
  assert.deepEqual(await fixesOf(withOrigins({ name: 'a', address: 'not an address' }), '1002'), []);
});
