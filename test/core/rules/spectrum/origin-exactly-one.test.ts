import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, json, only, expectClean } from '../../../helpers';

const base = { protocol: 'tcp/22', dns: { type: 'CNAME', name: 'ssh.example.com' } };

test('11000 does not fire with exactly one origin', () => {
  expectClean(json({ ...base, origin_direct: ['tcp://192.0.2.1:22'] }));
  expectClean(json({ ...base, origin_dns: { name: 'origin.example.com' }, origin_port: 22 }));
});

test('11000 fires on the second origin when both are present, relating the first', () => {
  const text = json({ ...base, origin_direct: ['tcp://192.0.2.1:22'], origin_dns: { name: 'o.example.com' }, origin_port: 22 });
  const f = only(text, '11000');
  assert.equal(flagged(text, f), '"origin_dns"');
  assert.equal(f.code, 11000);
  assert.equal(f.severity, 'error');
  assert.match(f.docs, /#11000--invalid-origin-configuration$/);
  assert.equal(f.related?.length, 1);
});

test('11000 fixes: keep either origin, removing origin_port with origin_dns', async () => {
  const text = json({ ...base, origin_direct: ['tcp://192.0.2.1:22'], origin_dns: { name: 'o.example.com' }, origin_port: 22 });
  const [keepDirect, keepDns] = await fixesOf(text, '11000');
  assert.deepEqual(JSON.parse(applyFix(text, '11000', keepDirect)), { ...base, origin_direct: ['tcp://192.0.2.1:22'] });
  assert.deepEqual(JSON.parse(applyFix(text, '11000', keepDns)), { ...base, origin_dns: { name: 'o.example.com' }, origin_port: 22 });
  assert.equal(keepDirect.kind, 'choice');
});

test('11000 fires when no origin is given and offers an origin_direct skeleton', async () => {
  const text = json({ ...base, protocol: 'udp/1000-1010' });
  const f = only(text, '11000');
  assert.equal(flagged(text, f), '"protocol"');
  const [skeleton] = await fixesOf(text, '11000');
  assert.equal(skeleton.kind, 'placeholder');
  const fixed = applyFix(text, '11000', skeleton);
  assert.deepEqual(JSON.parse(fixed).origin_direct, ['udp://<origin-ip>:1000-1010']);
});

test('11000 with an empty origin_direct next to origin_dns offers only "Keep origin_dns"', async () => {
  const text = json({ ...base, origin_direct: [], origin_dns: { name: 'o.example.com' }, origin_port: 22 });
  const fixes = await fixesOf(text, '11000');
  assert.deepEqual(fixes.map((f) => f.title), ['Keep origin_dns (remove origin_direct)']);
});

test('11000 fixes keep JSONC comments and compact neighbours outside the removed property', async () => {
  const text = [
    '{',
    '  // edge',
    '  "protocol": "tcp/22",',
    '  "dns": { "type": "CNAME", "name": "ssh.example.com" },',
    '  "origin_direct": ["tcp://192.0.2.1:22"], // primary',
    '  "origin_dns": { "name": "o.example.com" }',
    '}',
    '',
  ].join('\n');
  const keepDirect = (await fixesOf(text, '11000'))[0];
  const fixed = applyFix(text, '11000', keepDirect);
  const expected = [
    '{',
    '  // edge',
    '  "protocol": "tcp/22",',
    '  "dns": { "type": "CNAME", "name": "ssh.example.com" },',
    '  "origin_direct": ["tcp://192.0.2.1:22"] // primary',
    '}',
    '',
  ].join('\n');
  assert.equal(fixed, expected);
});

test('11000 "Keep origin_dns" adds the origin_port an address-only record needs, from protocol', async () => {
  const text = json({ ...base, origin_direct: ['tcp://192.0.2.1:22'], origin_dns: { name: 'o.example.com' } });
  const keepDns = (await fixesOf(text, '11000'))[1];
  assert.equal(keepDns.title, 'Keep origin_dns (remove origin_direct, add origin_port 22)');
  assert.deepEqual(JSON.parse(applyFix(text, '11000', keepDns)), { ...base, origin_dns: { name: 'o.example.com' }, origin_port: 22 });
  const srv = json({ ...base, origin_direct: ['tcp://192.0.2.1:22'], origin_dns: { name: '_ssh._tcp.example.com', type: 'SRV' } });
  assert.equal((await fixesOf(srv, '11000'))[1].title, 'Keep origin_dns (remove origin_direct)');
});
