import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagged, ids, json, only } from '../../../helpers';
import { dns, problemIds } from './origin-fixtures';

const ID = 'private-origin-without-virtual-network';
const app = (origin: string, extra: Record<string, unknown> = {}) => json({ protocol: 'tcp/22', dns, origin_direct: [origin], ...extra });

test('private-origin-without-virtual-network stays quiet on public IPs and with a virtual network', () => {
  for (const origin of ['tcp://104.16.0.1:22', 'tcp://[2606:4700::1]:22']) assert.ok(!ids(app(origin)).includes(ID), origin);
  // Documentation addresses, the examples of the docs, are not origins that need a virtual network.
  // An IPv4-mapped one is judged by its IPv4 part, as the range is.
  for (const origin of ['tcp://192.0.2.1:22', 'tcp://198.51.100.7:22', 'tcp://203.0.113.9:22', 'tcp://[2001:db8::1]:22', 'tcp://[::ffff:192.0.2.1]:22']) assert.ok(!ids(app(origin)).includes(ID), origin);
  assert.ok(!ids(app('tcp://10.0.0.5:22', { virtual_network_id: 'f70ff985-a4ef-4643-bbbc-4a0ed4fc8415' })).includes(ID));
  // A wrong-typed id still names a network: the wrong-type rule alone reports it.
  assert.ok(!ids(app('tcp://10.0.0.5:22', { virtual_network_id: { id: 'x' } })).includes(ID));
});

test('private-origin-without-virtual-network warns on loopback, private, link-local, unique local, reserved and mapped addresses', () => {
  const cases: Array<[string, RegExp]> = [
    ['tcp://127.0.0.1:22', /loopback/],
    ['tcp://10.0.0.5:22', /a private address/],
    ['tcp://192.168.1.10:22', /a private address/],
    ['tcp://169.254.1.1:22', /link-local/],
    ['tcp://[fd00::5]:22', /unique local/],
    ['tcp://[::1]:22', /loopback/],
    ['tcp://240.0.0.1:22', /reserved/],
    ['tcp://[::ffff:10.0.0.5]:22', /a private address/],
  ];
  for (const [origin, message] of cases) {
    const text = app(origin);
    const f = only(text, ID);
    assert.match(f.message, message, origin);
    assert.equal(f.severity, 'warning');
    assert.equal(flagged(text, f), JSON.stringify(origin));
    assert.equal(f.fixes, undefined);
    assert.deepEqual(problemIds(text), [ID]);
  }
});
