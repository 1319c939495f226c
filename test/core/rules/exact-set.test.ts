import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkAnnotated, expectClean, expectFindings, json } from '../../helpers';
import { FULL } from './spectrum/apps';

const text = json({ ...FULL, tls: 'FULL', ip_firewall: 'yes' });

test('expectFindings passes on the exact set, in any order, and returns the findings in the order given', () => {
  const [wrong, enumValue] = expectFindings(text, [
    ['wrong-type', '"yes"', { message: /must be a boolean/, severity: 'error' }],
    ['invalid-enum-value', { pointer: '/tls', text: '"FULL"' }],
  ]);
  assert.equal(wrong.id, 'wrong-type');
  assert.equal(enumValue.id, 'invalid-enum-value');
});

test('expectFindings fails on a missing, an unexpected, a moved or a doubled finding', () => {
  assert.throws(() => expectFindings(text, [['wrong-type', '"yes"']]), /unexpected:\n {2}invalid-enum-value at "\\"FULL\\""/);
  assert.throws(() => expectFindings(text, [['wrong-type', '"yes"'], ['invalid-enum-value', '"FULL"'], ['unknown-field', '"tls"']]), /missing:\n {2}unknown-field/);
  assert.throws(() => expectFindings(text, [['wrong-type', 'true'], ['invalid-enum-value', '"FULL"']]), /missing:\n {2}wrong-type at "true"[^]*unexpected:\n {2}wrong-type at "\\"yes\\""/);
  assert.throws(() => expectFindings(text, [['wrong-type', '"yes"'], ['wrong-type', '"yes"'], ['invalid-enum-value', '"FULL"']]), /missing:\n {2}wrong-type/);
  assert.throws(() => expectFindings(text, [['wrong-type', '"yes"', { severity: 'warning' }], ['invalid-enum-value', '"FULL"']]), /missing/);
  assert.throws(() => expectClean(text), /unexpected/);
  expectClean(json(FULL));
});

test('checkAnnotated reads carets under the text, with severity and message', () => {
  const fixture = [
    '{',
    '  "protocol": "tcp/22", "dns": { "type": "CNAME", "name": "ssh.example.com" },',
    '  "origin_direct": ["tcp://93.184.216.34:22"], "traffic_type": "direct",',
    '  "tls": "FULL",',
    '  //     ^^^^^^ invalid-enum-value error: is case-sensitive',
    '  "ip_firewall": "yes"',
    '  //             ^^^^^ wrong-type',
    '}',
  ].join('\n');
  const [f] = checkAnnotated(fixture);
  assert.equal(f.pointer, '/tls');
  assert.throws(() => checkAnnotated(fixture.replace('  //             ^^^^^ wrong-type\n', '')), /unexpected:\n {2}wrong-type/);
  assert.throws(() => checkAnnotated(fixture.replace('//     ^^^^^^ invalid', '//    ^^^^^^^ invalid')), /missing:\n {2}invalid-enum-value/);
  assert.throws(() => checkAnnotated(fixture.replace('error: is case-sensitive', 'error: is not case-sensitive')), /missing/);
});
