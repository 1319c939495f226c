import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../../server/core';
import { json } from '../../helpers';

const kinds = (text: string) => analyze(text).targets.map((t) => t.kind);

test('an API error envelope is detected at the root; a success envelope is not one', () => {
  assert.deepEqual(kinds(json({ success: false, errors: [{ code: 11044, message: 'm' }], messages: [], result: null })), ['error-envelope']);
  assert.deepEqual(kinds(json({ success: false, errors: [], messages: [{ code: 10002, message: 'm' }] })), ['error-envelope']);
  assert.deepEqual(kinds(json({ errors: [{ code: 1002, message: 'm' }], messages: [], result: null })), ['error-envelope']);
  assert.deepEqual(kinds(json({ success: true, errors: [], messages: [], result: null })), []);
  assert.deepEqual(kinds(json({ errors: [{ code: 1 }] })), [], 'a lone errors list is somebody else\'s format');
});

test('apps, monitors and pools inside a success envelope are still found', () => {
  const app = { protocol: 'tcp/22', dns: { type: 'CNAME', name: 'ssh.example.com' }, origin_direct: ['tcp://192.0.2.1:22'] };
  assert.deepEqual(kinds(json({ success: true, errors: [], messages: [], result: app })), ['spectrum-app']);
  assert.deepEqual(kinds(json({ success: true, errors: [], messages: [], result: [app, app] })), ['spectrum-app', 'spectrum-app']);
});

test('pages of a list saved one after another (a list of envelopes) are read page by page, as responses', () => {
  const app = (name: string) => ({ id: `${name}-id`, created_on: '2026-01-01T00:00:00Z', protocol: 'tcp/22', dns: { type: 'CNAME', name }, origin_direct: ['tcp://192.0.2.1:22'] });
  const page = (n: number, ...apps: object[]) => ({ success: true, errors: [], messages: [], result: apps, result_info: { page: n, per_page: 2 } });
  const text = json([page(1, app('a.example.com'), app('b.example.com')), page(2, app('c.example.com')), { success: false, errors: [{ code: 10000, message: 'Authentication error' }], messages: [], result: null }]);
  const targets = analyze(text).targets;
  assert.deepEqual(targets.map((t) => [t.kind, t.role]), [['spectrum-app', 'response'], ['spectrum-app', 'response'], ['spectrum-app', 'response'], ['error-envelope', 'request']]);
  // A list of bodies to send is still a list of requests.
  assert.deepEqual(analyze(json([app('a.example.com')].map(({ id, created_on, ...body }) => body))).targets.map((t) => t.role), ['request']);
});

test('health-check events are detected as items of the result and of a saved array, and are not pools', () => {
  const event = {
    id: 1,
    timestamp: '2014-01-01T05:20:00.12345Z',
    pool: { id: '74bc6a8b9b0dda3d651707a2928bad0c', name: 'some-pool', healthy: true, changed: true, minimum_origins: 1 },
    origins: [{ name: 'some-origin', address: '198.51.100.4', ip: '198.51.100.4', enabled: true, healthy: true, changed: true, failure_reason: 'No failures' }],
  };
  assert.deepEqual(kinds(json({ success: true, errors: [], messages: [], result: [event], result_info: { page: 1 } })), ['health-events']);
  assert.deepEqual(kinds(json([event, event])), ['health-events', 'health-events']);
});

test('pool health is detected in the map form and the single-object form', () => {
  const map = { pool_id: '17b5962d775c646f3f9725cbc7a53df4', pop_health: { 'Amsterdam, NL': { healthy: true, origins: [{ '2001:DB8::5': { healthy: true, rtt: '12.1ms', failure_reason: 'No failures', response_code: 401 } }] } } };
  assert.deepEqual(kinds(json({ success: true, errors: [], messages: [], result: map })), ['pool-health']);
  const single = { pool_id: '17b5962d775c646f3f9725cbc7a53df4', pop_health: { healthy: true, origins: [{ address: '2001:DB8::5', healthy: true, failure_reason: 'No failures' }] } };
  assert.deepEqual(kinds(json({ success: true, result: single })), ['pool-health']);
  assert.deepEqual(kinds(json({ pop_health: 'x' })), []);
});
