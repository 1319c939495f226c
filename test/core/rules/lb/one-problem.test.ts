import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, json } from '../../../helpers';
import { HTTP_MONITOR, HTTPS_MONITOR, POOL, TCP_MONITOR, VNET } from './fixtures';

const origin = { name: 'a', address: '45.60.12.10' };
const pool = (o: object) => ({ ...POOL, origins: [{ ...origin, ...o }] });

/** Documents with one mistake each, and the single error or warning it must give. */
const CASES: Array<[object, string]> = [
  [{ ...TCP_MONITOR, type: 'ICMP-PING', port: undefined }, 'lb-invalid-enum-value'],
  [{ ...TCP_MONITOR, port: '22' }, 'lb-wrong-type'],
  [{ ...TCP_MONITOR, port: 0 }, 'monitor-port-required'],
  [{ ...TCP_MONITOR, port: 70000 }, 'lb-value-out-of-range'],
  [{ ...TCP_MONITOR, path: '/' }, 'monitor-field-not-for-type'],
  [{ ...TCP_MONITOR, header: { Host: 'x' } }, 'monitor-field-not-for-type'],
  [{ ...TCP_MONITOR, method: 'GET' }, 'monitor-method'],
  [{ ...TCP_MONITOR, interval: 5 }, '1002'],
  [{ ...TCP_MONITOR, interval: '60' }, 'lb-wrong-type'],
  [{ ...TCP_MONITOR, timeout: 0 }, 'monitor-timeout-retries-range'],
  [{ ...TCP_MONITOR, timeout: 2.5 }, 'lb-wrong-type'],
  [{ ...TCP_MONITOR, interval: 10 }, 'monitor-probe-timing'],
  [{ ...TCP_MONITOR, consecutive_up: -1 }, 'lb-value-out-of-range'],
  [{ ...TCP_MONITOR, check_regions: ['WNAM'] }, 'lb-unknown-field'],
  [{ ...HTTPS_MONITOR, expected_codes: '200,302' }, 'monitor-expected-codes-format'],
  [{ ...HTTPS_MONITOR, expected_codes: 200 }, 'lb-wrong-type'],
  [{ ...HTTPS_MONITOR, header: { Host: 'app.example.com' } }, 'monitor-header-shape'],
  [{ ...HTTPS_MONITOR, header: [{ header: 'Host', values: ['app.example.com'] }] }, 'monitor-header-shape'],
  [{ ...HTTPS_MONITOR, header: { Host: ['app.example.com'], 'User-Agent': ['x'] } }, 'monitor-user-agent'],
  [{ ...HTTPS_MONITOR, header: { Host: ['45.60.12.10'] } }, 'tls-name-mismatch-error'],
  [{ ...HTTPS_MONITOR, header: undefined }, 'tls-unrecognized-name-error'],
  [{ ...HTTPS_MONITOR, timeout: 1 }, 'http-timeout-occurred'],
  [{ ...HTTPS_MONITOR, expected_body: 'x'.repeat(20000) }, 'response-body-mismatch-error'],
  [{ ...HTTPS_MONITOR, description: 'self-signed' }, 'tls-untrusted-certificate-error'],
  [{ ...HTTP_MONITOR, follow_redirects: false }, 'response-code-mismatch-error'],
  [{ ...HTTP_MONITOR, follow_redirects: 'false' }, 'lb-wrong-type'],
  [{ ...POOL, name: 'my pool' }, 'pool-name-characters'],
  [{ ...POOL, name: undefined }, 'lb-missing-required-field'],
  [{ ...POOL, origins: [] }, '1002'],
  [{ ...POOL, origins: {} }, 'lb-wrong-type'],
  [{ ...POOL, monitor_group: 'g' }, 'pool-monitor-and-group'],
  [{ ...POOL, check_regions: ['EU'] }, 'lb-invalid-enum-value'],
  [{ ...POOL, latitude: 1 }, 'pool-coordinates'],
  [{ ...POOL, minimum_origins: 3 }, 'pool-minimum-origins'],
  [{ ...POOL, health_sources: ['global'] }, 'pool-health-sources'],
  [{ ...POOL, origin_steering: { policy: 'round_robin' } }, 'lb-invalid-enum-value'],
  [{ ...POOL, load_shedding: { default_percent: 101 } }, 'lb-value-out-of-range'],
  [pool({ weight: 2 }), 'pool-origin-weight'],
  [pool({ weight: '1' }), 'lb-wrong-type'],
  [pool({ address: '10.0.0.1' }), '1002'],
  [pool({ address: '10.0.0.1', virtual_network_id: 'x' }), '1002'],
  [pool({ address: '10.0.0.1', virtual_network_id: 7 }), 'lb-wrong-type'],
  [pool({ address: '10.0.0.1', virtual_network_id: VNET, port: 99999 }), 'lb-value-out-of-range'],
  [pool({ address: 'https://origin.example.com' }), '1002'],
  [pool({ address: '104.16.0.1' }), 'dns-internal'],
  [pool({ header: { Host: ['a.example.com', 'b.example.com'] } }), 'pool-origin-host-header'],
  [pool({ header: { Host: 'a.example.com' } }), 'pool-origin-host-header'],
  [pool({ header: ['Host: a.example.com'] }), 'pool-origin-host-header'],
  [pool({ wieght: 1 }), 'lb-unknown-field'],
  [{ ...POOL, origins: [origin, origin].map((o, i) => ({ ...o, name: `o${i}` })) }, '1002'],
  [{ ...POOL, origins: [origin, { ...origin, address: '45.60.12.11' }] }, 'pool-origin-name-duplicate'],
];

test('one problem, one diagnostic: each monitor or pool file below has exactly one error or warning', () => {
  for (const [doc, id] of CASES) {
    const text = json(doc);
    const path = 'origins' in doc ? 'lb/web.pool.json' : 'lb/web.monitor.json';
    const got = findings(text, { path }).filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.id);
    assert.deepEqual(got, [id], text);
  }
});
