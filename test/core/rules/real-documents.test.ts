import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entry, lint } from '../../../server/core';
import { applyFix, expectFindings, findings, fixesFor, fixesOf, flagged, ids, json, only } from '../../helpers';

const MONITOR_ID = 'f1aba936b94213e5b8dca0c0dbf1f9cc';
const VNET = 'f70ff985-a4ef-4643-bbbc-4a0ed4fc8415';
const dns = { type: 'CNAME', name: 'ssh.example.com' };

test('point 2: a non-routable origin is 1002 only on an enabled pool with a monitor, and the message says so', () => {
  const placeholder = { name: 'standby', origins: [{ name: 'unused', address: '0.0.0.0', enabled: true }] };
  assert.ok(!ids(json({ ...placeholder, monitor: MONITOR_ID, enabled: false })).includes('1002'), 'disabled pool');
  assert.ok(!ids(json(placeholder)).includes('1002'), 'no monitor');
  const text = json({ ...placeholder, monitor: MONITOR_ID });
  const f = only(text, '1002');
  assert.equal(flagged(text, f), '"0.0.0.0"');
  assert.match(f.message, /is the unspecified address, and the pool is enabled with a monitor/);
  assert.match(f.message, /and has health monitoring enabled/);
  assert.match(only(json({ ...placeholder, monitor_group: 'g1', origins: [{ name: 'a', address: '10.0.0.1' }] }), '1002').message, /is a private address/);
});

test('point 4: minimum_origins 0 is accepted; above the enabled origins is still reported', () => {
  const pool = { name: 'primary', monitor: MONITOR_ID, origins: [{ name: 'a', address: '93.184.216.34' }] };
  assert.deepEqual(ids(json({ ...pool, minimum_origins: 0 })), []);
  assert.deepEqual(ids(json({ ...pool, minimum_origins: 2 })), ['pool-minimum-origins']);
});

test('point 5: a lowercase host origin header is a warning with the rename, and its value is still checked', async () => {
  const pool = (header: unknown) => json({ name: 'primary', monitor: MONITOR_ID, origins: [{ name: 'a', address: '93.184.216.34', header }] });
  const text = pool({ host: ['app.example.com'] });
  const f = only(text, 'pool-origin-host-header');
  assert.equal(f.severity, 'warning');
  assert.equal(flagged(text, f), '"host"');
  const [fix] = await fixesOf(text, 'pool-origin-host-header');
  assert.deepEqual(JSON.parse(applyFix(text, 'pool-origin-host-header', fix)).origins[0].header, { Host: ['app.example.com'] });
  const placeholder = pool({ host: ['origin_address'] });
  const all = findings(placeholder).filter((x) => x.id === 'pool-origin-host-header');
  assert.deepEqual(all.map((x) => [flagged(placeholder, x), x.severity]), [['"host"', 'warning'], ['"origin_address"', 'error']]);
  assert.match(all[1].message, /not a fully qualified hostname/);
});

test('point 6: a {Header, Values} block flattened into the monitor header is detected and fixed to {Host: [...]}', async () => {
  const text = json({ type: 'https', path: '/health', expected_codes: '200', header: { Header: ['Host'], Values: ['example.com'] } });
  const f = only(text, 'monitor-header-shape');
  assert.match(f.message, /headers literally named Header and Values, and no Host/);
  // One problem, one diagnostic: the missing Host is this finding's, not the https-host rule's too.
  assert.deepEqual(ids(text), ['monitor-header-shape']);
  const [fix] = await fixesOf(text, 'monitor-header-shape');
  assert.equal(fix.kind, 'safe');
  const fixed = applyFix(text, 'monitor-header-shape', fix);
  assert.deepEqual(JSON.parse(fixed).header, { Host: ['example.com'] });
  assert.deepEqual(ids(fixed), []);
  // Real headers that happen to be called so are left alone.
  assert.deepEqual(ids(json({ type: 'https', path: '/', expected_codes: '200', header: { Host: ['a.example.com'], Values: ['x'] } })), []);
});

