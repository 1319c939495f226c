import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../../server/core';
import { expectClean, expectFindings, json } from '../../helpers';
import { HTTPS_MONITOR, POOL, TCP_MONITOR } from '../rules/lb/fixtures';

const kinds = (text: string, path?: string) => analyze(text, { path }).targets.map((t) => t.kind);

test('monitors and pools are found by content: single objects, arrays and API envelopes', () => {
  assert.deepEqual(kinds(json(HTTPS_MONITOR)), ['monitor']);
  assert.deepEqual(kinds(json([TCP_MONITOR, HTTPS_MONITOR])), ['monitor', 'monitor']);
  assert.deepEqual(kinds(json({ success: true, errors: [], messages: [], result: POOL })), ['pool']);
  assert.deepEqual(kinds(json({ success: true, errors: [], result: [POOL, POOL] })), ['pool', 'pool']);
  assert.deepEqual(kinds(json({ type: 'ICMP-PING', interval: 30 })), ['monitor']);
  assert.deepEqual(kinds(json({ name: 'p', origins: [] })), ['pool']);
});

test('Spectrum apps, load balancers, health events and unrelated JSON are not monitors or pools', () => {
  assert.deepEqual(kinds(json({ protocol: 'tcp/22', dns: { type: 'CNAME', name: 'ssh.example.com' }, origin_direct: ['tcp://45.60.12.10:22'] })), ['spectrum-app']);
  assert.ok(!kinds(json({ name: 'lb.example.com', default_pools: ['a'], fallback_pool: 'a', origins: [] })).some((k) => k === 'pool'));
  const event = { id: 1, timestamp: '2014-01-01T05:20:00Z', pool: { id: 'x', name: 'p', healthy: true }, origins: [{ name: 'o', address: '45.60.12.10', healthy: true, failure_reason: 'No failures' }] };
  assert.ok(!kinds(json(event)).some((k) => k === 'pool'));
  assert.deepEqual(kinds(json({ name: 'x', version: '1.0.0', type: 'module', description: 'd', scripts: { test: 'node --test' } })), []);
  assert.deepEqual(kinds(json({ compilerOptions: { target: 'es2022', module: 'commonjs' } })), []);
  assert.deepEqual(kinds(json({ type: 'http', port: 8080 })), []);
});

test('file names associate half-typed monitors and pools', () => {
  assert.deepEqual(kinds(json({ type: 'tcp' }), 'lb/web.monitor.json'), ['monitor']);
  assert.deepEqual(kinds(json({ type: 'tcp' }), 'infra/monitors/web.json'), ['monitor']);
  assert.deepEqual(kinds(json({ name: 'x' }), 'infra/pools/eu.jsonc'), ['pool']);
  assert.deepEqual(kinds(json({ name: 'x' }), 'eu.pool.json'), ['pool']);
});

const LB = { name: 'www.example.com', default_pools: ['17b5962d775c646f3f9725cbc7a53df4'], fallback_pool: '17b5962d775c646f3f9725cbc7a53df4', proxied: true };

test('load balancers are found by content (default_pools or fallback_pool) and by file name', () => {
  assert.deepEqual(kinds(json(LB)), ['load-balancer']);
  assert.deepEqual(kinds(json({ name: 'www.example.com', fallback_pool: 'a' })), ['load-balancer']);
  assert.deepEqual(kinds(json({ success: true, errors: [], messages: [], result: [LB, { ...LB, name: 'api.example.com' }] })), ['load-balancer', 'load-balancer']);
  // A pool that names a fallback, a Spectrum app or a monitor with such a key is not one.
  assert.deepEqual(kinds(json({ ...LB, origins: [] })), []);
  assert.deepEqual(kinds(json({ default_pools: 'a' })), []);
  assert.deepEqual(kinds(json({ name: 'www' }), 'dns/www.lb.json'), ['load-balancer']);
  assert.deepEqual(kinds(json({ name: 'www' }), 'zones/example/load_balancers/www.json'), ['load-balancer']);
});

test('a load balancer in JSON gets the load balancer checks; in a saved response only those that hold for responses', () => {
  const body = json({ ...LB, name: 'www', ttl: 30, session_affinity: 'header', session_affinity_ttl: 9000, steering_policy: 'round_robin', rules: [{ name: 'r', overrides: { steering_policy: 'bogus' } }] });
  expectFindings(body, [
    ['lb-name-fqdn', '"www"'],
    ['lb-ttl-proxied', '"ttl"'],
    ['lb-session-affinity-ttl', '9000'],
    ['lb-invalid-enum-value', '"round_robin"'],
    ['lb-invalid-enum-value', '"bogus"', { message: /rules\[0\]\.overrides\.steering_policy/ }],
  ]);
  const response = json({ success: true, errors: [], messages: [], result: [{ ...LB, id: '699d98642c564d2e855e9661899b7252', created_on: '2024-01-01T05:20:00Z', zone_name: 'example.com', ttl: 30, networks: ['cloudflare'] }] });
  expectClean(response);
});
