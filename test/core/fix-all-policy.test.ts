import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAll, lint, type Finding, type Fix } from '../../server/core';
import { parseTree } from 'jsonc-parser';
import { keepsUserValues } from '../../server/core/fix-all-policy';
import { json } from '../helpers';

const udp = (extra: object) => json({ protocol: 'udp/53', dns: { type: 'CNAME', name: 'dns.example.com' }, origin_direct: ['udp://192.0.2.1:53'], ...extra });

test('fix-on-save writes `true` for "true" on a UDP app and removes neither ip_firewall nor tls', async () => {
  const text = udp({ ip_firewall: 'true', tls: 'off' });
  assert.deepEqual(lint(text).findings.filter((f) => f.severity !== 'hint').map((f) => f.id), ['wrong-type']);
  const { text: fixed, applied } = await fixAll(text);
  assert.deepEqual(applied, ['Write true']);
  assert.deepEqual(JSON.parse(fixed), { ...JSON.parse(text), ip_firewall: true });
});

test('fix-all applies no fix of a finding turned off in the settings or suppressed by a directive', async () => {
  const text = udp({ ip_firewall: 'true' });
  assert.deepEqual((await fixAll(text, { rules: { 'wrong-type': 'off' } })).applied, []);
  const suppressed = text.replace('  "ip_firewall"', '  // spectrum-lint-disable-next-line wrong-type -- the import script reads strings\n  "ip_firewall"');
  assert.deepEqual((await fixAll(suppressed, { path: 'a.spectrum.jsonc' })).applied, []);
  assert.equal((await fixAll(suppressed, { path: 'a.spectrum.jsonc' })).text, suppressed);
});

test('fix-all removes no setting, even a flagged one: removals stay quick fixes', async () => {
  // `tls` on a UDP app is flagged with a lone safe "Remove tls".
  const text = udp({ tls: 'full' });
  const f = lint(text).findings.find((x) => x.id !== 'traffic-type-default');
  assert.ok(f?.fixes, 'a finding with a fix');
  const [fix] = await f.fixes({});
  assert.match(fix.title, /^Remove/);
  assert.equal(fix.kind, 'safe');
  assert.deepEqual((await fixAll(text)).applied, []);
});

/** A finding on the value at `at`, for checking the policy on hand-made fixes. */
function findingAt(text: string, at: string): Finding {
  const offset = text.indexOf(at);
  return { id: 'x', code: 'x', severity: 'error', message: '', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, offset, length: at.length, pointer: '', docs: '' };
}
const replacing = (text: string, from: string, to: string): Fix => ({ title: 't', kind: 'safe', edits: [{ offset: text.indexOf(from), length: from.length, content: to }] });

test('a fix keeps every value the user wrote unless that value is the problem itself', () => {
  const text = json({ a: 'x', b: 1, list: ['p', 'q'], nested: { c: ['r', { d: 's' }] } });
  // Asked with the lint's own tree (fix-all's way) or without one, the answers are the same.
  const tree = parseTree(text);
  for (const clean of [undefined, tree]) {
    const keeps = (at: string, from: string, to: string) => keepsUserValues(text, findingAt(text, at), replacing(text, from, to), undefined, clean);
    // The flagged value may change; a rename of the flagged key keeps its value.
    assert.ok(keeps('"x"', '"x"', '"y"'));
    assert.ok(keeps('"a"', '"a"', '"A"'));
    assert.ok(keeps('"x"', '"x"', '["x"]'));
    assert.ok(keeps('"s"', '"s"', '"S"'), 'inside a nested object');
    // Another value changed, or any value removed (even the flagged one), is not kept.
    assert.ok(!keeps('"x"', '1', '2'));
    assert.ok(!keeps('"q"', '"p", ', ''));
    assert.ok(!keeps('"x"', '"a": "x",\n  ', ''));
    assert.ok(!keeps('"s"', '"r"', '"R"'), 'a neighbour in a nested list');
  }
});