test('point 7: a single-label origin_dns.name is 11001, as dns.name is checked', () => {
  const text = json({ protocol: 'tcp/22', dns, traffic_type: 'direct', origin_dns: { name: 'test', ttl: 1200 }, origin_port: 22 });
  const f = only(text, '11001');
  assert.equal(flagged(text, f), '"test"');
  assert.match(f.message, /not a fully qualified hostname/);
});

test('point 8: a pool with origins null, and a protocol with one Spectrum-only field, are recognised', () => {
  const nullOrigins = json({ name: 'primary', monitor: MONITOR_ID, origins: null });
  assert.deepEqual(lint(nullOrigins).targets.map((t) => t.kind), ['pool']);
  const f = only(nullOrigins, '1002');
  assert.equal(flagged(nullOrigins, f), 'null');
  assert.match(f.message, /origins is null: the pool has no origins/);
  assert.deepEqual(ids(nullOrigins), ['1002']);
  const fragment = json({ protocol: 'tcp/8883', tls: 'full_strict' });
  assert.deepEqual(lint(fragment).targets.map((t) => t.kind), ['spectrum-app']);
  assert.ok(ids(fragment).includes('invalid-enum-value'));
  for (const key of ['proxy_protocol', 'edge_ips', 'origin_direct', 'ip_firewall']) {
    assert.deepEqual(lint(json({ protocol: 'udp/53', [key]: key === 'edge_ips' ? { type: 'dynamic' } : true })).targets.map((t) => t.kind), ['spectrum-app'], key);
  }
  // Other tools' objects with a protocol and a generic name are not apps.
  assert.deepEqual(lint(json({ protocol: 'tcp/22', name: 'ssh tunnel', listen: 2222 })).targets, []);
});

test('point 10: virtual network with origin_dns and an origin_port range: 11041 and 11043, and 11041 fixes to a single port', async () => {
  const text = json({ protocol: 'tcp/3000-3001', dns, traffic_type: 'direct', origin_dns: { name: '10.0.0.5' }, origin_port: '3000-3001', virtual_network_id: VNET });
  const [dnsOrigin] = expectFindings(text, [['11041', '"origin_dns"'], ['11043', '"3000-3001"']]);
  const [swap] = await fixesFor(dnsOrigin);
  const fixed = JSON.parse(applyFix(text, '11041', swap));
  assert.deepEqual([fixed.origin_direct, fixed.protocol, fixed.origin_port], [['tcp://10.0.0.5:3000'], 'tcp/3000', undefined]);
  assert.deepEqual(ids(json(fixed)), []);
});

test('point 12: retries wording names what Terraform v4 validated; a listed expected_codes is a warning', () => {
  const text = json({ type: 'http', path: '/health', expected_codes: '200, 302', follow_redirects: true });
  const f = only(text, 'monitor-expected-codes-format');
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /lists codes as the dashboard help writes them/);
  const retries = lint(json({ type: 'tcp', port: 22, retries: 9 })).findings.find((x) => x.id === 'monitor-timeout-retries-range');
  assert.ok(retries);
  const cause = entry('monitor-timeout-retries-range').cause;
  assert.match(cause, /Terraform provider v4 validated `timeout` 1-10 and `retries` 1-5/);
});

test('point 13: protocol-format quotes the port as written; articles; lb-deprecated-field carries the field pointer', () => {
  const upper = json({ protocol: 'tcp/PORT', dns, origin_direct: ['tcp://93.184.216.34:22'] });
  assert.match(only(upper, 'protocol-format', { path: '/ws/a.spectrum.json' }).message, /PORT is not a port/);
  const unspecified = json({ name: 'p', monitor: MONITOR_ID, origins: [{ name: 'a', address: '0.0.0.0' }] });
  assert.doesNotMatch(only(unspecified, '1002').message, /is a unspecified/);
  const pool = json({ name: 'p', monitor: MONITOR_ID, notification_email: 'ops@example.com', origins: [{ name: 'a', address: '93.184.216.34' }] });
  assert.equal(only(pool, 'lb-deprecated-field').pointer, '/notification_email');
});
