import assert from 'node:assert/strict';
import { test } from 'node:test';
import { plainText } from '../../../../server/core/plain-text';
import { entry, lint } from '../../../../server/core';
import { flagged, json } from '../../../helpers';

const failure = (...errors: unknown[]) => json({ success: false, errors, messages: [], result: null });

test('api-error explains each coded error with information severity, on its code', () => {
  const text = failure({ code: 11044, message: 'No matching routes in the specified virtual network.' }, { code: 1005, message: 'This object is referenced by other objects, delete them first.' });
  const { findings } = lint(text);
  assert.deepEqual(findings.map((f) => f.id), ['11044', '1005']);
  assert.ok(findings.every((f) => f.severity === 'information'));
  assert.equal(flagged(text, findings[0]), '11044');
  assert.equal(findings[0].code, 11044);
  assert.match(findings[0].message, /11044 \(Virtual network route not found\)/);
  assert.ok(findings[0].message.includes(plainText(entry('11044').resolution)));
  assert.equal(findings[0].docs, entry('11044').docs);
  assert.match(findings[1].docs, /#object-referenced-by-other-objects$/);
});

test('api-error gives no diagnostic for an unknown code, a success envelope, or a bare object', () => {
  assert.deepEqual(lint(failure({ code: 99999, message: 'Something new' })).findings, []);
  assert.deepEqual(lint(json({ success: true, errors: [], messages: [], result: { id: 'x' } })).findings, []);
  assert.deepEqual(lint(json({ errors: [{ code: 11044 }] })).findings, []);
});

test('api-error reads codes in messages and codes written as strings', () => {
  const text = json({ success: false, errors: [{ code: '11045', message: 'bad uuid' }], messages: [{ code: 10002, message: 'retry' }] });
  const { findings } = lint(text);
  assert.deepEqual(findings.map((f) => f.id), ['11045', '10002']);
  assert.match(findings[1].message, /added the message 10002/);
});

test('api-error names the documented error a 1002 message stands for', () => {
  const text = failure({ code: 1002, message: 'interval is not in range [0, 0]: validation failed' });
  const [f] = lint(text).findings;
  assert.equal(f.id, '1002');
  assert.match(f.message, /Load Balancing not enabled/);
  assert.ok(f.message.includes(entry('load-balancing-not-enabled').resolution));
});

test('a report may lower its severity, and the user setting for the id still wins', () => {
  const text = failure({ code: 11000, message: 'The origin configuration is invalid.' });
  assert.equal(entry('11000').severity, 'error');
  assert.equal(lint(text).findings[0].severity, 'information');
  assert.equal(lint(text, { rules: { '11000': 'warning' } }).findings[0].severity, 'warning');
  assert.deepEqual(lint(text, { rules: { '11000': 'off' } }).findings, []);
});

test('an error envelope at the root does not hide apps in a success envelope result', () => {
  const app = { protocol: 'tcp/22', dns: { type: 'CNAME', name: 'ssh.example.com' } };
  const { targets, findings } = lint(json({ success: true, errors: [], messages: [], result: [app] }));
  assert.deepEqual(targets.map((t) => t.kind), ['spectrum-app']);
  assert.ok(findings.some((f) => f.id === '11000'));
});
