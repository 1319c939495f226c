import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagged, json, only, expectClean } from '../../../helpers';
import { POOL } from '../lb/fixtures';

const withOrigins = (...origins: object[]) => json({ ...POOL, origins });

test('dns-internal does not fire on other public addresses or hostnames', () => {
  expectClean(json(POOL));
  expectClean(withOrigins({ name: 'a', address: '8.8.8.8' }));
});

test('dns-internal fires on Cloudflare IPv4 and IPv6 addresses, linking the failure reason', () => {
  for (const address of ['104.16.132.229', '172.67.1.1', '2606:4700::6810:84e5', '::ffff:104.16.1.1']) {
    const text = withOrigins({ name: 'a', address });
    const f = only(text, 'dns-internal');
    assert.equal(flagged(text, f), JSON.stringify(address));
    assert.match(f.docs, /#dns-internal$/);
  }
});
