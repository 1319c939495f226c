import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../server/core';
import { objectFact } from '../../server/core/object-fact';
import * as values from '../../server/core/spectrum/values';

test('a fact is derived once per object and again for another object', () => {
  let derived = 0;
  const fact = objectFact((o) => (derived++, o.offset));
  const a = { type: 'object', offset: 1, length: 2 } as const;
  const b = { type: 'object', offset: 5, length: 2 } as const;
  assert.deepEqual([fact(a), fact(a), fact(b), fact(b)], [1, 1, 5, 5]);
  assert.equal(derived, 2);
});

test("the rules of an app share its parsed protocol and origins: each is parsed once for the app's rules", () => {
  const app = { protocol: 'tcp/22', dns: { type: 'CNAME', name: 'ssh.example.com' }, origin_direct: ['tcp://192.0.2.1:22'], edge_ips: { type: 'dynamic', connectivity: 'all' } };
  const calls = { protocol: 0, origin: 0 };
  const v = values as { parseProtocol: typeof values.parseProtocol; parseOrigin: typeof values.parseOrigin };
  const [protocol, origin] = [v.parseProtocol, v.parseOrigin];
  v.parseProtocol = (t) => (calls.protocol++, protocol(t));
  v.parseOrigin = (t) => (calls.origin++, origin(t));
  try {
    // A new text each time, so no fact of an earlier lint is at hand.
    lint(JSON.stringify(app, null, 2), { path: '/w/app.json' });
  } finally {
    v.parseProtocol = protocol;
    v.parseOrigin = origin;
  }
  // Read by about twenty rules; parsed for the object's rules, its workspace summary and the one rule that checks the written form.
  assert.ok(calls.protocol <= 3, `protocol parsed ${calls.protocol} times`);
  assert.ok(calls.origin <= 2, `origins parsed ${calls.origin} times`);
});
