import { test } from 'node:test';
import { expectFindings, json, type Expected } from '../../../helpers';
import { HTTP_MONITOR, HTTPS_MONITOR, POOL, TCP_MONITOR, VNET } from './fixtures';

const origin = { name: 'a', address: '45.60.12.10' };
const pool = (o: object) => ({ ...POOL, origins: [{ ...origin, ...o }] });

/** Documents with one mistake each, and the one finding it must give (hints aside): id, place, severity. */
const CASES: Array<[object, Expected]> = [
  [{ ...TCP_MONITOR, type: 'ICMP-PING', port: undefined }, ['lb-invalid-enum-value', { pointer: "/type", text: "\"ICMP-PING\"" }, { severity: 'error' }]],
  [{ ...TCP_MONITOR, port: '22' }, ['lb-wrong-type', { pointer: "/port", text: "\"22\"" }, { severity: 'error' }]],
  [{ ...TCP_MONITOR, port: 0 }, ['monitor-port-required', { pointer: "/port", text: "0" }, { severity: 'error' }]],
  [{ ...TCP_MONITOR, port: 70000 }, ['lb-value-out-of-range', { pointer: "/port", text: "70000" }, { severity: 'error' }]],
  [{ ...TCP_MONITOR, path: '/' }, ['monitor-field-not-for-type', { pointer: "", text: "\"path\"" }, { severity: 'warning' }]],
  [{ ...TCP_MONITOR, header: { Host: 'x' } }, ['monitor-field-not-for-type', { pointer: "", text: "\"header\"" }, { severity: 'warning' }]],
  [{ ...TCP_MONITOR, method: 'GET' }, ['monitor-method', { pointer: "/method", text: "\"GET\"" }, { severity: 'warning' }]],
  [{ ...TCP_MONITOR, interval: 5 }, ['1002', { pointer: "/interval", text: "5" }, { severity: 'error' }]],
  [{ ...TCP_MONITOR, interval: '60' }, ['lb-wrong-type', { pointer: "/interval", text: "\"60\"" }, { severity: 'error' }]],
  [{ ...TCP_MONITOR, timeout: 0 }, ['monitor-timeout-retries-range', { pointer: "/timeout", text: "0" }, { severity: 'warning' }]],
  [{ ...TCP_MONITOR, timeout: 2.5 }, ['lb-wrong-type', { pointer: "/timeout", text: "2.5" }, { severity: 'error' }]],
  [{ ...TCP_MONITOR, interval: 10 }, ['monitor-probe-timing', { pointer: "/interval", text: "10" }, { severity: 'warning' }]],
  [{ ...TCP_MONITOR, consecutive_up: -1 }, ['lb-value-out-of-range', { pointer: "/consecutive_up", text: "-1" }, { severity: 'error' }]],
  [{ ...TCP_MONITOR, check_regions: ['WNAM'] }, ['lb-unknown-field', { pointer: "/check_regions", text: "\"check_regions\"" }, { severity: 'warning' }]],
  [{ ...HTTPS_MONITOR, expected_codes: '200,302' }, ['monitor-expected-codes-format', { pointer: "/expected_codes", text: "\"200,302\"" }, { severity: 'warning' }]],
  [{ ...HTTPS_MONITOR, expected_codes: 200 }, ['lb-wrong-type', { pointer: "/expected_codes", text: "200" }, { severity: 'error' }]],
  [{ ...HTTPS_MONITOR, header: { Host: 'app.example.com' } }, ['monitor-header-shape', { pointer: "/header/Host", text: "\"app.example.com\"" }, { severity: 'error' }]],
  [{ ...HTTPS_MONITOR, header: [{ header: 'Host', values: ['app.example.com'] }] }, ['monitor-header-shape', { pointer: "/header" }, { severity: 'error' }]],
  [{ ...HTTPS_MONITOR, header: { Host: ['app.example.com'], 'User-Agent': ['x'] } }, ['monitor-user-agent', { pointer: "/header", text: "\"User-Agent\"" }, { severity: 'warning' }]],
  [{ ...HTTPS_MONITOR, header: { Host: ['45.60.12.10'] } }, ['tls-name-mismatch-error', { pointer: "/header/Host/0", text: "\"45.60.12.10\"" }, { severity: 'warning' }]],
  [{ ...HTTPS_MONITOR, header: undefined }, ['tls-unrecognized-name-error', { pointer: "", text: "\"type\"" }, { severity: 'warning' }]],
  [{ ...HTTPS_MONITOR, timeout: 1 }, ['http-timeout-occurred', { pointer: "/timeout", text: "1" }, { severity: 'warning' }]],
  [{ ...HTTPS_MONITOR, expected_body: 'x'.repeat(20000) }, ['response-body-mismatch-error', { pointer: "/expected_body" }, { severity: 'warning' }]],
  [{ ...HTTPS_MONITOR, description: 'self-signed' }, ['tls-untrusted-certificate-error', { pointer: "/description", text: "\"self-signed\"" }, { severity: 'warning' }]],
  [{ ...HTTP_MONITOR, follow_redirects: false }, ['response-code-mismatch-error', { pointer: "/follow_redirects", text: "false" }, { severity: 'warning' }]],
  [{ ...HTTP_MONITOR, follow_redirects: 'false' }, ['lb-wrong-type', { pointer: "/follow_redirects", text: "\"false\"" }, { severity: 'error' }]],
  [{ ...POOL, name: 'my pool' }, ['pool-name-characters', { pointer: "/name", text: "\"my pool\"" }, { severity: 'error' }]],
  [{ ...POOL, name: undefined }, ['lb-missing-required-field', { pointer: "", text: "{" }, { severity: 'error' }]],
  [{ ...POOL, origins: [] }, ['1002', { pointer: "/origins", text: "[]" }, { severity: 'error' }]],
  [{ ...POOL, origins: {} }, ['lb-wrong-type', { pointer: "/origins", text: "{}" }, { severity: 'error' }]],
  [{ ...POOL, monitor_group: 'g' }, ['pool-monitor-and-group', { pointer: "", text: "\"monitor_group\"" }, { severity: 'error' }]],
  [{ ...POOL, check_regions: ['EU'] }, ['lb-invalid-enum-value', { pointer: "/check_regions/0", text: "\"EU\"" }, { severity: 'error' }]],
  [{ ...POOL, latitude: 1 }, ['pool-coordinates', { pointer: "", text: "\"latitude\"" }, { severity: 'error' }]],
  [{ ...POOL, minimum_origins: 3 }, ['pool-minimum-origins', { pointer: "/minimum_origins", text: "3" }, { severity: 'warning' }]],
  [{ ...POOL, health_sources: ['global'] }, ['pool-health-sources', { pointer: "/health_sources" }, { severity: 'error' }]],
  [{ ...POOL, origin_steering: { policy: 'round_robin' } }, ['lb-invalid-enum-value', { pointer: "/origin_steering/policy", text: "\"round_robin\"" }, { severity: 'error' }]],
  [{ ...POOL, load_shedding: { default_percent: 101 } }, ['lb-value-out-of-range', { pointer: "/load_shedding/default_percent", text: "101" }, { severity: 'error' }]],
  [pool({ weight: 2 }), ['pool-origin-weight', { pointer: "/origins/0/weight", text: "2" }, { severity: 'error' }]],
  [pool({ weight: '1' }), ['lb-wrong-type', { pointer: "/origins/0/weight", text: "\"1\"" }, { severity: 'error' }]],
  [pool({ address: '10.0.0.1' }), ['1002', { pointer: "/origins/0/address", text: "\"10.0.0.1\"" }, { severity: 'error' }]],
  [pool({ address: '10.0.0.1', virtual_network_id: 'x' }), ['1002', { pointer: "/origins/0/virtual_network_id", text: "\"x\"" }, { severity: 'error' }]],
  [pool({ address: '10.0.0.1', virtual_network_id: 7 }), ['lb-wrong-type', { pointer: "/origins/0/virtual_network_id", text: "7" }, { severity: 'error' }]],
  [pool({ address: '10.0.0.1', virtual_network_id: VNET, port: 99999 }), ['lb-value-out-of-range', { pointer: "/origins/0/port", text: "99999" }, { severity: 'error' }]],
  [pool({ address: 'https://origin.example.com' }), ['1002', { pointer: "/origins/0/address", text: "\"https://origin.example.com\"" }, { severity: 'error' }]],
  [pool({ address: '104.16.0.1' }), ['dns-internal', { pointer: "/origins/0/address", text: "\"104.16.0.1\"" }, { severity: 'warning' }]],
  [pool({ header: { Host: ['a.example.com', 'b.example.com'] } }), ['pool-origin-host-header', { pointer: "/origins/0/header/Host" }, { severity: 'error' }]],
  [pool({ header: { Host: 'a.example.com' } }), ['pool-origin-host-header', { pointer: "/origins/0/header/Host", text: "\"a.example.com\"" }, { severity: 'error' }]],
  [pool({ header: ['Host: a.example.com'] }), ['pool-origin-host-header', { pointer: "/origins/0/header" }, { severity: 'error' }]],
  [pool({ wieght: 1 }), ['lb-unknown-field', { pointer: "/origins/0/wieght", text: "\"wieght\"" }, { severity: 'warning' }]],
  [{ ...POOL, origins: [origin, origin].map((o, i) => ({ ...o, name: `o${i}` })) }, ['1002', { pointer: "/origins/1/address", text: "\"45.60.12.10\"" }, { severity: 'error' }]],
  [{ ...POOL, origins: [origin, { ...origin, address: '45.60.12.11' }] }, ['pool-origin-name-duplicate', { pointer: "/origins/1/name", text: "\"a\"" }, { severity: 'warning' }]],
];

test('one problem, one diagnostic: each monitor or pool file below has exactly the one finding given', () => {
  for (const [doc, expected] of CASES) expectFindings(json(doc), [expected], { path: 'origins' in doc ? 'lb/web.pool.json' : 'lb/web.monitor.json' });
});
