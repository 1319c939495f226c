import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../../server/core';
import { json } from '../../helpers';
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
