import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, ids, json, only, expectClean, expectFindings } from '../../../helpers';
import { allIds, FULL, PAYGO, STATIC } from './apps';

const GLOB = { path: 'apps/ssh.spectrum.json' };

test('missing-required-field stays quiet on complete applications', () => {
  for (const app of [PAYGO, FULL, STATIC]) expectClean(json(app));
});

test('missing-required-field: no dns, pointing at the opening brace of the root, with a placeholder fix', async () => {
  const { dns: _d, ...noDns } = PAYGO;
  void _d;
  const text = json(noDns);
  const f = only(text, 'missing-required-field');
  assert.equal(flagged(text, f), '{');
  assert.match(f.message, /no dns/);
  const [fix] = await fixesOf(text, 'missing-required-field');
  assert.equal(fix.kind, 'placeholder');
  const after = JSON.parse(applyFix(text, 'missing-required-field', fix));
  assert.deepEqual(after.dns, { type: 'CNAME', name: '<hostname>' });
  assert.deepEqual(Object.keys(after), ['protocol', 'dns', 'origin_direct']);
});

test('missing-required-field: no protocol (only seen in a file associated by name), derived from the origin', async () => {
  const { protocol: _p, ...noProtocol } = PAYGO;
  void _p;
  const text = json(noProtocol);
  assert.deepEqual(ids(text), [], 'not an app by content');
  const f = only(text, 'missing-required-field', GLOB);
  assert.match(f.message, /no protocol.*"tcp\/22"/);
  const [fix] = await fixesOf(text, 'missing-required-field', GLOB);
  assert.equal(JSON.parse(applyFix(text, 'missing-required-field', fix, GLOB)).protocol, 'tcp/22');
});

test('missing-required-field: one diagnostic for an empty object in an associated file', () => {
  const text = '{}';
  // The origin is 11000's: a second problem, on the same object.
  expectFindings(text, [['missing-required-field', '{', { message: /no protocol and dns/ }], ['11000', '{}']], GLOB);
});

test('missing-required-field: dns.type missing gets the type matching edge_ips, safely', async () => {
  for (const [app, expected] of [
    [PAYGO, 'CNAME'],
    [STATIC, 'ADDRESS'],
  ] as const) {
    const text = json({ ...app, dns: { name: 'ssh.example.com' } });
    const f = only(text, 'missing-required-field');
    assert.equal(flagged(text, f), '"dns"');
    assert.equal(f.pointer, '/dns');
    const [fix] = await fixesOf(text, 'missing-required-field');
    assert.deepEqual([fix.title, fix.kind], [`Add type "${expected}"`, 'safe']);
    assert.deepEqual(JSON.parse(applyFix(text, 'missing-required-field', fix)).dns, { name: 'ssh.example.com', type: expected });
  }
});

test('missing-required-field: dns.name missing gets a placeholder', async () => {
  const text = json({ ...PAYGO, dns: { type: 'CNAME' } });
  const [fix] = await fixesOf(text, 'missing-required-field');
  assert.equal(fix.kind, 'placeholder');
  const after = applyFix(text, 'missing-required-field', fix);
  assert.deepEqual(allIds(after), ['dns-name-invalid'], 'the placeholder is flagged until edited');
});

test('missing-required-field: in an API envelope it points at the "result" key', () => {
  const { dns: _d, ...noDns } = PAYGO;
  void _d;
  const text = json({ success: true, result: noDns });
  assert.equal(flagged(text, only(text, 'missing-required-field')), '"result"');
});

test('missing-required-field: a wrong-typed dns is only a wrong type', () => {
  assert.deepEqual(allIds(json({ ...PAYGO, dns: ['ssh.example.com'] })), ['wrong-type']);
});
